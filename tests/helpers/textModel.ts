import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextModelFiles } from '../../electron/services/meaning/textEmbedder';

/** The trained sentence embedding model in the fixtures (all-MiniLM-L6-v2, ONNX; see the fixtures README). */
// import.meta, not __dirname: scripts (train:suggestions, benches) load this under tsx's ESM too.
const DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/fixtures/models/text-embedding');
export const TEXT_MODEL: TextModelFiles = {
  model: join(DIR, 'model.onnx'),
  tokenizer: join(DIR, 'tokenizer.json'),
  tokenizerConfig: join(DIR, 'tokenizer_config.json'),
};
export const TEXT_MODEL_PRESENT = existsSync(TEXT_MODEL.model);

/** Ten sentences with their embeddings from the original PyTorch weights (made in numpy; fixtures README). */
export function referenceEmbeddings(): { sentences: string[]; ids: number[][]; embeddings: number[][] } {
  return JSON.parse(readFileSync(join(DIR, 'reference-embeddings.json'), 'utf8')) as { sentences: string[]; ids: number[][]; embeddings: number[][] };
}
