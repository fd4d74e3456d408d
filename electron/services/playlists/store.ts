import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError, isAppError } from '../../../shared/errors';
import { emptyPlaylistsDocument, PlaylistsDocument } from '../../../shared/playlists/views';
import { DurableJsonFile, openDocument, writeDocument, type DocumentSpec } from '../library/documents';
import type { LibraryRef } from '../library/ref';

/** In the library folder: clips point at its calls, so they belong to it and move with it. */
export const PLAYLISTS_FILE = 'playlists.json';

const spec: DocumentSpec<PlaylistsDocument> = { label: 'The playlists', schema: PlaylistsDocument, version: 1, migrations: {} };

export type PlaylistsStore = ReturnType<typeof createPlaylistsStore>;

/**
 * The playlists document of the library in use (switching the library folder switches it). Written only
 * once something is made, through the durable path (atomic write, last good copy kept beside it). A damaged
 * file with no good copy is reported on every use and never written over; it is read again once mended.
 */
export function createPlaylistsStore(ref: Pick<LibraryRef, 'get'>) {
  let opened: { folder: string; doc: Promise<Low<PlaylistsDocument> | null> } | null = null;
  /** Changes one after another, so two never start from the same document. */
  let queue: Promise<unknown> = Promise.resolve();

  function current(): Promise<Low<PlaylistsDocument> | null> {
    const folder = ref.get().folder;
    if (opened?.folder !== folder) {
      const doc = openDocument(join(folder, PLAYLISTS_FILE), spec, null).catch((e: unknown) => {
        if (isAppError(e) && e.code === 'NOT_FOUND') return null;
        throw e;
      });
      doc.catch(() => (opened = null));
      opened = { folder, doc };
    }
    return opened.doc;
  }

  async function read(): Promise<PlaylistsDocument> {
    return (await current())?.data ?? emptyPlaylistsDocument();
  }

  /**
   * Applies `edit` to a copy of the document and saves it; the copy becomes the document only once it is
   * on disk, so an edit that throws, or a save that fails, changes nothing.
   */
  function change<T>(edit: (draft: PlaylistsDocument) => T): Promise<T> {
    const run = async () => {
      const library = ref.get();
      const locked = library.problem();
      if (locked?.code === 'LIBRARY_LOCKED') throw new AppError(locked.code, locked.message);
      let db = await current();
      const draft = structuredClone(db?.data ?? emptyPlaylistsDocument());
      const result = edit(draft);
      if (!db) {
        db = new Low<PlaylistsDocument>(new DurableJsonFile<PlaylistsDocument>(join(library.folder, PLAYLISTS_FILE)), draft);
      }
      const before = db.data;
      db.data = draft;
      try {
        await writeDocument(db, spec);
      } catch (e) {
        db.data = before;
        throw e;
      }
      if (opened?.folder === library.folder) opened = { folder: library.folder, doc: Promise.resolve(db) };
      return result;
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  return { read, change, path: () => join(ref.get().folder, PLAYLISTS_FILE) };
}
