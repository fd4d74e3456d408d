import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit, EventPayload } from '../../../shared/contract';
import { settingsChanged } from '../../../shared/domain/libraryChange';
import type { SpeakerModelKind, SpeakerModelsDownload } from '../../../shared/domain/speakerModels';
import { AppError, isAppError } from '../../../shared/errors';
import { downloadModel, sha256Of } from '../models/download';
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
 * Downloads the two speaker models with the model manager's downloader (resume from `.part`, sha256
 * check before a file takes its name) and makes them the ones in use only once both are verified, so a
 * cancelled or failed download never leaves speaker detection half set up.
 */
export function createSpeakerModelDownload(deps: SpeakerDownloadDeps) {
  let running: { controller: AbortController; receivedBytes: number } | null = null;
  /** Why the last download failed, until it is tried again (Settings may have been closed meanwhile). */
  let failure: string | null = null;
  const totalBytes = ORDER.reduce((sum, kind) => sum + deps.source[kind].bytes, 0);
  const folderOf = (kind: SpeakerModelKind) => join(deps.modelsDir, ...deps.source[kind].folder.split('/'));
  const installedPath = (kind: SpeakerModelKind) => join(folderOf(kind), deps.source[kind].file);
  const sizeOf = (path: string) =>
    stat(path).then(
      (s) => s.size,
      () => null,
    );

  async function status(): Promise<SpeakerModelsDownload> {
    const { speakerSegmentationPath, speakerEmbeddingPath } = deps.settings.get();
    const inUse = speakerSegmentationPath === installedPath('segmentation') && speakerEmbeddingPath === installedPath('embedding');
    if (running) return { state: 'downloading', receivedBytes: running.receivedBytes, totalBytes, inUse, error: null };
    let receivedBytes = 0;
    let installed = 0;
    for (const kind of ORDER) {
      // Only a verified file is ever renamed into place, so one there is whole.
      if ((await sizeOf(installedPath(kind))) !== null) {
        installed++;
        receivedBytes += deps.source[kind].bytes;
      } else {
        receivedBytes += (await sizeOf(`${installedPath(kind)}.part`)) ?? 0;
      }
    }
    const state = installed === ORDER.length ? 'installed' : receivedBytes > 0 ? 'partial' : 'available';
    return { state, receivedBytes, totalBytes, inUse, error: failure };
  }

  /** One model: skipped when its verified file is already there, else downloaded (or resumed). */
  async function fetchModel(kind: SpeakerModelKind, before: number, state: NonNullable<typeof running>): Promise<string> {
    const entry = deps.source[kind];
    const path = installedPath(kind);
    if ((await sizeOf(path)) !== null) {
      if ((await sha256Of(path)) === entry.sha256) return path;
      await rm(path, { force: true }); // changed on disk since it was verified: fetch it again
    }
    try {
      return await downloadModel(entry, {
        modelsDir: folderOf(kind),
        baseUrl: entry.baseUrl,
        fetch: deps.fetch,
        signal: state.controller.signal,
        onProgress: ({ receivedBytes }) => {
          const overall = before + receivedBytes;
          // A progress event per percent is plenty for a bar.
          if (Math.floor((100 * overall) / totalBytes) !== Math.floor((100 * state.receivedBytes) / totalBytes)) {
            deps.emit('speakers:downloadProgress', { receivedBytes: overall, totalBytes });
          }
          state.receivedBytes = overall;
        },
      });
    } catch (e) {
      if (!isAppError(e) || e.code === 'CANCELLED') throw e;
      throw new AppError(e.code, `The ${WHAT[kind]} couldn't be downloaded: ${e.message}`);
    }
  }

  async function download(): Promise<void> {
    const state = { controller: new AbortController(), receivedBytes: 0 };
    running = state;
    failure = null;
    deps.emit('speakers:downloadProgress', { receivedBytes: 0, totalBytes });
    let outcome: EventPayload<'speakers:downloadFinished'>;
    try {
      const paths = {} as Record<SpeakerModelKind, string>;
      let before = 0;
      for (const kind of ORDER) {
        paths[kind] = await fetchModel(kind, before, state);
        before += deps.source[kind].bytes;
        state.receivedBytes = before;
      }
      for (const kind of ORDER) await checkSpeakerModelFile(paths[kind], kind);
      await deps.settings.change({ speakerSegmentationPath: paths.segmentation, speakerEmbeddingPath: paths.embedding });
      outcome = { outcome: 'installed', message: null };
    } catch (e) {
      const cancelled = state.controller.signal.aborted;
      const message = isAppError(e) ? e.message : String(e);
      if (!cancelled) failure = message;
      outcome = { outcome: cancelled ? 'cancelled' : 'failed', message: cancelled ? null : message };
    }
    // Not running any more first, so a refetch prompted by the events sees the final state.
    running = null;
    deps.emit('speakers:downloadFinished', outcome);
    deps.emit('library:changed', settingsChanged('speakerModels'));
  }

  return {
    status,
    /** Starts the download unless one runs; answers at once, the outcome comes as an event. */
    async start(): Promise<SpeakerModelsDownload> {
      if (!running) void download();
      return status();
    },
    async cancel(): Promise<SpeakerModelsDownload> {
      running?.controller.abort();
      return status();
    },
    /** On quit: stop now; the `.part` file stays, so the next download resumes. */
    shutdown() {
      running?.controller.abort();
    },
  };
}
