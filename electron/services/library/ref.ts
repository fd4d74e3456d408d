import type { Settings } from '../settings/settings';
import { markInterrupted } from '../transcription/queue';
import { seedDemoOnce } from './demo';
import type { LockOptions } from './lock';
import { openLibrary, type Library } from './library';

/** Something that still works on a library and must let go of it before it is retired (transcription jobs). */
export type RetiringListener = (library: Library) => Promise<void>;

/**
 * The library in use; Settings can switch it to another folder. The one being left is retired: whatever
 * still works on it is stopped first, then its writes in flight land and its lock is let go, and any later
 * write through it is refused, so nothing stale is ever written back to its folder.
 */
export async function createLibraryRef(settings: Settings, lock: LockOptions = {}, demoDir?: string) {
  const folderFromSettings = () => settings.get().libraryFolder ?? settings.defaultLibraryFolder;
  const retiring: RetiringListener[] = [];
  const open = async () => {
    const library = await openLibrary(folderFromSettings(), { lock });
    // Read-only (open in another instance): its "transcribing" calls are that instance's running jobs.
    if (library.problem()?.code !== 'LIBRARY_LOCKED') await markInterrupted(library);
    // The demo is a welcome, not the library: one that can't be added must not keep the library closed.
    if (demoDir) await seedDemoOnce(library, demoDir).catch((e: unknown) => console.error('The demo call could not be added:', e));
    return library;
  };
  const retire = async (library: Library) => {
    for (const listener of retiring) await listener(library);
    await library.retire();
  };
  let current: Library = await open();
  return {
    get: () => current,
    onRetiring(listener: RetiringListener): void {
      retiring.push(listener);
    },
    async switchTo(folder: string | null): Promise<Library> {
      await settings.change({ libraryFolder: folder });
      const previous = current;
      await retire(previous); // first: the folder may be the same one, whose lock must be free to take again
      current = await open();
      return current;
    },
    /** On quit: stop what works on the library, let its writes land and release its lock. */
    close: () => retire(current),
  };
}
export type LibraryRef = Awaited<ReturnType<typeof createLibraryRef>>;
