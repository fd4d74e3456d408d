import './noTelemetry'; // before onnxruntime-node
import { readFile } from 'node:fs/promises';
import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';
import { AppError } from '../../../shared/errors';
import { EMBEDDING_DIMS, meanPool } from '../../../shared/meaning/vectors';

/** The text embedding model's files (all-MiniLM-L6-v2 in ONNX form, its WordPiece tokenizer). */
export type TextModelFiles = { model: string; tokenizer: string; tokenizerConfig: string };

export type TextEmbedder = {
  /** One unit vector of EMBEDDING_DIMS numbers per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
};

/** The model's limit, [CLS] and [SEP] included (sentence_bert_config.json: max_seq_length 256). */
export const MAX_TOKENS = 256;
/** Texts run together, padded to the longest: fewer, larger model calls. */
const BATCH = 32;

/**
 * Loads the sentence embedding model with onnxruntime (CPU) and its tokenizer. Measured on the 2-core
 * test machine: ~6 ms a turn on one thread (fixtures README), so one thread is the default and the
 * other core stays free. Texts are tokenized here, truncated to MAX_TOKENS, batched by length.
 */
export async function loadTextEmbedder(files: TextModelFiles, o: { threads?: number } = {}): Promise<TextEmbedder> {
  let tokenizer: Tokenizer;
  let session: ort.InferenceSession;
  try {
    const json = JSON.parse(await readFile(files.tokenizer, 'utf8')) as Record<string, unknown>;
    // tokenizer.json pads and truncates to a fixed 128; the model takes up to 256, padded per batch here.
    json.truncation = null;
    json.padding = null;
    tokenizer = new Tokenizer(json, JSON.parse(await readFile(files.tokenizerConfig, 'utf8')) as Record<string, unknown>);
    session = await ort.InferenceSession.create(files.model, { intraOpNumThreads: o.threads ?? 1, interOpNumThreads: 1 });
  } catch (e) {
    throw new AppError(
      'MODEL_UNUSABLE',
      `The text model can't be loaded (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Download it again in Settings.`,
    );
  }
  const encode = (text: string): number[] => {
    const ids = tokenizer.encode(text).ids;
    return ids.length <= MAX_TOKENS ? ids : [...ids.slice(0, MAX_TOKENS - 1), ids.at(-1)!]; // keep [SEP]
  };

  return {
    async embed(texts) {
      const encoded = texts.map(encode);
      const order = encoded.map((_, i) => i).sort((a, b) => encoded[a]!.length - encoded[b]!.length);
      const out: Float32Array[] = new Array<Float32Array>(texts.length);
      for (let from = 0; from < order.length; from += BATCH) {
        const batch = order.slice(from, from + BATCH);
        const width = Math.max(...batch.map((i) => encoded[i]!.length));
        const ids = new BigInt64Array(batch.length * width);
        const mask = new BigInt64Array(batch.length * width);
        batch.forEach((i, row) =>
          encoded[i]!.forEach((id, t) => {
            ids[row * width + t] = BigInt(id);
            mask[row * width + t] = 1n;
          }),
        );
        const shape = [batch.length, width];
        const result = await session.run({
          input_ids: new ort.Tensor('int64', ids, shape),
          attention_mask: new ort.Tensor('int64', mask, shape),
          token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), shape),
        });
        const hidden = result.last_hidden_state!.data as Float32Array;
        const maskNumbers = Array.from(mask, Number);
        batch.forEach((i, row) => (out[i] = meanPool(hidden, maskNumbers, width, EMBEDDING_DIMS, row)));
      }
      return out;
    },
    close: () => session.release(),
  };
}
