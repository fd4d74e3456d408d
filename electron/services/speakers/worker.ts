// The speaker worker thread's entry (started by workerHost.ts): loads the speaker models once, then runs
// segmentation and embeddings for each job it is sent, so that this work never blocks the main process.
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors';
import { analyzeVoices } from './analyze';
import { loadSpeakerEngine, type SpeakerEngine } from './engine';
import type { SpeakerReply, SpeakerRequest } from './workerMessages';

const port = parentPort;
if (!port) throw new Error('speakers/worker.ts runs as a worker thread (workerHost.ts starts it).');

/** The engine for the last models used: loading them takes a second or two, so jobs in a row share it. */
let cached: { key: string; engine: SpeakerEngine } | null = null;
/** The job in progress, stopped at its next checkpoint when the main process cancels it. */
let running: { id: number; controller: AbortController } | null = null;

async function engineFor(models: { segmentation: string; embedding: string }, threads: number): Promise<SpeakerEngine> {
  const key = JSON.stringify([models.segmentation, models.embedding, threads]);
  if (cached?.key !== key) {
    cached = null; // the old models go before the new ones load
    cached = { key, engine: await loadSpeakerEngine(models, threads) };
  }
  return cached.engine;
}

function reply(message: SpeakerReply, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function run({ id, models, threads, samples }: Extract<SpeakerRequest, { type: 'analyze' }>): Promise<void> {
  const controller = new AbortController();
  running = { id, controller };
  try {
    const engine = await engineFor(models, threads);
    const { timings, ...analysis } = await analyzeVoices(engine, samples, {
      signal: controller.signal,
      onProgress: (fraction) => reply({ type: 'progress', id, fraction }),
    });
    // Each embedding is its own copy (analyze.ts), so its buffer can move to the main thread without a copy.
    reply(
      { type: 'done', id, analysis, timings },
      analysis.embeddings.map((e) => e.buffer as ArrayBuffer),
    );
  } catch (e) {
    if (controller.signal.aborted) reply({ type: 'cancelled', id });
    // An AppError keeps its code and message across the thread boundary (an Error would lose its code).
    else if (isAppError(e)) reply({ type: 'failed', id, error: e.toShape() });
    else reply({ type: 'failed', id, error: { code: 'INTERNAL', message: `Speaker detection failed: ${e instanceof Error ? e.message : String(e)}` } });
  } finally {
    running = null;
  }
}

port.on('message', (request: SpeakerRequest) => {
  // A cancel arrives between two model calls (analyze.ts returns to the event loop between them).
  if (request.type === 'cancel') {
    if (running?.id === request.id) running.controller.abort();
  } else void run(request);
});
