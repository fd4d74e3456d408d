// The text model runs in a worker thread, like the speaker models (see speakers/workerHost.ts for why a
// worker_threads Worker): a batch of 32 turns holds the thread it runs on for about 0.2 s. The host sends
// one batch at a time, so a cancel lands between two batches and never ends a thread inside a model call.
// Here, in the main thread, and not only in the worker: a worker's process.env is its own copy, so setting
// it there never reaches the environment onnxruntime's native code reads (measured: telemetry files in the
// temp folder when only the worker set it).
import './noTelemetry';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { TextModelFiles } from './textEmbedder';
import type { MeaningReply, MeaningRequest } from './workerMessages';

/** esbuild writes the worker beside main.mjs under this name (scripts/build-electron.mjs). */
const BUILT_WORKER = 'meaningWorker.cjs';

export type MeaningWorker = ReturnType<typeof createMeaningWorker>;

/**
 * One worker, started by the first batch and kept (with its loaded model) while batches come; `release`
 * ends it once idle (the model holds ~100 MB). Batches run one at a time, in the order asked.
 */
export function createMeaningWorker() {
  let worker: Worker | null = null;
  let lastId = 0;
  const pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: unknown) => void }>();
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Worker {
    const w = spawn();
    let failure: Error | null = null;
    w.on('message', (message: MeaningReply) => {
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      if (pending.size === 0) w.unref();
      if (message.type === 'done') job.resolve(message.vectors);
      else job.reject(new AppError(message.error.code, message.error.message));
    });
    w.on('error', (e) => (failure = e)); // reported by the 'exit' after it
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      const reason = new AppError('INTERNAL', `The text model stopped unexpectedly (${failure?.message ?? `it exited with code ${code}`}).`);
      for (const job of pending.values()) job.reject(reason);
      pending.clear();
    });
    w.unref(); // an idle worker keeps no process alive (tests, command-line tools)
    return w;
  }

  function send(files: TextModelFiles, texts: string[]): Promise<Float32Array[]> {
    const w = worker ?? (worker = start());
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref(); // a batch in progress keeps the process alive until the worker answers
      w.postMessage({ type: 'embed', id, files, texts } satisfies MeaningRequest);
    });
  }

  return {
    /** One unit vector per text, in order (a batch: keep it small so a cancel is heard soon). */
    embed(files: TextModelFiles, texts: string[]): Promise<Float32Array[]> {
      const result = queue.then(() => send(files, texts));
      queue = result.catch(() => undefined);
      return result;
    },
    /** Ends the worker once the batches asked for have answered; the next batch starts a new one. */
    release(): Promise<void> {
      const done = queue.then(() => {
        const w = worker;
        worker = null;
        return w?.terminate();
      });
      queue = done.catch(() => undefined);
      return done.then(() => undefined);
    },
  };
}

/**
 * The built app (main.mjs) starts the bundled worker beside it. From the TypeScript sources (vitest, the
 * tsx scripts) the worker is started through tsx, as Node cannot load a .ts file by itself.
 */
function spawn(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${BUILT_WORKER}`, here), { name: 'meaning' });
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./worker.ts', here));
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true, name: 'meaning', env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
}
