import { open } from 'node:fs/promises';
import sherpa, { type OfflineSpeakerDiarization, type SpeakerEmbeddingExtractor } from 'sherpa-onnx-node';
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
  await checkModelFile(models.segmentation, 'speaker segmentation', 'pyannote-segmentation-3.0');
  await checkModelFile(models.embedding, 'speaker embedding', '3d-speaker');
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

/**
 * onnxruntime aborts the whole process on a file it cannot parse (no exception reaches JavaScript), so a
 * file is checked first: an ONNX protobuf (first field ir_version) whose metadata, written last by
 * sherpa-onnx's export scripts, names the expected model. A truncated or wrong file fails here.
 */
async function checkModelFile(path: string, what: string, marker: string): Promise<void> {
  const file = await open(path, 'r').catch(() => {
    throw new AppError('MODEL_MISSING', `The ${what} model file is missing: ${path}`);
  });
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
    const first = Buffer.alloc(1);
    await file.read(first, 0, 1, 0);
    await file.read(tail, 0, tail.length, size - tail.length);
    if (size < 1024 || first[0] !== 0x08 || !tail.includes(marker)) {
      throw new AppError('MODEL_UNUSABLE', `The ${what} model file is not the expected model (or is incomplete): ${path}`);
    }
  } finally {
    await file.close();
  }
}

const TAIL_BYTES = 64 * 1024;
