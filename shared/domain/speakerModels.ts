import { z } from 'zod';

/** The two models speaker detection runs: who speaks when (segmentation), and whose voice (embedding). */
export const SpeakerModelKind = z.enum(['segmentation', 'embedding']);
export type SpeakerModelKind = z.infer<typeof SpeakerModelKind>;

/** The speaker models in use, as Settings shows them. */
export const SpeakerModelsInfo = z.object({
  /** The files chosen (absolute paths), null until one is chosen. */
  segmentation: z.string().nullable(),
  embedding: z.string().nullable(),
  /** Both files are there and load: mono calls are diarized when transcribed. */
  ready: z.boolean(),
  /** Why they can't be used (a file moved, not the expected ONNX model); null when ready or not set. */
  problem: z.string().nullable(),
});
export type SpeakerModelsInfo = z.infer<typeof SpeakerModelsInfo>;

/** How many speakers re-detection looks for: a number the user gave, or null to find it (1–6). */
export const SpeakerCount = z.number().int().min(1).max(6).nullable();
