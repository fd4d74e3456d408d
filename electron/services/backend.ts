import type { Emit, Handlers, LibraryInfo } from '../../shared/contract';
import type { CallDetail } from '../../shared/domain/call';
import { importRecordings, importSpeakerTracks } from './importer/importer';
import { openLibrary, type Library } from './library/library';
import { openSettings } from './settings/settings';
import { baseName } from '../../shared/domain/title';

/** Native dialogs, supplied by the shell (Electron) or by the test harness. */
export type Dialogs = {
  pickAudioFiles(multiple: boolean): Promise<string[]>;
  pickFolder(): Promise<string | null>;
};

export type BackendOptions = { userDataDir: string; dialogs: Dialogs; emit: Emit };

export type Backend = {
  handlers: Handlers;
  /** The library folder in use now (it can change from Settings). */
  libraryFolder(): string;
};

/**
 * Composes the services into the contract's handlers. The Electron shell binds them to IPC; the
 * end-to-end harness binds the very same object into Chromium.
 */
export async function createBackend({ userDataDir, dialogs, emit }: BackendOptions): Promise<Backend> {
  const settings = await openSettings(userDataDir);
  const folderFromSettings = () => settings.get().libraryFolder ?? settings.defaultLibraryFolder;
  let library: Library = await openLibrary(folderFromSettings());

  const info = (): LibraryInfo => ({
    folder: library.folder,
    isDefault: library.folder === settings.defaultLibraryFolder,
    callCount: library.list().length,
    problem: library.problem(),
  });
  const changed = (reason: string) => emit('library:changed', { reason });

  async function switchTo(folder: string | null): Promise<LibraryInfo> {
    await settings.setLibraryFolder(folder);
    library = await openLibrary(folderFromSettings());
    changed('folder');
    return info();
  }

  const handlers: Handlers = {
    'library:info': async () => info(),
    'library:chooseFolder': async () => {
      const folder = await dialogs.pickFolder();
      if (!folder || folder === library.folder) return { changed: false, library: info() };
      return { changed: true, library: await switchTo(folder) };
    },
    'library:useDefaultFolder': async () => switchTo(null),
    'library:rebuildIndex': async () => {
      await library.rebuildIndex();
      changed('rebuilt');
      return info();
    },
    'calls:list': async () => library.list(),
    'calls:get': async ({ callId }) => {
      const call = await library.get(callId);
      const detail: CallDetail = {
        ...call,
        tracks: call.tracks.map((t) => ({ ...t, url: `/media/${call.id}/${encodeURIComponent(t.file)}` })),
      };
      return detail;
    },
    'calls:pickFiles': async ({ multiple }) =>
      (await dialogs.pickAudioFiles(multiple)).map((path) => ({ path, name: baseName(path) })),
    'calls:import': async ({ paths }) => {
      const outcomes = await importRecordings(library, paths);
      if (outcomes.some((o) => o.kind === 'imported')) changed('import');
      return outcomes;
    },
    'calls:importTracks': async ({ title, tracks }) => {
      const outcome = await importSpeakerTracks(library, tracks, title);
      if (outcome.kind === 'imported') changed('import');
      return outcome;
    },
    'calls:rename': async ({ callId, title }) => {
      const summary = await library.update(callId, (call) => ({ ...call, title }));
      changed('rename');
      return summary;
    },
    'calls:setRecordedAt': async ({ callId, recordedAt }) => {
      const iso = new Date(recordedAt).toISOString();
      const summary = await library.update(callId, (call) => ({ ...call, recordedAt: iso }));
      changed('recordedAt');
      return summary;
    },
    'calls:delete': async ({ callId }) => {
      await library.remove(callId);
      changed('delete');
      return { deleted: true as const };
    },
  };

  return { handlers, libraryFolder: () => library.folder };
}
