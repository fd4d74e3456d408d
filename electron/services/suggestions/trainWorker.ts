// The learned suggestions' retraining, in a worker thread: ~12 s of one core for the 2,418 shipped examples
// (measured here), which on the main thread would hold every bridge answer and window event meanwhile.
import { parentPort } from 'node:worker_threads';
import { trainLocal } from '../../../shared/suggestions/learned';
import { shippedModel } from './shipped';
import type { TrainReply, TrainRequest } from './trainMessages';

const port = parentPort;
if (!port) throw new Error('trainWorker runs only as a worker thread.');

port.on('message', (request: TrainRequest) => {
  try {
    const { weights, examples } = shippedModel();
    port.postMessage({ id: request.id, type: 'done', weights: trainLocal(examples, request.local, weights) } satisfies TrainReply);
  } catch (e) {
    port.postMessage({ id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) } satisfies TrainReply);
  }
});
