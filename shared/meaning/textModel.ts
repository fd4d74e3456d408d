import { z } from 'zod';
import { PinnedDownloadStatus, type PinnedFile } from '../domain/pinnedDownload';

/**
 * The text embedding model's files (all-MiniLM-L6-v2 in ONNX form and its WordPiece tokenizer), as the
 * model manager downloads them and Settings shows them. Pure: no Node, DOM or model code.
 */
export const TextModelFileKind = z.enum(['model', 'tokenizer', 'tokenizerConfig']);
export type TextModelFileKind = z.infer<typeof TextModelFileKind>;

/** Which model the stored vectors come from: vectors of another model are never compared with these. */
export const TEXT_MODEL_ID = 'all-MiniLM-L6-v2';

/** The names the files have in the model's repository and in a folder chosen on disk. */
export const TEXT_MODEL_FILE_NAMES: Readonly<Record<TextModelFileKind, string>> = {
  model: 'model.onnx',
  tokenizer: 'tokenizer.json',
  tokenizerConfig: 'tokenizer_config.json',
};

/** The files the app downloads (pinned: each only once its size and sha256 are the ones given). */
export type TextModelSource = Readonly<Record<TextModelFileKind, PinnedFile>>;

const PINNED = 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/c9745ed1d9f207416be6d2e6f8de32d1f16199bf/';
const FOLDER = 'text/all-MiniLM-L6-v2';

/**
 * The official files (sentence-transformers' own ONNX export, fp32), at a pinned commit so the checksums
 * stay true. The tokenizer files are byte-identical to the fixtures'.
 */
export const TEXT_MODEL_DOWNLOADS: TextModelSource = {
  model: {
    baseUrl: `${PINNED}onnx/`,
    file: 'model.onnx',
    folder: FOLDER,
    bytes: 90_405_214,
    sha256: '6fd5d72fe4589f189f8ebc006442dbb529bb7ce38f8082112682524616046452',
  },
  tokenizer: {
    baseUrl: PINNED,
    file: 'tokenizer.json',
    folder: FOLDER,
    bytes: 466_247,
    sha256: 'be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037',
  },
  tokenizerConfig: {
    baseUrl: PINNED,
    file: 'tokenizer_config.json',
    folder: FOLDER,
    bytes: 350,
    sha256: 'acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b',
  },
};

/** Where the background embedding of the library's calls stands (Settings shows it). */
export const MeaningProgress = z.object({
  /** embedding: a call is being read; idle: nothing left to do (or no model). */
  state: z.enum(['embedding', 'idle']),
  /** The call being read now; null when idle. */
  callId: z.string().nullable(),
  /** Calls finished and in all in this run (a run ends when nothing is left). */
  callsDone: z.number().int().nonnegative(),
  callsTotal: z.number().int().nonnegative(),
  /** Turns of the current call computed so far, of those that needed it. */
  turnsDone: z.number().int().nonnegative(),
  turnsTotal: z.number().int().nonnegative(),
});
export type MeaningProgress = z.infer<typeof MeaningProgress>;

/** The text model as Settings shows it: the files in use, the download, the background work. */
export const MeaningInfo = z.object({
  /** The files in use (absolute paths); null until downloaded or chosen. */
  files: z.object({ model: z.string(), tokenizer: z.string(), tokenizerConfig: z.string() }).nullable(),
  /** The files are there and load: calls' turns get vectors. */
  ready: z.boolean(),
  /** Why the chosen files can't be used (moved, not this model); null when ready or not set. */
  problem: z.string().nullable(),
  /** The download of the three files. */
  download: PinnedDownloadStatus,
  progress: MeaningProgress,
});
export type MeaningInfo = z.infer<typeof MeaningInfo>;
