import type { Settings } from '../settings/settings';
import { markInterrupted } from '../transcription/queue';
import { openLibrary, type Library } from './library';

/** The library in use; Settings can switch it to another folder. */
export async function createLibraryRef(settings: Settings) {
  const folderFromSettings = () => settings.get().libraryFolder ?? settings.defaultLibraryFolder;
  const open = async () => {
    const library = await openLibrary(folderFromSettings());
    await markInterrupted(library);
    return library;
  };
  let current: Library = await open();
  return {
    get: () => current,
    async switchTo(folder: string | null): Promise<Library> {
      await settings.change({ libraryFolder: folder });
      current = await open();
      return current;
    },
  };
}
export type LibraryRef = Awaited<ReturnType<typeof createLibraryRef>>;
