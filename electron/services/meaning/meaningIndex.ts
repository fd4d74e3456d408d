import { WORDS_PER_CODE, hammingAll, signCode } from '../../../shared/meaning/binaryCodes';
import { EMBEDDING_DIMS } from '../../../shared/meaning/vectors';

/** A turn found by meaning: its call, its row in that call's vectors, and the cosine to the query. */
export type MeaningHit = { callId: string; turnId: string; score: number };

/** Reads rows of a call's 8-bit vectors (from its file) for re-scoring: one Int8Array of EMBEDDING_DIMS per row. */
export type ReadRows = (callId: string, rows: number[]) => Promise<Int8Array[]>;

export type MeaningSearchOptions = {
  /** Turns wanted. */
  limit: number;
  /** Turns below this cosine are not a match (the relevance floor: nonsense finds nothing). */
  floor: number;
  /** Only these turns may be found (the search's other filters), by call, when given: other calls aren't scanned. */
  within?: AllowedTurns;
  /** A turn never found (the one a "like this" search starts from). */
  skip?: { callId: string; turnId: string };
};

/** Turn ids by call id. */
export type AllowedTurns = ReadonlyMap<string, ReadonlySet<string>>;

/** Candidates re-scored with their 8-bit vectors per turn wanted: recall of sign codes alone is not enough. */
const RESCORE_PER_HIT = 10;
const MIN_RESCORED = 200;

/** Cosine of an 8-bit row (a unit vector × 127) and a unit query. */
function cosine8(row: Int8Array, query: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < EMBEDDING_DIMS; d++) dot += row[d]! * query[d]!;
  return dot / 127;
}

/**
 * The library's turns by meaning, in memory as sign codes only (48 bytes a turn: 72 MB for 1.5 million
 * turns). A query scans every code (Hamming distance), keeps the nearest few thousand, and re-scores
 * those with their 8-bit vectors read from the calls' files. A call is added or replaced whole when its
 * vectors change, and removed with the call.
 */
export function createMeaningIndex(readRows: ReadRows) {
  type Slot = { callId: string; turnIds: string[]; codes: Uint32Array };
  const calls = new Map<string, Slot>();

  return {
    /** Adds or replaces a call's turns: `vectors` holds one row of EMBEDDING_DIMS per turn id, in order. */
    put(callId: string, turnIds: readonly string[], vectors: Int8Array): void {
      const codes = new Uint32Array(turnIds.length * WORDS_PER_CODE);
      for (let r = 0; r < turnIds.length; r++) signCode(vectors.subarray(r * EMBEDDING_DIMS, (r + 1) * EMBEDDING_DIMS), codes, r * WORDS_PER_CODE);
      calls.set(callId, { callId, turnIds: [...turnIds], codes });
    },
    remove(callId: string): void {
      calls.delete(callId);
    },
    has: (callId: string) => calls.has(callId),
    /** Turns indexed, and the memory their codes take. */
    size(): { turns: number; bytes: number } {
      let turns = 0;
      for (const s of calls.values()) turns += s.turnIds.length;
      return { turns, bytes: turns * WORDS_PER_CODE * 4 };
    },

    /** The turns nearest in meaning to `query` (a unit vector), best first, at or above the floor. */
    async search(query: Float32Array, o: MeaningSearchOptions): Promise<MeaningHit[]> {
      const queryCode = signCode(query);
      const keep = Math.max(MIN_RESCORED, o.limit * RESCORE_PER_HIT);
      // The nearest `keep` codes: distances and their histogram in one pass, then the rows within the
      // cut-off distance (no object per turn, no sort of every turn).
      const within = o.within;
      const slots = within ? [...calls.values()].filter((s) => within.has(s.callId)) : [...calls.values()];
      const distances = slots.map((slot) => new Uint16Array(slot.turnIds.length));
      const histogram = new Uint32Array(EMBEDDING_DIMS + 2);
      const EXCLUDED = EMBEDDING_DIMS + 1;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        const d = distances[i]!;
        hammingAll(slot.codes, queryCode, d);
        const allowed = within?.get(slot.callId);
        if (allowed) for (let r = 0; r < d.length; r++) if (!allowed.has(slot.turnIds[r]!)) d[r] = EXCLUDED;
        if (o.skip?.callId === slot.callId) {
          const r = slot.turnIds.indexOf(o.skip.turnId);
          if (r >= 0) d[r] = EXCLUDED;
        }
        for (let r = 0; r < d.length; r++) histogram[d[r]!]!++;
      }
      let cutoff = 0;
      for (let seen = histogram[0]!; cutoff < EMBEDDING_DIMS && seen < keep;) seen += histogram[++cutoff]!;
      // Re-score the rows within it with their 8-bit vectors: one file per call, the calls read in parallel.
      const perCall: [Slot, number[]][] = [];
      for (let i = 0; i < slots.length; i++) {
        const d = distances[i]!;
        const rows: number[] = [];
        for (let row = 0; row < d.length; row++) if (d[row]! <= cutoff) rows.push(row);
        if (rows.length > 0) perCall.push([slots[i]!, rows]);
      }
      const found = await Promise.all(
        perCall.map(async ([slot, rows]) => {
          const vectors = await readRows(slot.callId, rows);
          return rows.map((row, i) => ({ callId: slot.callId, turnId: slot.turnIds[row]!, score: cosine8(vectors[i]!, query) }));
        }),
      );
      // In call order whatever order the reads ended in, so equal scores always rank the same.
      const hits = found.flat().filter((h) => h.score >= o.floor);
      return hits.sort((a, b) => b.score - a.score).slice(0, o.limit);
    },
  };
}

export type MeaningIndex = ReturnType<typeof createMeaningIndex>;
