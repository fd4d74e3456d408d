/**
 * Sentence vectors (all-MiniLM-L6-v2: 384 numbers, unit length) and the arithmetic on them, shared by the
 * embedding engine, the stores, the learned suggestions and search. Pure: no Node, DOM or model code.
 */
export const EMBEDDING_DIMS = 384;

/** The mean of the token vectors the attention mask keeps, scaled to unit length (the model's pooling). */
export function meanPool(hidden: Float32Array, mask: ArrayLike<number>, tokens: number, dims: number, row = 0): Float32Array {
  const out = new Float32Array(dims);
  let kept = 0;
  for (let t = 0; t < tokens; t++) {
    if (!mask[row * tokens + t]) continue;
    kept++;
    const at = (row * tokens + t) * dims;
    for (let d = 0; d < dims; d++) out[d]! += hidden[at + d]!;
  }
  if (kept > 0) for (let d = 0; d < dims; d++) out[d]! /= kept;
  return normalize(out);
}

/** The vector scaled to unit length (a zero vector stays zero). */
export function normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (let d = 0; d < v.length; d++) sum += v[d]! * v[d]!;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return v;
}

/** Cosine similarity of two unit vectors (their dot product). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}

/**
 * A unit vector as 8-bit integers (each number × 127, rounded): a quarter of the size, and cosines within
 * ~0.01 of the float ones. Read back with `dequantize`.
 */
export function quantize(v: Float32Array): Int8Array {
  const out = new Int8Array(v.length);
  for (let d = 0; d < v.length; d++) out[d] = Math.max(-127, Math.min(127, Math.round(v[d]! * 127)));
  return out;
}

export function dequantize(q: Int8Array): Float32Array {
  const out = new Float32Array(q.length);
  for (let d = 0; d < q.length; d++) out[d] = q[d]! / 127;
  return normalize(out);
}
