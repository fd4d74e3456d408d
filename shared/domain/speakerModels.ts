import { z } from 'zod';
import type { PinnedFile } from './pinnedDownload';

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

/**
 * The official sherpa-onnx exports (k2-fsa; its author's Hugging Face repository for the segmentation
 * model), fp32: the int8 segmentation model is measurably lossy.
 *
 * Checksums were not confirmed by a download of our own (the files could not be fetched where this was
 * written). The sizes and sha256 below are the ones several independent public projects pin for these
 * exact URLs (sherpa-onnx integrations in Rust, Python, C#, Swift and TypeScript; two of them say they
 * checked the embedding's against the release's own checksum.txt and a download of their own), and all
 * of them agree. The segmentation file is the `model.onnx` inside the release archive
 * speaker-segmentation-models/sherpa-onnx-pyannote-segmentation-3-0.tar.bz2 (6,958,444 B, sha256
 * 24615ee8…4996488; the same sources give its model.onnx these very bytes and sha256), here served on its
 * own at a pinned revision, so no archive has to be unpacked. A wrong value can only refuse a download:
 * nothing unverified is ever installed.
 */
export const SPEAKER_MODEL_DOWNLOADS: Readonly<Record<SpeakerModelKind, PinnedFile>> = {
  segmentation: {
    baseUrl: 'https://huggingface.co/csukuangfj/sherpa-onnx-pyannote-segmentation-3-0/resolve/9403a6902bb58e3d5ae8c7e77c3422de279db2e0/',
    file: 'model.onnx',
    folder: 'speakers/sherpa-onnx-pyannote-segmentation-3-0',
    bytes: 5_992_913,
    sha256: '220ad67ca923bef2fa91f2390c786097bf305bceb5e261d4af67b38e938e1079',
  },
  embedding: {
    // "recongition" is the upstream release tag's own spelling.
    baseUrl: 'https://github.com/k2-fsa/sherpa-onnx/releases/download/speaker-recongition-models/',
    file: '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx',
    folder: 'speakers',
    bytes: 28_281_164,
    sha256: 'aa3cfc16963a10586a9393f5035d6d6b57e98d358b347f80c2a30bf4f00ceba2',
  },
};

/** How many speakers re-detection looks for: a number the user gave, or null to find it (1–6). */
export const SpeakerCount = z.number().int().min(1).max(6).nullable();
