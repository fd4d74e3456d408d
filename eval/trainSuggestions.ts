// npm run train:suggestions — trains the learned suggestions (shared/suggestions/learned/) on the training
// folders of eval/suggestions/ (never the blind batches), chooses the L2 penalty, whether each kind's
// model reads the rules' cues, each kind's threshold, the door × pivot threshold and when the rules' own
// missed follow-ups are withdrawn by 5-fold cross-validation over calls, prints
// the cross-validated figures, and writes weights.json and examples.json. Deterministic: the same
// command twice writes the same files.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  DEFAULT_TRAINING,
  LEARNED_LABELS,
  packWeights,
  readExamples,
  trainModels,
  writeExamples,
  type LearnedLabel,
  type LearnedWeights,
} from '../shared/suggestions/learned';
import {
  choosePivotThreshold,
  chooseThreshold,
  chooseWithdrawal,
  figures,
  KINDS,
  logLoss,
  outOfFold,
  type GroupedExample,
} from '../shared/suggestions/learned/crossValidation';
import { embedSet, EXAMPLES_FILE, labelledExamples, TRAINING_FOLDERS, WEIGHTS_FILE, withLearned } from './learnedSet';
import { loadSet, score, type Conversation } from './suggestionsSet';
import { printComparison } from './learnedReport';

const L2_GRID = [0.0003, 0.001, 0.003];
const FOLDS = 5;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const set = loadSet().filter((c) => TRAINING_FOLDERS.includes(c.folder));
const vectors = await embedSet(set);
// Trained on the vectors as stored (8-bit), so retraining from examples.json gives these very weights.
const examplesFile = writeExamples(set.flatMap((c) => labelledExamples(c, vectors.get(c)!)));
const base = readExamples(JSON.parse(JSON.stringify(examplesFile)));
console.log(`${set.length} calls, ${base.length} turns with a side (folders: ${TRAINING_FOLDERS.join(', ')}); embedded at ${seconds()}`);

console.log(`\nL2 penalty by ${FOLDS}-fold cross-validation over calls (mean log loss of every label, lower is better):`);
let best: { l2: number; loss: number } | null = null;
for (const l2 of L2_GRID) {
  const loss = logLoss(base, outOfFold(base, { ...DEFAULT_TRAINING, l2 }));
  console.log(`  l2 ${l2}: ${loss.toFixed(4)}`);
  if (!best || loss < best.loss) best = { l2, loss };
}
const training = { ...DEFAULT_TRAINING, l2: best!.l2 };

// With and without the rules' cues: per kind, the one whose additions (at precision ≥ 0.85 out of fold)
// raise recall more; a tie keeps the cues. Pain's levels follow pain.
const uniform = (on: boolean) => Object.fromEntries(LEARNED_LABELS.map((l) => [l, on])) as Record<LearnedLabel, boolean>;
const variants = [true, false].map((on) => {
  const probs = outOfFold(base, training, uniform(on), FOLDS);
  return { on, probs, thresholds: Object.fromEntries(KINDS.map((k) => [k, chooseThreshold(k, base, probs)])) as LearnedWeights['thresholds'] };
});
const ruleCues = uniform(true);
const thresholds = { ...variants[0]!.thresholds };
const pct = (x: number) => x.toFixed(2);
console.log(`\nPer kind, cross-validated per turn (additions' threshold chosen on these out-of-fold probabilities, so slightly optimistic):`);
console.log('  kind                 rules P / R (tp fp fn)       + model with rule cues      + model of meaning alone');
for (const kind of KINDS) {
  const [withCues, alone] = variants.map((v) => ({ f: figures(kind, base, v.probs, v.thresholds[kind]), t: v.thresholds[kind] }));
  const r = figures(kind, base, null, null);
  const cell = (x: typeof withCues) => `${pct(x!.f.precision)} / ${pct(x!.f.recall)} (t ${x!.t ?? 'never'})`.padEnd(28);
  console.log(`  ${kind.padEnd(20)} ${`${pct(r.precision)} / ${pct(r.recall)} (${r.tp} ${r.fp} ${r.fn})`.padEnd(28)} ${cell(withCues)} ${cell(alone)}`);
  if (alone!.f.recall > withCues!.f.recall) {
    const labels: LearnedLabel[] = kind === 'pain' ? ['pain', 'pain:1', 'pain:2', 'pain:3'] : [kind];
    for (const l of labels) ruleCues[l] = false;
    thresholds[kind] = alone!.t;
  }
}
// The pivot model has no suggestions of its own to count: it reads the rules' cues if that lowers its log loss.
const pivotLoss = variants.map((v) => logLoss(base, v.probs, ['pivot']));
ruleCues.pivot = pivotLoss[0]! <= pivotLoss[1]!;
console.log(`Pivot model's log loss on replies to doors: ${pivotLoss[0]!.toFixed(4)} with the rules' cues, ${pivotLoss[1]!.toFixed(4)} without`);

// With the cues chosen: when a reply to a likely door is a miss, and when the rules' own miss is withdrawn.
// Each label's model depends on its own cue choice only, so its out-of-fold probabilities are its variant's.
const chosen = base.map(
  (_, i) => Object.fromEntries(LEARNED_LABELS.map((l) => [l, variants[ruleCues[l] ? 0 : 1]!.probs[i]![l]])) as Record<LearnedLabel, number>,
);
const pivotThreshold = choosePivotThreshold(base, chosen, thresholds);
const withdraw = chooseWithdrawal(base, chosen);
const choices = { training, ruleCues, thresholds, pivotThreshold, withdraw };
console.log(
  `Chosen: l2 ${training.l2}; without the rules' cues: ${KINDS.filter((k) => !ruleCues[k]).join(', ') || 'none'}; thresholds ${JSON.stringify(thresholds)}; P(door) × P(pivot) from ${pivotThreshold}; the rules' miss withdrawn at ${JSON.stringify(withdraw)} (${seconds()})`,
);

// The whole pipeline cross-validated: each fold's calls get suggestions from models trained on the others.
const calls = [...new Set(set.map((c) => c.file))];
const foldOf = new Map(calls.map((c, k) => [c, k % FOLDS]));
const byFold = new Map<number, ReturnType<typeof withLearned>>();
for (let f = 0; f < FOLDS; f++) {
  const train: GroupedExample[] = base.filter((e) => foldOf.get(e.call) !== f);
  byFold.set(f, withLearned(vectors, packWeights(trainModels(train, [], training, ruleCues), choices)));
}
const crossValidated = (c: Conversation) => byFold.get(foldOf.get(c.file)!)!(c);
console.log(`\nThe whole pipeline, ${FOLDS}-fold cross-validated over calls (suggest() with each fold's model; the eval's scoring):`);
printComparison(set, score, crossValidated);

const weights = packWeights(trainModels(base, [], training, ruleCues), choices);
writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights)}\n`);
writeFileSync(EXAMPLES_FILE, `${JSON.stringify(examplesFile)}\n`);
const size = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
console.log(
  `\nWrote ${relative(process.cwd(), WEIGHTS_FILE)} (${size(JSON.stringify(weights))}) and ${relative(process.cwd(), EXAMPLES_FILE)} (${size(JSON.stringify(examplesFile))}) in ${seconds()}`,
);
