import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PinnedDownloadOutcome, PinnedDownloadProgress, PinnedDownloadStatus, PinnedFile } from '../../../shared/domain/pinnedDownload';
import { AppError, isAppError } from '../../../shared/errors';
import type { Fetch } from '../ports';
import { downloadModel, sha256Of } from './download';

export type PinnedDownloadDeps<K extends string> = {
  /** The app's models folder; each file goes into its folder inside it. */
  modelsDir: string;
  files: Readonly<Record<K, PinnedFile>>;
  /** The order to fetch them in: the small files first, so a broken connection shows up before the long download. */
  order: readonly K[];
  /** Each file's name in messages ("speaker embedding model"). */
  what: Readonly<Record<K, string>>;
  /** Electron's net.fetch in the app (proxies apply); Node's fetch when absent. */
  fetch?: Fetch;
  /** Whether the installed files are the ones in use. */
  inUse: (paths: Record<K, string>) => boolean;
  /** Checks the verified files and puts them in use; throws when they can't be. */
  install: (paths: Record<K, string>) => Promise<void>;
  /** The bytes so far, across all files (at most once a percent). */
  onProgress: (progress: PinnedDownloadProgress) => void;
  /** The download ended; the status already says so. */
  onFinished: (outcome: PinnedDownloadOutcome) => void;
};

/**
 * Downloads a set of pinned files with the model manager's downloader (resume from `.part`, sha256 check
 * before a file takes its name) and puts them in use only once all are verified and installed, so a
 * cancelled or failed download never leaves them half set up.
 */
export function createPinnedDownload<K extends string>(deps: PinnedDownloadDeps<K>) {
  let running: { controller: AbortController; receivedBytes: number } | null = null;
  /** Why the last download failed, until it is tried again (Settings may have been closed meanwhile). */
  let failure: string | null = null;
  const totalBytes = deps.order.reduce((sum, kind) => sum + deps.files[kind].bytes, 0);
  const folderOf = (kind: K) => join(deps.modelsDir, ...deps.files[kind].folder.split('/'));
  const installedPath = (kind: K) => join(folderOf(kind), deps.files[kind].file);
  const installedPaths = () => Object.fromEntries(deps.order.map((kind) => [kind, installedPath(kind)])) as Record<K, string>;
  const sizeOf = (path: string) =>
    stat(path).then(
      (s) => s.size,
      () => null,
    );

  async function status(): Promise<PinnedDownloadStatus> {
    const inUse = deps.inUse(installedPaths());
    if (running) return { state: 'downloading', receivedBytes: running.receivedBytes, totalBytes, inUse, error: null };
    let receivedBytes = 0;
    let installed = 0;
    for (const kind of deps.order) {
      // Only a verified file is ever renamed into place, so one there is whole.
      if ((await sizeOf(installedPath(kind))) !== null) {
        installed++;
        receivedBytes += deps.files[kind].bytes;
      } else {
        receivedBytes += (await sizeOf(`${installedPath(kind)}.part`)) ?? 0;
      }
    }
    const state = installed === deps.order.length ? 'installed' : receivedBytes > 0 ? 'partial' : 'available';
    return { state, receivedBytes, totalBytes, inUse, error: failure };
  }

  /** One file: skipped when its verified copy is already there, else downloaded (or resumed). */
  async function fetchFile(kind: K, before: number, state: NonNullable<typeof running>): Promise<string> {
    const entry = deps.files[kind];
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
            deps.onProgress({ receivedBytes: overall, totalBytes });
          }
          state.receivedBytes = overall;
        },
      });
    } catch (e) {
      if (!isAppError(e) || e.code === 'CANCELLED') throw e;
      throw new AppError(e.code, `The ${deps.what[kind]} couldn't be downloaded: ${e.message}`);
    }
  }

  async function download(): Promise<void> {
    const state = { controller: new AbortController(), receivedBytes: 0 };
    running = state;
    failure = null;
    deps.onProgress({ receivedBytes: 0, totalBytes });
    let outcome: PinnedDownloadOutcome;
    try {
      const paths = {} as Record<K, string>;
      let before = 0;
      for (const kind of deps.order) {
        paths[kind] = await fetchFile(kind, before, state);
        before += deps.files[kind].bytes;
        state.receivedBytes = before;
      }
      await deps.install(paths);
      outcome = { outcome: 'installed', message: null };
    } catch (e) {
      const cancelled = state.controller.signal.aborted;
      const message = isAppError(e) ? e.message : String(e);
      if (!cancelled) failure = message;
      outcome = { outcome: cancelled ? 'cancelled' : 'failed', message: cancelled ? null : message };
    }
    // Not running any more first, so a refetch prompted by the events sees the final state.
    running = null;
    deps.onFinished(outcome);
  }

  return {
    status,
    installedPaths,
    downloading: () => running !== null,
    /** Starts the download unless one runs; the outcome comes through onFinished. */
    start(): void {
      if (!running) void download();
    },
    cancel(): void {
      running?.controller.abort();
    },
    /** Deletes the downloaded files and any part of them (the caller refuses this while downloading). */
    async removeFiles(): Promise<void> {
      for (const kind of deps.order) {
        await rm(installedPath(kind), { force: true });
        await rm(`${installedPath(kind)}.part`, { force: true });
      }
      failure = null;
    },
    /** On quit: stop now; the `.part` file stays, so the next download resumes. */
    shutdown(): void {
      running?.controller.abort();
    },
  };
}
