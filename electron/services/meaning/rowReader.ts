import { open, type FileHandle } from 'node:fs/promises';
import { EMBEDDING_DIMS } from '../../../shared/meaning/vectors';
import type { ReadRows } from './meaningIndex';

/** Where a call's 8-bit rows are: a file, and the byte offset of its first row (after the file's header). */
export type RowsLocation = { file: string; offset: number };

/** Files kept open between queries: a search re-scores candidates from a few hundred calls at most. */
const OPEN_FILES = 64;

type Entry = {
  handle: Promise<FileHandle>;
  location: RowsLocation;
  readers: number;
  /** Set once the handle is to close: it closes when its last read ends; resolves when closed. */
  closed: Promise<void> | null;
  done: () => void;
};

/**
 * Reads the rows meaning search re-scores, straight from the calls' vector files (positioned reads, one
 * per row), so the vectors stay on disk. A search reads its calls in parallel; handles are kept for the
 * next query (least recently used closed, once no read is using it); `forget` closes a call's handle when
 * its file is replaced or deleted.
 */
export function createRowReader(locate: (callId: string) => RowsLocation | null) {
  const handles = new Map<string, Entry>();
  const close = (entry: Entry) =>
    void entry.handle
      .then((h) => h.close())
      .catch(() => {})
      .then(entry.done);
  const release = (entry: Entry) => {
    entry.readers--;
    if (entry.closed && entry.readers === 0) close(entry);
  };
  const retire = (entry: Entry): Promise<void> => {
    if (entry.closed) return entry.closed;
    entry.closed = new Promise((resolve) => (entry.done = resolve));
    if (entry.readers === 0) close(entry);
    return entry.closed;
  };

  const acquire = (callId: string): Entry | null => {
    let entry = handles.get(callId);
    if (entry)
      handles.delete(callId); // re-inserted below: most recently used last
    else {
      const location = locate(callId);
      if (!location) return null;
      entry = { handle: open(location.file, 'r'), location, readers: 0, closed: null, done: () => {} };
    }
    handles.set(callId, entry);
    entry.readers++;
    if (handles.size > OPEN_FILES) {
      const [oldest, evicted] = handles.entries().next().value!;
      handles.delete(oldest);
      void retire(evicted);
    }
    return entry;
  };

  const readRows: ReadRows = async (callId, rows) => {
    const entry = acquire(callId);
    if (!entry) return rows.map(() => new Int8Array(EMBEDDING_DIMS)); // gone meanwhile: scores 0, under any floor
    try {
      const handle = await entry.handle;
      return await Promise.all(
        rows.map(async (row) => {
          const out = new Int8Array(EMBEDDING_DIMS);
          await handle.read(out, 0, EMBEDDING_DIMS, entry.location.offset + row * EMBEDDING_DIMS);
          return out;
        }),
      );
    } finally {
      release(entry);
    }
  };

  return {
    readRows,
    /** Closes the call's file (once reads in progress end). */
    async forget(callId: string): Promise<void> {
      const entry = handles.get(callId);
      handles.delete(callId);
      if (entry) await retire(entry);
    },
    async close(): Promise<void> {
      const all = [...handles.values()];
      handles.clear();
      await Promise.all(all.map(retire));
    },
  };
}
