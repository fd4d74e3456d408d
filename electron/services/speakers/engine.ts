import { access } from 'node:fs/promises';
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
  for (const [what, path] of [['speaker segmentation', models.segmentation], ['speaker embedding', models.embedding]] as const) {
    await access(path).catch(() => {
      throw new AppError('MODEL_MISSING', `The ${what} model file is missing: ${path}`);
    });
  }
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
