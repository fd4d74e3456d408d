// npm run eval:suggestions — precision and recall of the on-device suggestion rules on the labelled set
// in eval/suggestions/ (see its README), with every false positive and negative to improve the rules.
// `-- --learned`: rules alone beside rules + the learned model (shared/suggestions/learned/), per folder.
import { BLIND_FOLDERS, embedSet, loadLearned, TEXT_MODEL_PRESENT, withLearned } from './learnedSet';
import { printComparison } from './learnedReport';
import { FOLDERS, loadSet, score, SCORED, type Conversation, type Miss, type Report } from './suggestionsSet';

const set = loadSet();
if (process.argv.includes('--learned')) {
  const learned = loadLearned();
  if (!learned) throw new Error('No learned model in shared/suggestions/learned/: run npm run train:suggestions first.');
  if (!TEXT_MODEL_PRESENT) throw new Error('The text model is not in ../shared/fixtures/models/text-embedding (see the fixtures README).');
  const vectors = await embedSet(set);
  console.log(
    `Rules alone and rules + learned. The model was trained on every folder but ${BLIND_FOLDERS.join(' and ')}: their figures are the honest ones; the others are measured on training data.\n`,
  );
  printComparison(set, score, withLearned(vectors, learned.weights, learned.examples));
  process.exit(0);
}
const report = score(set);
const pct = (x: number) => x.toFixed(2);
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const table = (title: string, part: Conversation[], r: Report) => {
  console.log(`${title}: ${part.length} conversations, ${part.reduce((n, c) => n + c.turns.length, 0)} turns`);
  console.log('  kind                 precision  recall   tp   fp   fn');
  for (const kind of SCORED) {
    const f = r.figures[kind];
    console.log(
      `  ${kind.padEnd(20)} ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)} ${String(f.tp).padStart(4)} ${String(f.fp).padStart(4)} ${String(f.fn).padStart(4)}`,
    );
  }
  console.log('');
};
table('All', set, report);
for (const folder of FOLDERS) {
  const part = set.filter((c) => c.folder === folder);
  table(`  ${folder}`, part, score(part));
}
const list = (title: string, misses: Miss[]) => {
  if (misses.length === 0) return;
  console.log(`\n${title} (${misses.length})`);
  for (const m of misses) {
    console.log(`  ${m.conversation} ${m.turnId}  expected ${m.expected}, got ${m.got}`);
    console.log(`    "${clip(m.text)}"`);
    if (m.reason) console.log(`    rule: ${clip(m.reason)}`);
  }
};
for (const kind of SCORED) {
  if (kind === 'pain (any level)') continue;
  list(`False positives: ${kind}`, report.falsePositives[kind]);
  list(`False negatives: ${kind}`, report.falseNegatives[kind]);
}
