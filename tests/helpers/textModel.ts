import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TextModelFiles } from '../../electron/services/meaning/textEmbedder';

/** The trained sentence embedding model in the fixtures (all-MiniLM-L6-v2, ONNX; see the fixtures README). */
const DIR = resolve(__dirname, '../../../shared/fixtures/models/text-embedding');
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
