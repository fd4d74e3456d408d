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

/** Bits set in each 4-bit group of `x` after two SWAR steps (each group ≤ 4, so three words can be summed). */
const pairs = (x: number): number => {
  x = x - ((x >>> 1) & 0x55555555);
  return (x & 0x33333333) + ((x >>> 2) & 0x33333333);
};

/** Sums the byte-wide counts of a word of 4-bit groups (three words' worth at most) into the bytes. */
const bytes = (n: number): number => (n & 0x0f0f0f0f) + ((n >>> 4) & 0x0f0f0f0f);

/**
 * Differing bits between the query and every code in `codes` (WORDS_PER_CODE words each), into `out`.
 * Meaning search runs this over every turn of the library (1.5 million codes), so the 12 words are
 * unrolled and counted together (SWAR popcount: groups of 3 words share the nibble sums, the bytes add
 * up to at most 96, then fold once): about a third faster here than a 16-bit lookup table per word.
 */
export function hammingAll(codes: Uint32Array, query: Uint32Array, out: Uint16Array): void {
  const [q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11] = query;
  const rows = codes.length / WORDS_PER_CODE;
  for (let r = 0, a = 0; r < rows; r++, a += WORDS_PER_CODE) {
    let acc =
      bytes(pairs(codes[a]! ^ q0!) + pairs(codes[a + 1]! ^ q1!) + pairs(codes[a + 2]! ^ q2!)) +
      bytes(pairs(codes[a + 3]! ^ q3!) + pairs(codes[a + 4]! ^ q4!) + pairs(codes[a + 5]! ^ q5!)) +
      bytes(pairs(codes[a + 6]! ^ q6!) + pairs(codes[a + 7]! ^ q7!) + pairs(codes[a + 8]! ^ q8!)) +
      bytes(pairs(codes[a + 9]! ^ q9!) + pairs(codes[a + 10]! ^ q10!) + pairs(codes[a + 11]! ^ q11!));
    acc = (acc & 0x00ff00ff) + ((acc >>> 8) & 0x00ff00ff);
    out[r] = (acc & 0xffff) + (acc >>> 16);
  }
}
