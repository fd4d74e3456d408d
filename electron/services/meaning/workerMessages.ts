import type { AppErrorShape } from '../../../shared/errors';
import type { TextModelFiles } from './textEmbedder';

/** What the main process asks the text model's worker (worker.ts): the vectors of a few texts. */
export type MeaningRequest = { type: 'embed'; id: number; files: TextModelFiles; texts: string[] };

/** One unit vector per text, in order; or why not. */
export type MeaningReply = { type: 'done'; id: number; vectors: Float32Array[] } | { type: 'failed'; id: number; error: AppErrorShape };
