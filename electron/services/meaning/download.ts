import type { Emit } from '../../../shared/contract';
import { settingsChanged } from '../../../shared/domain/libraryChange';
import { AppError } from '../../../shared/errors';
import type { MeaningInfo, TextModelFileKind, TextModelSource } from '../../../shared/meaning/textModel';
import { createPinnedDownload } from '../models/pinnedDownload';
import type { Fetch } from '../ports';
import type { Settings } from '../settings/settings';
import type { TextModelFiles } from './textEmbedder';

export type TextModelDownloadDeps = {
  settings: Settings;
  /** The app's models folder; the text model goes into its folder inside it. */
  modelsDir: string;
  source: TextModelSource;
  emit: Emit;
  /** Electron's net.fetch in the app (proxies apply); Node's fetch when absent. */
  fetch?: Fetch;
  /** Loads the downloaded files once (a model that can't be loaded is never put in use). */
  check: (files: TextModelFiles) => Promise<void>;
  /** The downloaded files were put in use. */
  onInstalled: () => void;
};

/** The small files first: a broken connection shows up before the long download. */
const ORDER: readonly TextModelFileKind[] = ['tokenizerConfig', 'tokenizer', 'model'];
const WHAT: Record<TextModelFileKind, string> = {
  model: 'text model',
  tokenizer: 'text model’s tokenizer',
  tokenizerConfig: 'text model’s tokenizer settings',
};

export type TextModelDownload = ReturnType<typeof createTextModelDownload>;

/**
 * Downloads the text model's three files (models/pinnedDownload.ts) and puts them in use only once all
 * three are verified and load, so a cancelled or failed download never leaves the model half set up.
 */
export function createTextModelDownload(deps: TextModelDownloadDeps) {
  const pinned = createPinnedDownload({
    modelsDir: deps.modelsDir,
    files: deps.source,
    order: ORDER,
    what: WHAT,
    fetch: deps.fetch,
    inUse: (paths) => {
      const chosen = deps.settings.get().textModel;
      return chosen !== null && ORDER.every((kind) => chosen[kind] === paths[kind]);
    },
    install: async (files) => {
      await deps.check(files);
      await deps.settings.change({ textModel: files });
      deps.onInstalled();
    },
    onProgress: (progress) => deps.emit('meaning:downloadProgress', progress),
    onFinished: (outcome) => {
      deps.emit('meaning:downloadFinished', outcome);
      deps.emit('library:changed', settingsChanged('textModel'));
    },
  });

  return {
    status: (): Promise<MeaningInfo['download']> => pinned.status(),
    /** Starts the download unless one runs; answers at once, the outcome comes as an event. */
    start: pinned.start,
    cancel: pinned.cancel,
    /** Deletes the downloaded files (and any part of them); refused while downloading. */
    async remove(): Promise<void> {
      if (pinned.downloading()) throw new AppError('INVALID_INPUT', 'The text model is downloading: cancel the download first.');
      await pinned.removeFiles();
    },
    /** On quit: stop now; the `.part` file stays, so the next download resumes. */
    shutdown: pinned.shutdown,
  };
}
