/** Small vector helpers for speaker embeddings (192 floats from CAM++). */
export type Vector = Float32Array;

export function normalized(v: ArrayLike<number>): Vector {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum) || 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

/** Cosine similarity of two unit vectors. */
export function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** The weighted mean direction of `vectors` (unit length), or null when no weight is given. */
export function meanDirection(vectors: Vector[], weights: number[]): Vector | null {
  if (vectors.length === 0) return null;
  const sum = new Float32Array(vectors[0]!.length);
  let total = 0;
  vectors.forEach((v, i) => {
    const w = weights[i] ?? 1;
    total += w;
    for (let d = 0; d < v.length; d++) sum[d]! += w * v[d]!;
  });
  return total > 0 ? normalized(sum) : null;
}
