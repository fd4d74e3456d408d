import { dot, type Vector } from './vectors';

export type Stop = { threshold: number } | { count: number };

/**
 * Average-linkage agglomerative clustering on cosine similarity (UPGMA): the two groups whose items are the
 * most similar on average merge, until no pair reaches `threshold` or `count` groups remain.
 * Returns a group index (0…k-1, in order of first item) per vector. O(n²) memory, about O(n²·k) time
 * with each row's best partner cached: a few hundred voice windows take milliseconds.
 */
export function agglomerate(vectors: Vector[], stop: Stop): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const sim: Float64Array[] = vectors.map((a) => Float64Array.from(vectors, (b) => dot(a, b)));
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const parent = Array.from({ length: n }, (_, i) => i);
  const best = new Array<number>(n).fill(-1);
  const refresh = (i: number) => {
    let b = -1;
    for (let j = 0; j < n; j++) if (j !== i && alive[j] && (b < 0 || sim[i]![j]! > sim[i]![b]!)) b = j;
    best[i] = b;
  };
  for (let i = 0; i < n; i++) refresh(i);

  let groups = n;
  const minGroups = 'count' in stop ? Math.max(1, stop.count) : 1;
  while (groups > minGroups) {
    let a = -1;
    for (let i = 0; i < n; i++) {
      if (alive[i] && best[i]! >= 0 && (a < 0 || sim[i]![best[i]!]! > sim[a]![best[a]!]!)) a = i;
    }
    if (a < 0) break;
    const b = best[a]!;
    if ('threshold' in stop && sim[a]![b]! < stop.threshold) break;
    // Lance–Williams update for average linkage: the merged row is the size-weighted mean of both rows.
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a || k === b) continue;
      const s = (size[a]! * sim[a]![k]! + size[b]! * sim[b]![k]!) / (size[a]! + size[b]!);
      sim[a]![k] = s;
      sim[k]![a] = s;
    }
    size[a]! += size[b]!;
    alive[b] = false;
    parent[b] = a;
    groups--;
    for (let k = 0; k < n; k++) {
      if (!alive[k]) continue;
      // Rows that pointed at a or b may now prefer someone else; the others can only gain a (better) a.
      if (k === a || best[k] === a || best[k] === b) refresh(k);
      else if (sim[k]![a]! > sim[k]![best[k]!]!) best[k] = a;
    }
  }
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const index = new Map<number, number>();
  return vectors.map((_, i) => {
    const r = root(i);
    if (!index.has(r)) index.set(r, index.size);
    return index.get(r)!;
  });
}
