import { describe, expect, it } from 'vitest';
import { clusterVoices, type VoiceSample } from '../../../shared/speakers/cluster';
import { dot } from '../../../shared/speakers/vectors';
import { random, voice, windowOf } from './voices';

/** `counts[k]` windows of 2 s for speaker k, interleaved as a conversation would be. */
function conversation(seed: number, counts: number[], seconds = 2, similarity = 0.8): { samples: VoiceSample[]; truth: number[] } {
  const rand = random(seed);
  const voices = counts.map(() => voice(rand));
  const left = [...counts];
  const samples: VoiceSample[] = [];
  const truth: number[] = [];
  while (left.some((n) => n > 0)) {
    left.forEach((n, k) => {
      if (n <= 0) return;
      samples.push({ embedding: windowOf(voices[k]!, rand, similarity), seconds });
      truth.push(k);
      left[k] = n - 1;
    });
  }
  return { samples, truth };
}

/** Share of samples whose label matches the truth under the best one-to-one mapping (labels ≤ 3 here). */
function purity(labels: number[], truth: number[]): number {
  const perms = (n: number): number[][] =>
    n === 0 ? [[]] : perms(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
  const k = Math.max(...labels, ...truth) + 1;
  return Math.max(...perms(k).map((p) => labels.filter((l, i) => p[l] === truth[i]).length / labels.length));
}

describe('clusterVoices', () => {
  it('finds one speaker when every window is the same voice', () => {
    const { samples } = conversation(1, [40]);
    const result = clusterVoices(samples);
    expect(result.centroids).toHaveLength(1);
    expect(new Set(result.labels)).toEqual(new Set([0]));
  });

  it('finds two and three speakers by itself, each window to its own voice', () => {
    for (const counts of [
      [30, 20],
      [25, 20, 10],
    ]) {
      const { samples, truth } = conversation(2, counts);
      const result = clusterVoices(samples);
      expect(result.centroids).toHaveLength(counts.length);
      expect(purity(result.labels, truth)).toBe(1);
    }
  });

  it('numbers speakers in order of first appearance', () => {
    const { samples } = conversation(3, [10, 10]);
    expect(clusterVoices(samples.reverse()).labels[0]).toBe(0);
  });

  it('folds a stray window (a cough, a door) into the nearest speaker instead of making it a speaker', () => {
    const { samples } = conversation(4, [30, 30]);
    const stray = voice(random(99));
    const result = clusterVoices([...samples, { embedding: stray, seconds: 1.5 }]);
    expect(result.centroids).toHaveLength(2);
  });

  it('gives short windows (under a second) a speaker without letting them shape the clusters', () => {
    const { samples, truth } = conversation(5, [20, 20]);
    const rand = random(6);
    const short = samples.slice(0, 6).map((s) => ({ embedding: windowOf(s.embedding, rand, 0.9), seconds: 0.5 }));
    const result = clusterVoices([...samples, ...short]);
    expect(result.centroids).toHaveLength(2);
    expect(purity(result.labels.slice(0, samples.length), truth)).toBe(1);
    expect(result.labels.slice(samples.length)).toEqual(result.labels.slice(0, 6));
  });

  it('takes the count the user gives, even when the voices would say otherwise', () => {
    const { samples } = conversation(7, [30, 30]);
    expect(clusterVoices(samples, { numSpeakers: 3 }).centroids).toHaveLength(3);
    expect(clusterVoices(samples, { numSpeakers: 1 }).centroids).toHaveLength(1);
    const three = conversation(8, [20, 20, 20]);
    const result = clusterVoices(three.samples, { numSpeakers: 3 });
    expect(purity(result.labels, three.truth)).toBe(1);
  });

  it('never finds more than six speakers', () => {
    const { samples } = conversation(9, [8, 8, 8, 8, 8, 8, 8, 8]);
    expect(clusterVoices(samples).centroids.length).toBeLessThanOrEqual(6);
  });

  it('gives each speaker a unit mean voice and each window a margin to the next closest voice', () => {
    const { samples } = conversation(10, [20, 20]);
    const result = clusterVoices(samples);
    for (const c of result.centroids) expect(dot(c, c)).toBeCloseTo(1, 5);
    expect(Math.min(...result.margins)).toBeGreaterThan(0.2);
    expect(clusterVoices([]).centroids).toEqual([]);
  });
});
