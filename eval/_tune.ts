import { readFileSync } from 'node:fs';
import { labelSpeakers } from '../shared/speakers/diarization';
import { agglomerate } from '../shared/speakers/agglomerate';
import { normalized, dot, meanDirection } from '../shared/speakers/vectors';
for (const i of [0, 1, 2, 3, 4]) {
  const d = JSON.parse(readFileSync(`/tmp/diar-proto/case${i}.json`, 'utf8'));
  const a = d.analysis;
  const ref: number[] = d.reference;
  // true label per window: majority of reference frames
  const lab = a.windows.map((w: any) => { const c = new Map<number, number>(); for (let f = Math.round(w.start / 0.05); f < Math.round(w.end / 0.05); f++) { const r = ref[f] ?? -1; if (r >= 0) c.set(r, (c.get(r) ?? 0) + 1); } return c.size ? [...c.entries()].sort((x, y) => y[1] - x[1])[0]![0] : -1; });
  const vs = a.embeddings.map((e: number[]) => normalized(e));
  const rel = a.windows.map((w: any, k: number) => w.end - w.start >= 1 && lab[k] >= 0 ? k : -1).filter((k: number) => k >= 0);
  const cents = Array.from({ length: d.speakers }, (_, s) => meanDirection(rel.filter((k: number) => lab[k] === s).map((k: number) => vs[k]), rel.filter((k: number) => lab[k] === s).map(() => 1)));
  const cs = cents.map((c, x) => cents.map((e, y) => c && e ? dot(c, e).toFixed(2) : '-').join(' '));
  // mean within and between window sims
  let w = 0, wn = 0, b = 0, bn = 0;
  for (const x of rel) for (const y of rel) if (x < y) { const s = dot(vs[x], vs[y]); if (lab[x] === lab[y]) { w += s; wn++; } else { b += s; bn++; } }
  console.log(`case${i} windows ${a.windows.length} reliable ${rel.length} within ${(w / wn).toFixed(3)} between ${(b / bn).toFixed(3)} true centroid sims: ${cs.join(' | ')}`);
  for (const th of [0.3, 0.35, 0.4, 0.45, 0.5]) {
    const g = agglomerate(rel.map((k: number) => vs[k]), { threshold: th });
    const sizes = new Map<number, number>(); g.forEach((x, j) => sizes.set(x, (sizes.get(x) ?? 0) + a.windows[rel[j]].end - a.windows[rel[j]].start));
    console.log(`  th ${th}: ${sizes.size} groups, secs ${[...sizes.values()].sort((x, y) => y - x).slice(0, 8).map((x) => x.toFixed(0)).join(',')}`);
  }
  const r = labelSpeakers(a); console.log('  labelSpeakers count', r.speakerCount, 'voice sims', r.voices.map((v) => r.voices.map((u) => dot(Float32Array.from(v), Float32Array.from(u)).toFixed(2)).join(' ')).join(' | '));
}
