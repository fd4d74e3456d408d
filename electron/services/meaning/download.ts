import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Emit, EventPayload } from '../../../shared/contract';
import { settingsChanged } from '../../../shared/domain/libraryChange';
import { AppError, isAppError } from '../../../shared/errors';
import type { MeaningInfo, TextModelFileKind, TextModelSource } from '../../../shared/meaning/textModel';
import { downloadModel, sha256Of } from '../models/download';
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
 * Downloads the text model's three files with the model manager's downloader (resume from `.part`,
 * sha256 check before a file takes its name) and puts them in use only once all three are verified and
 * load, so a cancelled or failed download never leaves the model half set up.
 */
export function createTextModelDownload(deps: TextModelDownloadDeps) {
  let running: { controller: AbortController; receivedBytes: number } | null = null;
  /** Why the last download failed, until it is tried again (Settings may have been closed meanwhile). */
  let failure: string | null = null;
  const totalBytes = ORDER.reduce((sum, kind) => sum + deps.source[kind].bytes, 0);
  const folderOf = (kind: TextModelFileKind) => join(deps.modelsDir, ...deps.source[kind].folder.split('/'));
  const installedPath = (kind: TextModelFileKind) => join(folderOf(kind), deps.source[kind].file);
  const installedFiles = (): TextModelFiles => ({
    model: installedPath('model'),
    tokenizer: installedPath('tokenizer'),
    tokenizerConfig: installedPath('tokenizerConfig'),
  });
  const sizeOf = (path: string) =>
    stat(path).then(
      (s) => s.size,
      () => null,
    );

  async function status(): Promise<MeaningInfo['download']> {
    const chosen = deps.settings.get().textModel;
    const inUse = chosen !== null && ORDER.every((kind) => chosen[kind] === installedPath(kind));
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

  /** One file: skipped when its verified copy is already there, else downloaded (or resumed). */
  async function fetchFile(kind: TextModelFileKind, before: number, state: NonNullable<typeof running>): Promise<string> {
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
            deps.emit('meaning:downloadProgress', { receivedBytes: overall, totalBytes });
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
    deps.emit('meaning:downloadProgress', { receivedBytes: 0, totalBytes });
    let outcome: EventPayload<'meaning:downloadFinished'>;
    try {
      let before = 0;
      for (const kind of ORDER) {
        await fetchFile(kind, before, state);
        before += deps.source[kind].bytes;
        state.receivedBytes = before;
      }
      await deps.check(installedFiles());
      await deps.settings.change({ textModel: installedFiles() });
      outcome = { outcome: 'installed', message: null };
      deps.onInstalled();
    } catch (e) {
      const cancelled = state.controller.signal.aborted;
      const message = isAppError(e) ? e.message : String(e);
      if (!cancelled) failure = message;
      outcome = { outcome: cancelled ? 'cancelled' : 'failed', message: cancelled ? null : message };
    }
    // Not running any more first, so a refetch prompted by the events sees the final state.
    running = null;
    deps.emit('meaning:downloadFinished', outcome);
    deps.emit('library:changed', settingsChanged('textModel'));
  }

  return {
    status,
    /** Starts the download unless one runs; answers at once, the outcome comes as an event. */
    start(): void {
      if (!running) void download();
    },
    cancel(): void {
      running?.controller.abort();
    },
    /** Deletes the downloaded files (and any part of them); refused while downloading. */
    async remove(): Promise<void> {
      if (running) throw new AppError('INVALID_INPUT', 'The text model is downloading: cancel the download first.');
      for (const kind of ORDER) {
        await rm(installedPath(kind), { force: true });
        await rm(`${installedPath(kind)}.part`, { force: true });
      }
      failure = null;
    },
    /** On quit: stop now; the `.part` file stays, so the next download resumes. */
    shutdown() {
      running?.controller.abort();
    },
  };
}
