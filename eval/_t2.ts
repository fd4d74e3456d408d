import { readFileSync } from 'node:fs';
const d = JSON.parse(readFileSync(`/tmp/diar-proto/case3.json`, 'utf8'));
const ref: number[] = d.reference; const a = d.analysis;
const sp = [0, 0, 0]; ref.forEach((r) => { if (r >= 0) sp[r]! += 0.05; }); console.log('ref secs', sp.map((x) => x.toFixed(0)));
const cov = [0, 0, 0]; // ref secs covered by segments
ref.forEach((r, f) => { if (r >= 0 && a.segments.some((s: any) => s.start <= f * 0.05 && s.end > f * 0.05)) cov[r]! += 0.05; }); console.log('covered', cov.map((x) => x.toFixed(0)));
const pur = a.windows.map((w: any) => { const c = [0, 0, 0, 0]; for (let f = Math.round(w.start / 0.05); f < Math.round(w.end / 0.05); f++) c[(ref[f] ?? -1) + 1]!++; return c; });
let mixed = 0; pur.forEach((c: number[], i: number) => { const s = c.slice(1); const tot = s.reduce((x, y) => x + y, 0); if (tot && Math.max(...s) / tot < 0.8) mixed++; });
console.log('windows', a.windows.length, 'impure', mixed, 'with spk2 majority', pur.filter((c: number[]) => c[3]! > c[1]! && c[3]! > c[2]!).length);
console.log(pur.filter((c: number[]) => c[3]! > 0).map((c: number[]) => c.join('/')).join(' '));
