import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { LearnedWeights, LocalExample } from '../../../shared/suggestions/learned';
import type { TrainReply, TrainRequest } from './trainMessages';

/** esbuild writes the worker beside main.mjs under this name (scripts/build-electron.mjs). */
const BUILT_WORKER = 'trainWorker.cjs';

/**
 * Retrains in a worker thread, started on first use and kept (it holds the shipped examples); an idle
 * worker keeps no process alive. One training at a time, in the order asked.
 */
export function createTrainer() {
  let worker: Worker | null = null;
  let lastId = 0;
  const pending = new Map<number, { resolve: (w: LearnedWeights) => void; reject: (e: unknown) => void }>();

  function start(): Worker {
    const w = spawn();
    w.on('message', (reply: TrainReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.type === 'done') job.resolve(reply.weights);
      else job.reject(new AppError('INTERNAL', `The learned suggestions could not be retrained: ${reply.message}`));
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      for (const job of pending.values()) job.reject(new AppError('INTERNAL', `The learned suggestions' training stopped (exit code ${code}).`));
      pending.clear();
    });
    w.unref();
    return w;
  }

  return {
    train(local: LocalExample[]): Promise<LearnedWeights> {
      const w = worker ?? (worker = start());
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref(); // a training in progress keeps the process alive until it answers
        w.postMessage({ id, local } satisfies TrainRequest);
      });
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

/** The built app starts the bundled worker beside main.mjs; from the TypeScript sources, through tsx. */
function spawn(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${BUILT_WORKER}`, here), { name: 'learned-suggestions' });
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./trainWorker.ts', here));
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true, name: 'learned-suggestions', env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
}
