import { z } from 'zod';
import { Machine, TranscriptionSpeed } from '../transcription/engineProfile';

export type CatalogueEntry = { id: string; file: string; bytes: number; sha256: string; englishOnly: boolean; note: string };

/** Official whisper.cpp models (ggerganov/whisper.cpp on Hugging Face), with the checksums of their files. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'tiny.en',
    file: 'ggml-tiny.en.bin',
    bytes: 77_704_715,
    sha256: '921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f',
    englishOnly: true,
    note: 'Fastest; English only',
  },
  {
    id: 'tiny.en-q8_0',
    file: 'ggml-tiny.en-q8_0.bin',
    bytes: 43_550_795,
    sha256: '5bc2b3860aa151a4c6e7bb095e1fcce7cf12c7b020ca08dcec0c6d018bb7dd94',
    englishOnly: true,
    note: 'Smallest download; English only',
  },
  {
    id: 'tiny',
    file: 'ggml-tiny.bin',
    bytes: 77_691_713,
    sha256: 'be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21',
    englishOnly: false,
    note: 'Fastest; many languages',
  },
  {
    id: 'base.en',
    file: 'ggml-base.en.bin',
    bytes: 147_964_211,
    sha256: 'a03779c86df3323075f5e796cb2ce5029f00ec8869eee3fdfb897afe36c6d002',
    englishOnly: true,
    note: 'More accurate; English only',
  },
  {
    id: 'base',
    file: 'ggml-base.bin',
    bytes: 147_951_465,
    sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
    englishOnly: false,
    note: 'More accurate; many languages',
  },
];

/** Offered first on a new installation: accurate enough for coaching, fast on a laptop. */
export const RECOMMENDED_MODEL = 'base.en';

/** Where the official files are served; a test points this at a local server. */
export const OFFICIAL_MODEL_BASE_URL = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/';

export const CatalogueItem = z.object({
  id: z.string(),
  file: z.string(),
  bytes: z.number(),
  englishOnly: z.boolean(),
  note: z.string(),
  recommended: z.boolean(),
  /** partial: an interrupted download that will resume. */
  state: z.enum(['available', 'downloading', 'partial', 'installed']),
  receivedBytes: z.number(),
  /** Set when this model is the one transcription uses. */
  current: z.boolean(),
  /** Why its last download failed, until it is tried again. */
  error: z.string().nullable(),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const ModelDownloadProgress = z.object({ id: z.string(), receivedBytes: z.number(), totalBytes: z.number() });

export const ModelFile = z.object({
  path: z.string(),
  name: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  size: z.enum(['tiny', 'base', 'small', 'medium', 'large', 'unknown']),
  englishOnly: z.boolean(),
  dtwPreset: z.string().nullable(),
  precision: z.enum(['f32', 'f16', 'q4_0', 'q4_1', 'q5_0', 'q5_1', 'q8_0', 'unknown']),
});
export type ModelFile = z.infer<typeof ModelFile>;

export const ModelsInfo = z.object({
  /** The model transcription uses; null until one is chosen or installed. */
  current: ModelFile.nullable(),
  /** Why the chosen model can't be used (moved, deleted, not a whisper model). */
  problem: z.string().nullable(),
  /** Threads in use now. */
  threads: z.number().int().positive(),
  /** What the user set; null means automatic (chosen for the machine: see engineProfile). */
  threadsSetting: z.number().int().positive().nullable(),
  /** Settings → Transcription speed. */
  speed: TranscriptionSpeed,
  /** The computer transcription runs on (cores, CPU features where the system tells). */
  machine: Machine,
  /** What the chosen speed means on this machine, in one line (the engine profile's `why`). */
  speedWhy: z.string(),
  /**
   * Where whisper ran in this session: the GPU's name as whisper.cpp gave it, 'CPU', or null before the first
   * run; `gpuFailure` is why the GPU was given up (the CPU is used until the app restarts), else null.
   */
  engineDevice: z.object({ device: z.string().nullable(), gpuFailure: z.string().nullable() }),
  catalogue: z.array(CatalogueItem),
});
export type ModelsInfo = z.infer<typeof ModelsInfo>;
