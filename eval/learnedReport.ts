// Rules alone beside rules + learned, per folder: precision / recall (tp fp fn) for each scored kind.
import type { Suggestion } from '../shared/suggestions';
import { FOLDERS, SCORED, type Conversation, type Figures, type Report } from './suggestionsSet';

type Scorer = (set: Conversation[], suggestFor?: (c: Conversation) => Suggestion[]) => Report;

const cell = (f: Figures) => `${f.precision.toFixed(2)} / ${f.recall.toFixed(2)} (${f.tp} ${f.fp} ${f.fn})`.padEnd(24);

/** Prints one table per folder present in `set` (and all of them together); returns the learned reports by folder. */
export function printComparison(set: Conversation[], score: Scorer, learned: (c: Conversation) => Suggestion[]): Map<string, Report> {
  const out = new Map<string, Report>();
  const parts: [string, Conversation[]][] = [['all', set], ...FOLDERS.map((f): [string, Conversation[]] => [f, set.filter((c) => c.folder === f)])];
  for (const [name, part] of parts) {
    if (part.length === 0) continue;
    const rules = score(part);
    const both = score(part, learned);
    out.set(name, both);
    console.log(`  ${name}: ${part.length} calls, ${part.reduce((n, c) => n + c.turns.length, 0)} turns`);
    console.log(`    ${'kind'.padEnd(18)} ${'rules P / R (tp fp fn)'.padEnd(24)} rules+learned P / R (tp fp fn)`);
    for (const kind of SCORED) console.log(`    ${kind.padEnd(18)} ${cell(rules.figures[kind])} ${cell(both.figures[kind])}`);
  }
  return out;
}
