import type { Emit } from '../../../shared/contract';
import { settingsChanged } from '../../../shared/domain/libraryChange';
import type { PinnedDownloadStatus } from '../../../shared/domain/pinnedDownload';
import type { SpeakerModelKind } from '../../../shared/domain/speakerModels';
import { createPinnedDownload } from '../models/pinnedDownload';
import type { Fetch, SpeakerModelSource } from '../ports';
import type { Settings } from '../settings/settings';
import { checkSpeakerModelFile } from './engine';

export type SpeakerDownloadDeps = {
  settings: Settings;
  /** The app's models folder; the speaker models go into their folders inside it. */
  modelsDir: string;
  source: SpeakerModelSource;
  emit: Emit;
  /** Electron's net.fetch in the app (proxies apply); Node's fetch when absent. */
  fetch?: Fetch;
};

/** The small file first: a broken connection shows up before the long download. */
const ORDER: readonly SpeakerModelKind[] = ['segmentation', 'embedding'];
const WHAT: Record<SpeakerModelKind, string> = { segmentation: 'speaker segmentation model', embedding: 'speaker embedding model' };

/**
 * Downloads the two speaker models (models/pinnedDownload.ts) and makes them the ones in use only once
 * both are verified, so a cancelled or failed download never leaves speaker detection half set up.
 */
export function createSpeakerModelDownload(deps: SpeakerDownloadDeps) {
  const pinned = createPinnedDownload({
    modelsDir: deps.modelsDir,
    files: deps.source,
    order: ORDER,
    what: WHAT,
    fetch: deps.fetch,
    inUse: (paths) => {
      const { speakerSegmentationPath, speakerEmbeddingPath } = deps.settings.get();
      return speakerSegmentationPath === paths.segmentation && speakerEmbeddingPath === paths.embedding;
    },
    install: async (paths) => {
      for (const kind of ORDER) await checkSpeakerModelFile(paths[kind], kind);
      await deps.settings.change({ speakerSegmentationPath: paths.segmentation, speakerEmbeddingPath: paths.embedding });
    },
    onProgress: (progress) => deps.emit('speakers:downloadProgress', progress),
    onFinished: (outcome) => {
      deps.emit('speakers:downloadFinished', outcome);
      deps.emit('library:changed', settingsChanged('speakerModels'));
    },
  });
  const status = (): Promise<PinnedDownloadStatus> => pinned.status();

  return {
    status,
    /** Starts the download unless one runs; answers at once, the outcome comes as an event. */
    async start(): Promise<PinnedDownloadStatus> {
      pinned.start();
      return status();
    },
    async cancel(): Promise<PinnedDownloadStatus> {
      pinned.cancel();
      return status();
    },
    /** On quit: stop now; the `.part` file stays, so the next download resumes. */
    shutdown: pinned.shutdown,
  };
}
