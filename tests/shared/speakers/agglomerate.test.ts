import { describe, expect, it } from 'vitest';
import { agglomerate } from '../../../shared/speakers/agglomerate';
import { dot, type Vector } from '../../../shared/speakers/vectors';
import { random, voice, windowOf } from './voices';

/** The textbook greedy average linkage: merge the most similar pair of groups, again and again. */
function greedy(vectors: Vector[], stop: { threshold: number } | { count: number }): number[] {
  let groups = vectors.map((_, i) => [i]);
  const linkage = (a: number[], b: number[]) => a.reduce((s, i) => s + b.reduce((t, j) => t + dot(vectors[i]!, vectors[j]!), 0), 0) / (a.length * b.length);
  while (groups.length > ('count' in stop ? stop.count : 1)) {
    let best: [number, number, number] = [-Infinity, 0, 0];
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        const s = linkage(groups[a]!, groups[b]!);
        if (s > best[0]) best = [s, a, b];
      }
    if ('threshold' in stop && best[0] < stop.threshold) break;
    groups[best[1]] = [...groups[best[1]]!, ...groups[best[2]]!];
    groups = groups.filter((_, k) => k !== best[2]);
  }
  const label = new Array<number>(vectors.length);
  groups.sort((x, y) => Math.min(...x) - Math.min(...y)).forEach((g, k) => g.forEach((i) => (label[i] = k)));
  return label;
}

describe('agglomerate', () => {
  it('cuts the same groups as greedy average linkage, by threshold or by count', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rand = random(seed);
      const voices = [voice(rand), voice(rand), voice(rand)];
      const vectors = Array.from({ length: 40 }, (_, i) => windowOf(voices[i % 3]!, rand, 0.5 + 0.4 * rand()));
      for (const stop of [{ threshold: 0.3 }, { threshold: 0.5 }, { count: 2 }, { count: 5 }]) {
        expect(agglomerate(vectors, stop)).toEqual(greedy(vectors, stop));
      }
    }
  });

  it('handles nothing, one vector, and a count above the number of vectors', () => {
    const v = voice(random(9));
    expect(agglomerate([], { count: 2 })).toEqual([]);
    expect(agglomerate([v], { threshold: 0.5 })).toEqual([0]);
    expect(agglomerate([v, v], { count: 3 })).toEqual([0, 1]);
  });
});
