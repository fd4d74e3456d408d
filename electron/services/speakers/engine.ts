import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import sherpa, { type OfflineSpeakerDiarization, type SpeakerEmbeddingExtractor } from 'sherpa-onnx-node';
import type { SpeakerModelKind } from '../../../shared/domain/speakerModels';
import { AppError } from '../../../shared/errors';

/** Model files on disk (the caller finds them: the model manager, or the fixtures in tests). */
export type SpeakerModels = {
  /** pyannote segmentation-3.0 in sherpa-onnx's ONNX form, fp32 (the int8 one is measurably lossy). */
  segmentation: string;
  /** 3D-Speaker CAM++ in sherpa-onnx's ONNX form. */
  embedding: string;
};

export type SpeakerEngine = { segmenter: OfflineSpeakerDiarization; extractor: SpeakerEmbeddingExtractor };

/**
 * The segmentation model sees 10 s windows; a shift of one whole window (no overlap) segments each moment
 * once. sherpa-onnx's default 0.1 runs the model ten times per moment and embeds every voice ten times.
 */
export const WINDOW_SHIFT_RATIO = 1;

/**
 * Loads both models through sherpa-onnx. Its own clustering is switched off in effect (a near-zero
 * threshold keeps every voice of every window apart): the voices are clustered by shared/speakers.
 */
export async function loadSpeakerEngine(models: SpeakerModels, threads: number): Promise<SpeakerEngine> {
  await checkSpeakerModelFile(models.segmentation, 'segmentation');
  await checkSpeakerModelFile(models.embedding, 'embedding');
  const numThreads = Math.max(1, Math.floor(threads));
  try {
    const segmenter = new sherpa.OfflineSpeakerDiarization({
      segmentation: { pyannote: { model: models.segmentation, windowShiftRatio: WINDOW_SHIFT_RATIO }, numThreads },
      embedding: { model: models.embedding, numThreads },
      clustering: { numClusters: -1, threshold: 0.01 },
      minDurationOn: 0.2,
      minDurationOff: 0.5,
    });
    const extractor = new sherpa.SpeakerEmbeddingExtractor({ model: models.embedding, numThreads });
    return { segmenter, extractor };
  } catch (e) {
    throw new AppError('MODEL_UNUSABLE', `The speaker models could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** What each kind of model is called in messages, and what its metadata names. */
const KINDS: Record<SpeakerModelKind, { what: string; expected: string; marker: string }> = {
  segmentation: { what: 'speaker segmentation', expected: 'pyannote segmentation-3.0', marker: 'pyannote-segmentation-3.0' },
  embedding: { what: 'speaker embedding', expected: '3D-Speaker CAM++', marker: '3d-speaker' },
};

/**
 * onnxruntime aborts the whole process on a file it cannot parse (no exception reaches JavaScript), so a
 * file is checked first: an ONNX protobuf (first field ir_version) whose metadata, written last by
 * sherpa-onnx's export scripts, names the expected model. A truncated or wrong file fails here.
 */
export async function checkSpeakerModelFile(path: string, kind: SpeakerModelKind): Promise<void> {
  const { what, expected, marker } = KINDS[kind];
  const file = await open(path, 'r').catch(() => {
    throw new AppError('MODEL_MISSING', `The ${what} model file was moved or deleted: ${path}`);
  });
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
    const first = Buffer.alloc(1);
    await file.read(first, 0, 1, 0);
    await file.read(tail, 0, tail.length, size - tail.length);
    if (size < 1024 || first[0] !== 0x08 || !tail.includes(marker)) {
      throw new AppError('MODEL_UNUSABLE', `“${basename(path)}” is not a ${what} ONNX model (sherpa-onnx's ${expected}), or it is incomplete: ${path}`);
    }
  } finally {
    await file.close();
  }
}

const TAIL_BYTES = 64 * 1024;
