// npm run eval:agreement — how far two labellers agree (issue 16): a second labelling session labelled
// held-out-7 and held-out-8 again from the texts alone (eval/suggestions/second-labeller/, same guide, never
// seeing the first labels). Per kind, the second labeller is scored as if it were a suggester against the
// first labels: its precision and recall say how high any suggester can honestly be expected to score.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadSet, SCORED, SET_DIR, type Scored } from './suggestionsSet';

const SECOND = join(SET_DIR, 'second-labeller');
const Relabelled = z.object({ id: z.string(), turns: z.array(z.object({ text: z.string(), labels: z.array(z.string()).optional() })) });

/** The labels of one turn as scored for a kind ('pain' with its level, 'pain (any level)' without). */
const keys = (kind: Scored, labels: readonly string[]): string[] =>
  kind === 'pain (any level)'
    ? labels.some((l) => l.startsWith('pain:'))
      ? ['pain']
      : []
    : labels.filter((l) => (kind === 'pain' ? l.startsWith('pain:') : l === kind));

const first = new Map(loadSet().map((c) => [`${c.folder.slice(-1)}-${c.file.split('/')[1]}`, c]));
const counts = Object.fromEntries(SCORED.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Scored, { tp: number; fp: number; fn: number }>;
const files = readdirSync(SECOND).filter((f) => f.endsWith('.json'));
for (const f of files) {
  const second = Relabelled.parse(JSON.parse(readFileSync(join(SECOND, f), 'utf8')));
  const original = first.get(f);
  if (!original) throw new Error(`${f}: no such conversation in held-out-7 or held-out-8`);
  second.turns.forEach((t, i) => {
    const turn = original.turns[i];
    if (!turn || turn.text !== t.text) throw new Error(`${f}: turn ${i + 1} differs from the original`);
    for (const kind of SCORED) {
      const a = keys(kind, original.labels.get(turn.id) ?? []);
      const b = keys(kind, t.labels ?? []);
      for (const k of b) {
        if (a.includes(k)) counts[kind].tp++;
        else counts[kind].fp++;
      }
      for (const k of a) if (!b.includes(k)) counts[kind].fn++;
    }
  });
}
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
console.log(`Second labeller against the first on ${files.length} conversations (held-out-7 and held-out-8):`);
console.log('  kind                 precision  recall   tp   fp   fn');
for (const kind of SCORED) {
  const { tp, fp, fn } = counts[kind];
  console.log(
    `  ${kind.padEnd(20)} ${pct(tp / (tp + fp)).padStart(9)} ${pct(tp / (tp + fn)).padStart(7)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}`,
  );
}
