import { describe, expect, it } from 'vitest';
import { WORDS_PER_CODE, hammingAll, signCode } from '../../../shared/meaning/binaryCodes';

/** Differing bits, one bit at a time: the plain definition the fast count must match. */
function slowHamming(a: Uint32Array, at: number, b: Uint32Array): number {
  let d = 0;
  for (let w = 0; w < WORDS_PER_CODE; w++) for (let bit = 0; bit < 32; bit++) d += ((a[at + w]! ^ b[w]!) >>> bit) & 1;
  return d;
}

describe('binary codes', () => {
  it('packs the sign of each dimension into 12 words', () => {
    const v = Array.from({ length: 384 }, (_, i) => (i % 3 === 0 ? 0.5 : -0.5));
    const code = signCode(v);
    expect(code).toHaveLength(WORDS_PER_CODE);
    expect(code[0]! & 1).toBe(1); // dimension 0 > 0
    expect((code[0]! >>> 1) & 1).toBe(0);
    expect((code[11]! >>> 29) & 1).toBe(1); // dimension 381 (= 11 × 32 + 29) > 0
    expect((code[11]! >>> 30) & 1).toBe(0); // dimension 382 < 0
  });

  it('counts differing bits for every code, all bits set and none included', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const rows = 500;
    const codes = new Uint32Array(rows * WORDS_PER_CODE).map(() => next());
    codes.fill(0xffffffff, 0, WORDS_PER_CODE); // row 0: every bit set
    codes.fill(0, WORDS_PER_CODE, 2 * WORDS_PER_CODE); // row 1: none
    const query = new Uint32Array(WORDS_PER_CODE).map(() => next());
    query[3] = 0xffffffff;
    const out = new Uint16Array(rows);
    hammingAll(codes, query, out);
    for (let r = 0; r < rows; r++) expect(out[r]).toBe(slowHamming(codes, r * WORDS_PER_CODE, query));
    hammingAll(codes.subarray(0, WORDS_PER_CODE), new Uint32Array(WORDS_PER_CODE), out);
    expect(out[0]).toBe(384);
  });
});
