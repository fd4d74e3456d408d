import { normalized, type Vector } from '../../../shared/speakers/vectors';

/** Deterministic pseudo-random numbers (mulberry32), so synthetic voices are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gauss = (rand: () => number) => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

/** A random direction in 192 dimensions (CAM++'s size): two of them are nearly orthogonal. */
export function voice(rand: () => number): Vector {
  return normalized(Array.from({ length: 192 }, () => gauss(rand)));
}

/**
 * One window of a voice: its direction plus noise, at a cosine of about `similarity` to the voice (real
 * CAM++ windows of one speaker sit around 0.6–0.8 to their mean, 0.6 to each other).
 */
export function windowOf(v: Vector, rand: () => number, similarity = 0.8): Vector {
  const noise = voice(rand);
  const w = Math.sqrt(1 / (similarity * similarity) - 1);
  return normalized(Array.from(v, (x, i) => x + w * noise[i]!));
}
