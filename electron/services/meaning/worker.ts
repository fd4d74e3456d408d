// The text model's worker thread (started by workerHost.ts): loads the model once and embeds the texts
// it is sent, so that the model never holds the main process (IPC, the window, the media protocol).
import './noTelemetry'; // before onnxruntime-node, which textEmbedder loads
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors';
import { loadTextEmbedder, type TextEmbedder } from './textEmbedder';
import type { MeaningReply, MeaningRequest } from './workerMessages';

const port = parentPort;
if (!port) throw new Error('meaning/worker.ts runs as a worker thread (workerHost.ts starts it).');

/** The model for the last files used: loading takes a fraction of a second, so batches in a row share it. */
let cached: { key: string; embedder: Promise<TextEmbedder> } | null = null;

function embedderFor(files: MeaningRequest['files']): Promise<TextEmbedder> {
  const key = JSON.stringify([files.model, files.tokenizer, files.tokenizerConfig]);
  if (cached?.key !== key) {
    const old = cached;
    cached = { key, embedder: loadTextEmbedder(files, { threads: 1 }) };
    void old?.embedder.then((e) => e.close()).catch(() => undefined);
    cached.embedder.catch(() => (cached = null)); // a failed load is tried again with the next request
  }
  return cached.embedder;
}

// Requests come one at a time (the host waits for each answer), so no two model calls overlap.
port.on('message', (request: MeaningRequest) => {
  void (async () => {
    try {
      const vectors = await (await embedderFor(request.files)).embed(request.texts);
      const reply: MeaningReply = { type: 'done', id: request.id, vectors };
      port.postMessage(
        reply,
        vectors.map((v) => v.buffer as ArrayBuffer),
      );
    } catch (e) {
      // An AppError keeps its code and message across the thread boundary (an Error would lose its code).
      const error = isAppError(e)
        ? e.toShape()
        : { code: 'INTERNAL' as const, message: `The text model failed: ${e instanceof Error ? e.message : String(e)}` };
      port.postMessage({ type: 'failed', id: request.id, error } satisfies MeaningReply);
    }
  })();
});
