/**
 * One bit per dimension (its sign): a 384-number vector becomes 48 bytes, and the number of differing
 * bits (Hamming distance) orders vectors nearly as their cosine does. Meaning search scans these codes
 * for every turn of the library, then re-scores the nearest few thousand with their 8-bit vectors
 * ("binary quantization with rescoring"), so it never holds every vector in memory.
 */
export const WORDS_PER_CODE = 12; // 384 bits

/** The sign bits of one vector (int8 or float), packed into 32-bit words. */
export function signCode(v: ArrayLike<number>, out = new Uint32Array(Math.ceil(v.length / 32)), at = 0): Uint32Array {
  const words = Math.ceil(v.length / 32);
  for (let w = 0; w < words; w++) {
    let bits = 0;
    for (let b = 0; b < 32 && w * 32 + b < v.length; b++) if (v[w * 32 + b]! > 0) bits |= 1 << b;
    out[at + w] = bits >>> 0;
  }
  return out;
}

/** Set bits of every 16-bit number: two lookups count a 32-bit word. */
const POP16 = (() => {
  const t = new Uint8Array(1 << 16);
  for (let i = 1; i < t.length; i++) t[i] = (i & 1) + t[i >> 1]!;
  return t;
})();

/** Differing bits between the code at `at` in `codes` and `query` (both WORDS_PER_CODE words). */
export function hamming(codes: Uint32Array, at: number, query: Uint32Array): number {
  let d = 0;
  for (let w = 0; w < query.length; w++) {
    const x = codes[at + w]! ^ query[w]!;
    d += POP16[x & 0xffff]! + POP16[x >>> 16]!;
  }
  return d;
}
