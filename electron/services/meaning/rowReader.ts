import { open, type FileHandle } from 'node:fs/promises';
import { EMBEDDING_DIMS } from '../../../shared/meaning/vectors';
import type { ReadRows } from './meaningIndex';

/** Where a call's 8-bit rows are: a file, and the byte offset of its first row (after the file's header). */
export type RowsLocation = { file: string; offset: number };

/** Files kept open between queries: a search re-scores candidates from a few hundred calls at most. */
const OPEN_FILES = 64;

/**
 * Reads the rows meaning search re-scores, straight from the calls' vector files (positioned reads, one
 * per row), so the vectors stay on disk. Handles are kept for the next query (least recently used closed);
 * `forget` closes a call's handle when its file is replaced or deleted.
 */
export function createRowReader(locate: (callId: string) => RowsLocation | null) {
  const handles = new Map<string, { handle: Promise<FileHandle>; location: RowsLocation }>();
  const handleOf = (callId: string): { handle: Promise<FileHandle>; location: RowsLocation } | null => {
    const known = handles.get(callId);
    if (known) {
      handles.delete(callId);
      handles.set(callId, known); // most recently used last
      return known;
    }
    const location = locate(callId);
    if (!location) return null;
    const entry = { handle: open(location.file, 'r'), location };
    handles.set(callId, entry);
    if (handles.size > OPEN_FILES) {
      const [oldest, { handle }] = handles.entries().next().value!;
      handles.delete(oldest);
      void handle.then((h) => h.close()).catch(() => {});
    }
    return entry;
  };

  const readRows: ReadRows = async (callId, rows) => {
    const entry = handleOf(callId);
    if (!entry) return rows.map(() => new Int8Array(EMBEDDING_DIMS)); // gone meanwhile: scores 0, under any floor
    const handle = await entry.handle;
    return Promise.all(
      rows.map(async (row) => {
        const out = new Int8Array(EMBEDDING_DIMS);
        await handle.read(out, 0, EMBEDDING_DIMS, entry.location.offset + row * EMBEDDING_DIMS);
        return out;
      }),
    );
  };

  return {
    readRows,
    async forget(callId: string): Promise<void> {
      const entry = handles.get(callId);
      handles.delete(callId);
      await entry?.handle.then((h) => h.close()).catch(() => {});
    },
    async close(): Promise<void> {
      const all = [...handles.values()];
      handles.clear();
      await Promise.all(all.map((e) => e.handle.then((h) => h.close()).catch(() => {})));
    },
  };
}
