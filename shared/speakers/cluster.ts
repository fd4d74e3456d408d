import { agglomerate } from './agglomerate';
import { dot, meanDirection, type Vector } from './vectors';

/** One stretch of one voice: its embedding (unit length) and how many seconds of speech it covers. */
export type VoiceSample = { embedding: Vector; seconds: number };

export type ClusterOptions = {
  /** The number of speakers when the user knows it; found automatically otherwise. */
  numSpeakers?: number;
  maxSpeakers?: number;
};

export type Clustering = {
  /** Speaker index per sample (speakers numbered in order of first appearance). */
  labels: number[];
  /** Each speaker's voice: the mean direction of its confident samples. */
  centroids: Vector[];
  /** Per sample: similarity to its own speaker minus similarity to the next closest (1 when alone). */
  margins: number[];
};

/**
 * Measured on the CAM++ windows of the eval mixes (npm run eval:speakers): two windows of one voice average
 * 0.60–0.66 cosine, of two voices 0.24–0.33 (the highest: two voices pitch-matched in the phone band), so
 * average linkage stops between them. At 0.3 the pitch-matched voices already merge.
 */
export const LINK_THRESHOLD = 0.4;
/**
 * Two speakers whose mean voices are this similar are one speaker (the "one voice" check). Mean voices of
 * different people in the eval: 0.23–0.53.
 */
export const SAME_VOICE_SIMILARITY = 0.7;
/** Samples shorter than this carry too little voice to shape the clusters; they are only assigned. */
export const RELIABLE_SECONDS = 1;
/** A cluster holding less speech than this (seconds, or share of all speech) is folded into its nearest. */
export const MIN_SPEAKER_SECONDS = 4;
export const MIN_SPEAKER_SHARE = 0.03;
export const MAX_SPEAKERS = 6;

/**
 * Groups voice samples into speakers: average-linkage clustering of the reliable samples (threshold, or the
 * given count), clusters too small to be a participant folded into the nearest one, speakers whose mean
 * voices are nearly the same merged, then every sample given to the nearest mean voice.
 */
export function clusterVoices(samples: VoiceSample[], options: ClusterOptions = {}): Clustering {
  if (samples.length === 0) return { labels: [], centroids: [], margins: [] };
  const maxSpeakers = Math.min(options.maxSpeakers ?? MAX_SPEAKERS, MAX_SPEAKERS);
  let reliable = samples.map((s, i) => (s.seconds >= RELIABLE_SECONDS ? i : -1)).filter((i) => i >= 0);
  if (reliable.length === 0) reliable = samples.map((_, i) => i);
  const vectors = reliable.map((i) => samples[i]!.embedding);
  const seconds = reliable.map((i) => samples[i]!.seconds);
  const wanted = options.numSpeakers && options.numSpeakers > 0 ? Math.min(options.numSpeakers, reliable.length) : null;

  let groups = agglomerate(vectors, wanted ? { count: wanted } : { threshold: LINK_THRESHOLD });
  let centroids = centroidsOf(vectors, seconds, groups);
  if (!wanted) {
    centroids = keepLarge(centroids, groupSeconds(seconds, groups, centroids.length));
    centroids = mergeClose(centroids, maxSpeakers);
  }
  // Two passes of nearest-centroid reassignment (k-means style) settle items stranded by the greedy merges.
  for (let pass = 0; pass < 2; pass++) {
    groups = vectors.map((v) => nearest(v, centroids).index);
    const next = centroidsOf(vectors, seconds, groups, centroids.length);
    centroids = next.map((c, k) => c ?? centroids[k]!);
  }
  return finish(samples, centroids);
}

function centroidsOf(vectors: Vector[], seconds: number[], groups: number[], count?: number): Vector[] {
  const k = count ?? Math.max(...groups) + 1;
  return Array.from({ length: k }, (_, g) => {
    const members = groups.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    return meanDirection(
      members.map((i) => vectors[i]!),
      members.map((i) => seconds[i]!),
    )!;
  }).filter((c): c is Vector => c !== null);
}

function groupSeconds(seconds: number[], groups: number[], k: number): number[] {
  const total = new Array<number>(k).fill(0);
  groups.forEach((g, i) => (total[g]! += seconds[i]!));
  return total;
}

/** Clusters too small to be a participant (a cough, a stray window) leave; the largest always stays. */
function keepLarge(centroids: Vector[], seconds: number[]): Vector[] {
  const all = seconds.reduce((a, b) => a + b, 0);
  const floor = Math.max(MIN_SPEAKER_SECONDS, MIN_SPEAKER_SHARE * all);
  const largest = seconds.indexOf(Math.max(...seconds));
  return centroids.filter((_, k) => k === largest || seconds[k]! >= floor);
}

/** Merges the two most similar mean voices while they are the same voice or there are too many. */
function mergeClose(centroids: Vector[], maxSpeakers: number): Vector[] {
  const cs = [...centroids];
  for (;;) {
    let pair: [number, number] | null = null;
    let bestSim = -Infinity;
    for (let a = 0; a < cs.length; a++) {
      for (let b = a + 1; b < cs.length; b++) {
        const s = dot(cs[a]!, cs[b]!);
        if (s > bestSim) [bestSim, pair] = [s, [a, b]];
      }
    }
    if (!pair || (bestSim < SAME_VOICE_SIMILARITY && cs.length <= maxSpeakers)) return cs;
    const [a, b] = pair;
    cs[a] = meanDirection([cs[a]!, cs[b]!], [1, 1])!;
    cs.splice(b, 1);
  }
}

function nearest(v: Vector, centroids: Vector[]): { index: number; margin: number } {
  let index = 0;
  let first = -Infinity;
  let second = -Infinity;
  centroids.forEach((c, k) => {
    const s = dot(v, c);
    if (s > first) [second, first, index] = [first, s, k];
    else if (s > second) second = s;
  });
  return { index, margin: second === -Infinity ? 1 : first - second };
}

/** Every sample to its nearest speaker; speakers renumbered by first appearance, empty ones dropped. */
function finish(samples: VoiceSample[], centroids: Vector[]): Clustering {
  const raw = samples.map((s) => nearest(s.embedding, centroids));
  const order = new Map<number, number>();
  for (const r of raw) if (!order.has(r.index)) order.set(r.index, order.size);
  const sorted = [...order.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => centroids[k]!);
  return { labels: raw.map((r) => order.get(r.index)!), centroids: sorted, margins: raw.map((r) => r.margin) };
}
