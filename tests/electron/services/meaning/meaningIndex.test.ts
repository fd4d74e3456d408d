import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMeaningIndex } from '../../../../electron/services/meaning/meaningIndex';
import { createRowReader } from '../../../../electron/services/meaning/rowReader';
import { EMBEDDING_DIMS, dequantize, normalize, quantize } from '../../../../shared/meaning/vectors';
import { tempDir } from '../../../helpers/fixtures';

const dir = tempDir('meaning-index');
afterAll(() => dir.cleanup());

/** A seeded unit vector (the same seed, the same vector). */
function vector(seed: number): Float32Array {
  let s = seed * 2654435761;
  return normalize(Float32Array.from({ length: EMBEDDING_DIMS }, () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1));
}
/** `turns` rows of 8-bit vectors, seeds from `first`. */
function rows(first: number, turns: number): Int8Array {
  const out = new Int8Array(turns * EMBEDDING_DIMS);
  for (let i = 0; i < turns; i++) out.set(quantize(vector(first + i)), i * EMBEDDING_DIMS);
  return out;
}

describe('meaning index (sign codes in memory, 8-bit rows re-scored from the calls’ files)', () => {
  const HEADER = 16;
  const files = new Map<string, string>();
  const write = (callId: string, data: Int8Array) => {
    const file = join(dir.path, `${callId}.bin`);
    writeFileSync(file, Buffer.concat([Buffer.alloc(HEADER), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]));
    files.set(callId, file);
  };
  const reader = createRowReader((callId) => (files.has(callId) ? { file: files.get(callId)!, offset: HEADER } : null));
  afterAll(() => reader.close());
  const index = createMeaningIndex(reader.readRows);
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  for (const [callId, first] of [
    ['a', 0],
    ['b', 1000],
    ['c', 2000],
  ] as const) {
    const data = rows(first, 300);
    write(callId, data);
    index.put(callId, ids(300, 't'), data);
  }

  it('finds the turn a query means, best first, with its cosine', async () => {
    const query = dequantize(quantize(vector(1042)));
    const [best, ...rest] = await index.search(query, { limit: 5, floor: 0.2 });
    expect(best).toMatchObject({ callId: 'b', turnId: 't42' });
    expect(best!.score).toBeGreaterThan(0.98);
    expect(rest.every((h) => h.score < best!.score)).toBe(true);
  });

  it('finds nothing under the relevance floor, and only the turns the other filters allow', async () => {
    const unrelated = vector(999_999);
    expect(await index.search(unrelated, { limit: 10, floor: 0.5 })).toEqual([]);
    const all = new Set(ids(300, 't'));
    const hits = await index.search(vector(1042), {
      limit: 5,
      floor: -1,
      within: new Map([
        ['a', all],
        ['c', all],
      ]),
    });
    expect(hits.some((h) => h.callId === 'b')).toBe(false);
    expect(hits).toHaveLength(5);
    const some = await index.search(vector(1042), { limit: 5, floor: -1, within: new Map([['b', new Set(['t1', 't2'])]]) });
    expect(some.map((h) => h.turnId).sort()).toEqual(['t1', 't2']);
    const [first] = await index.search(vector(1042), { limit: 1, floor: 0.2, skip: { callId: 'b', turnId: 't42' } });
    expect(first).not.toMatchObject({ callId: 'b', turnId: 't42' });
  });

  it('forgets a removed call, and takes a call’s new vectors whole', async () => {
    index.remove('b');
    expect((await index.search(vector(1042), { limit: 1, floor: 0.5 })).length).toBe(0);
    expect(index.size()).toEqual({ turns: 600, bytes: 600 * 48 });
    const moved = rows(1040, 5); // the same meaning, now in call c's file as its rows 0–4
    write('c', moved);
    await reader.forget('c');
    index.put('c', ids(5, 'n'), moved);
    expect(await index.search(vector(1042), { limit: 1, floor: 0.5 })).toEqual([{ callId: 'c', turnId: 'n2', score: expect.closeTo(1, 1) }]);
  });

  it('re-scores from more calls than it keeps files open, in parallel, for queries at once', async () => {
    // 150 calls (more than the 64 handles kept), each holding one copy of the same turn: every call is a
    // candidate, so handles are closed while other reads are under way.
    const many = createRowReader((callId) => (files.has(callId) ? { file: files.get(callId)!, offset: HEADER } : null));
    const wide = createMeaningIndex(many.readRows);
    for (let c = 0; c < 150; c++) {
      const data = rows(5000 + c * 10, 10);
      data.set(quantize(vector(7)), 3 * EMBEDDING_DIMS);
      write(`w${c}`, data);
      wide.put(`w${c}`, ids(10, 't'), data);
    }
    const searches = await Promise.all([1, 2, 3].map(() => wide.search(vector(7), { limit: 150, floor: 0.9 })));
    for (const hits of searches) {
      expect(hits).toHaveLength(150);
      expect(hits.every((h) => h.turnId === 't3')).toBe(true);
      expect(new Set(hits.map((h) => h.callId)).size).toBe(150);
    }
    expect(searches[1]).toEqual(searches[0]);
    await many.close();
  });
});
