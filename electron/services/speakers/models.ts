import type { SpeakerModelsInfo } from '../../../shared/domain/speakerModels';
import { isAppError } from '../../../shared/errors';
import type { Settings } from '../settings/settings';
import { checkSpeakerModelFile, type SpeakerModels } from './engine';

/**
 * The speaker models as Settings shows them. Each chosen file is checked again (it may have been moved
 * since): a cheap look at the file, not a load of the models.
 */
export async function speakerModelsInfo(settings: Settings): Promise<SpeakerModelsInfo> {
  const { speakerSegmentationPath: segmentation, speakerEmbeddingPath: embedding } = settings.get();
  const problems: string[] = [];
  for (const [path, kind] of [
    [segmentation, 'segmentation'],
    [embedding, 'embedding'],
  ] as const) {
    if (!path) continue;
    try {
      await checkSpeakerModelFile(path, kind);
    } catch (e) {
      if (!isAppError(e)) throw e;
      problems.push(e.message);
    }
  }
  return {
    segmentation,
    embedding,
    ready: Boolean(segmentation && embedding) && problems.length === 0,
    problem: problems.length > 0 ? problems.join(' ') : null,
  };
}

/** The models to diarize mono calls with, or null when they are not both chosen and usable. */
export async function readySpeakerModels(settings: Settings): Promise<SpeakerModels | null> {
  const info = await speakerModelsInfo(settings);
  return info.ready ? { segmentation: info.segmentation!, embedding: info.embedding! } : null;
}
