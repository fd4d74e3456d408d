import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TEXT_MODEL_ID } from '../../../shared/meaning/textModel';
import { EMBEDDING_DIMS, dequantize } from '../../../shared/meaning/vectors';
import type { Library } from '../library/library';
import type { LibraryRef } from '../library/ref';
import { createMeaningIndex, type AllowedTurns, type MeaningHit, type MeaningIndex } from './meaningIndex';
import { createRowReader, type RowsLocation } from './rowReader';
import { MEANING_FILE, readTurnVectors } from './store';

export type MeaningQuery =
  /** Words to look for by meaning. */
  | { text: string }
  /** "Find moments like this": the turn's own vector is the query, and the turn itself is left out. */
  | { like: { callId: string; turnId: string } };

export type MeaningSearchDeps = {
  ref: Pick<LibraryRef, 'get'>;
  /** The query's vector from the text model; null when there is no model in use. */
  embed: (text: string) => Promise<Float32Array | null>;
};

/**
 * Search by meaning over the library in use: the meaning index (sign codes of every turn in memory, rows
 * re-scored from the calls' meaning.bin) loaded in the background when a library opens, and kept in line
 * as calls get new vectors (`load`) or go (`remove`).
 */
export function createMeaningSearch(deps: MeaningSearchDeps) {
  type Open = { library: Library; index: MeaningIndex; reader: ReturnType<typeof createRowReader>; loading: Promise<void> };
  const locations = new Map<string, RowsLocation>();
  let current: Open | null = null;

  function open(): Open {
    const library = deps.ref.get();
    if (current?.library === library) return current;
    void current?.reader.close();
    locations.clear();
    const reader = createRowReader((callId) => locations.get(callId) ?? null);
    const index = createMeaningIndex(reader.readRows);
    const opened: Open = { library, index, reader, loading: Promise.resolve() };
    current = opened;
    opened.loading = (async () => {
      for (const call of library.list()) if (current === opened) await put(opened, call.id).catch(() => undefined);
    })();
    return opened;
  }

  /** The index of the library in use when a search has opened it, else null. */
  const opened = (): Open | null => (current?.library === deps.ref.get() ? current : null);

  /** Reads a call's stored vectors into the index (or takes it out when it has none). */
  async function put(o: Open, callId: string): Promise<void> {
    const file = join(o.library.callDir(callId), MEANING_FILE);
    const stored = await readTurnVectors(o.library.callDir(callId));
    await o.reader.forget(callId);
    if (!stored || stored.modelId !== TEXT_MODEL_ID || stored.dims !== EMBEDDING_DIMS) {
      o.index.remove(callId);
      locations.delete(callId);
      return;
    }
    // The rows are the file's last bytes (shared/meaning/turnVectors.ts).
    const size = (await stat(file)).size;
    locations.set(callId, { file, offset: size - stored.vectors.length });
    o.index.put(callId, stored.turnIds, stored.vectors);
  }

  return {
    /** A call's vectors were written: search finds its turns as they are now. */
    // Kept in line only once a search opened the index for this library: until then there is nothing to
    // update, and opening it here would read every call's vectors after each transcription.
    async load(callId: string): Promise<void> {
      const o = opened();
      if (!o) return;
      await o.loading;
      await put(o, callId).catch(() => undefined);
    },
    remove(callId: string): void {
      const o = opened();
      if (!o) return;
      o.index.remove(callId);
      locations.delete(callId);
      void o.reader.forget(callId);
    },
    /**
     * The turns nearest in meaning, best first; null when the model is not in use (the query can't be
     * read), [] when nothing passes the floor. `within` keeps the search to the turns the filters allow.
     */
    async search(q: MeaningQuery, o: { limit: number; floor: number; within?: AllowedTurns }): Promise<MeaningHit[] | null> {
      const opened = open();
      await opened.loading;
      let vector: Float32Array | null;
      if ('text' in q) vector = await deps.embed(q.text);
      else {
        const { callId, turnId } = q.like;
        const stored = await readTurnVectors(opened.library.callDir(callId));
        const row = stored ? stored.turnIds.indexOf(turnId) : -1;
        if (!stored || row < 0) return [];
        vector = dequantize(stored.vectors.subarray(row * EMBEDDING_DIMS, (row + 1) * EMBEDDING_DIMS));
      }
      if (!vector) return null;
      return opened.index.search(vector, { limit: o.limit, floor: o.floor, within: o.within, skip: 'like' in q ? q.like : undefined });
    },
    /** Resolves when the index holds every call's stored vectors (tests). */
    settled: () => open().loading,
    close: () => current?.reader.close(),
  };
}

export type MeaningSearch = ReturnType<typeof createMeaningSearch>;
