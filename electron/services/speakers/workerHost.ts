// The speaker models run in a worker thread: segmenting and embedding hold the thread they run on for
// about a second per 30 s of audio, which on the main process froze IPC, the window and the media protocol.
//
// Why a worker_threads Worker rather than Electron's utilityProcess: sherpa-onnx-node is an N-API addon
// (napi_register_module_v1), so it loads once per thread and runs in a Worker; Electron runs files from
// app.asar in main-process workers (electron/electron#33216); and the same code runs under Node, so the
// tests exercise exactly what the app runs. A JavaScript failure or an out-of-memory in the worker ends
// only the worker (reported as an AppError below). What a thread cannot contain is a native abort:
// onnxruntime aborts the whole process on a model file it cannot parse (engine.ts checks each file
// first), and so does ending the thread in the middle of a model call (measured) — so cancelling is
// cooperative, and a thread is only ever terminated idle. Only a utilityProcess would survive those.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { SpeakerModels } from './engine';
import type { SpeakerReply, SpeakerRequest } from './workerMessages';

/** esbuild writes the worker beside main.mjs under this name (scripts/build-electron.mjs). */
const BUILT_WORKER = 'speakersWorker.cjs';

/**
 * The worker's JavaScript heap is capped, so a runaway job ends the worker with a message instead of
 * exhausting the heap space the main process shares with it. The samples live outside this heap.
 */
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };

export type WorkerAnalyzeOptions = {
  models: SpeakerModels;
  threads: number;
  /** Aborting rejects at once with its reason; the worker stops within one model call, models kept. */
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
};

export type WorkerAnalysis = Extract<SpeakerReply, { type: 'done' }>['analysis'] & {
  /** startSec: from asking to the work starting (starting the worker and loading the models, if needed). */
  timings: { startSec: number; segmentSec: number; embedSec: number };
};

/** The job the worker is on: its replies go to `reply`; `crashed` if the worker dies first. */
type Current = { id: number; reply: (message: SpeakerReply) => void; crashed: (reason: string) => void };

/**
 * One worker, started by the first job and kept (with its loaded models) while jobs come; jobs run one
 * at a time. `release` ends it once no more jobs are expected (the models hold about 100 MB).
 */
export function createSpeakerWorker(options: { resourceLimits?: ResourceLimits } = {}) {
  let worker: Worker | null = null;
  let current: Current | null = null;
  let releaseWhenIdle = false;
  let lastId = 0;
  /** Settles when the worker is free for the next job (its last job answered, or the worker died). */
  let free: Promise<void> = Promise.resolve();

  function start(): Worker {
    const w = spawn(options.resourceLimits ?? RESOURCE_LIMITS);
    let failure: Error | null = null;
    w.on('message', (message: SpeakerReply) => {
      if (worker === w && message.id === current?.id) current.reply(message);
    });
    // Without a listener an 'error' would be thrown on the main process; the 'exit' after it reports it.
    w.on('error', (e) => (failure = e));
    w.on('exit', (code) => {
      if (worker !== w) return; // ended on purpose (release)
      worker = null;
      current?.crashed(failure?.message ?? `it exited with code ${code}`);
    });
    w.unref(); // an idle worker keeps no process alive (tests, command-line tools)
    return w;
  }

  /**
   * Ends an idle worker. Never one inside a model call: ending a thread while the addon runs makes it
   * throw where nothing catches, which aborts the whole process (measured) — hence the cooperative cancel.
   */
  function stop(): void {
    const w = worker;
    worker = null;
    void w?.terminate();
  }

  /** Runs one job; `free` settles when the worker is free again (for a cancelled job: once it stopped). */
  function run(samples: Float32Array, { models, threads, signal, onProgress }: WorkerAnalyzeOptions) {
    if (signal?.aborted) return { result: Promise.reject(signal.reason as unknown), free: Promise.resolve() };
    const w = worker ?? (worker = start());
    const id = ++lastId;
    const asked = performance.now();
    let setFree!: () => void;
    const free = new Promise<void>((r) => (setFree = r));
    const result = new Promise<WorkerAnalysis>((resolve, reject) => {
      let answered = false;
      const answer = (settle: () => void) => {
        if (answered) return;
        answered = true;
        signal?.removeEventListener('abort', onAbort);
        settle();
      };
      const finish = () => {
        current = null;
        w.unref();
        setFree();
        if (releaseWhenIdle) release();
      };
      // The caller hears at once, with its reason (the queue aborts with its own CANCELLED error); the
      // worker stops at its next checkpoint, within one model call, and keeps its models.
      const cancel = (reason: unknown) => {
        answer(() => reject(reason));
        w.postMessage({ type: 'cancel', id } satisfies SpeakerRequest);
      };
      const onAbort = () => cancel(signal!.reason);
      current = {
        id,
        reply(message) {
          if (message.type === 'progress') {
            try {
              if (!answered) onProgress?.(message.fraction);
            } catch (e) {
              cancel(e); // the callback's error is the job's
            }
            return;
          }
          finish();
          if (message.type === 'done') {
            const { segmentSec, embedSec } = message.timings;
            const startSec = Math.max(0, (performance.now() - asked) / 1000 - segmentSec - embedSec);
            answer(() => resolve({ ...message.analysis, timings: { startSec, segmentSec, embedSec } }));
          } else if (message.type === 'failed') answer(() => reject(new AppError(message.error.code, message.error.message)));
        },
        crashed(reason) {
          finish();
          const message = `Speaker detection stopped unexpectedly (${reason}). Transcribe the call again to retry; if it happens again, choose the speaker models again in Settings.`;
          answer(() => reject(new AppError('INTERNAL', message)));
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      w.ref(); // a job in progress keeps the process alive until the worker answers
      // A copy of just these samples, moved (a clone of a view would copy its whole buffer).
      const own = samples.slice();
      w.postMessage({ type: 'analyze', id, models, threads, samples: own } satisfies SpeakerRequest, [own.buffer]);
    });
    return { result, free };
  }

  /** Ends the worker (now if idle, else once its job has answered). The next job starts a new one. */
  function release(): void {
    releaseWhenIdle = current !== null;
    if (!releaseWhenIdle) stop();
  }

  return {
    /** The voices in 16 kHz mono samples (copied to the worker: the caller's array stays usable). */
    analyze(samples: Float32Array, options: WorkerAnalyzeOptions): Promise<WorkerAnalysis> {
      const job = free.then(() => run(samples, options));
      free = job.then((j) => j.free);
      return job.then((j) => j.result);
    },
    release,
  };
}

/**
 * The built app (main.mjs) starts the bundled worker beside it. From the TypeScript sources (vitest, the
 * tsx scripts) the worker is started through tsx, as Node cannot load a .ts file by itself.
 */
function spawn(resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${BUILT_WORKER}`, here), { name: 'speakers', resourceLimits });
  // As CommonJS, like the built worker; tsx's require hook compiles the TypeScript (in memory: no cache
  // files left in the temp folder).
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./worker.ts', here));
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true, name: 'speakers', resourceLimits, env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
}
