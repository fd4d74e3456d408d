import type { SuggestionKind } from '../types';
import { CUE_NAMES } from './features';
import {
  ALL_RULE_CUES,
  LABEL_SIDE,
  LEARNED_LABELS,
  learnsFrom,
  predict,
  trainModels,
  type LabelledExample,
  type LearnedLabel,
  type LearnedWeights,
} from './model';
import type { TrainOptions } from './logistic';

/** A labelled turn with the call it comes from: folds never split a call. */
export type GroupedExample = LabelledExample & { call: string };

export const KINDS: SuggestionKind[] = ['door-opener', 'pitch', 'pain', 'missed-follow-up'];

/** The rule cue that says the rules already suggest this kind on the turn. */
const RULE_CUE: Record<SuggestionKind, string[]> = {
  'door-opener': ['rule:door'],
  pitch: ['rule:pitch'],
  pain: ['rule:pain:1', 'rule:pain:2', 'rule:pain:3'],
  'missed-follow-up': ['rule:missed-follow-up'],
};
export const ruleFires = (kind: SuggestionKind, ex: LabelledExample): boolean =>
  RULE_CUE[kind].some((c) => ex.cues[CUE_NAMES.indexOf(c as (typeof CUE_NAMES)[number])] === 1);

/**
 * Out-of-fold probabilities: calls are dealt into `folds` folds in the order they first appear (call
 * k goes to fold k mod folds), each fold is predicted by models trained on the others.
 */
export function outOfFold(
  examples: readonly GroupedExample[],
  o: TrainOptions,
  ruleCues: Record<LearnedLabel, boolean> = ALL_RULE_CUES,
  folds = 5,
): Record<LearnedLabel, number>[] {
  const calls = [...new Set(examples.map((e) => e.call))];
  const foldOf = new Map(calls.map((c, k) => [c, k % folds]));
  const out: Record<LearnedLabel, number>[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((e) => foldOf.get(e.call) !== f);
    const models = trainModels(train, [], o, ruleCues);
    const weights: LearnedWeights = {
      version: 1,
      featureCount: 0,
      training: o,
      models,
      ruleCues,
      thresholds: { 'door-opener': null, pitch: null, pain: null, 'missed-follow-up': null },
      pivotThreshold: null,
      withdraw: { digging: null, stakes: null },
    };
    examples.forEach((e, i) => {
      if (foldOf.get(e.call) === f) out[i] = predict(weights, e);
    });
  }
  return out;
}

/** Mean log loss of the out-of-fold probabilities over the labels' own turns (every label by default; lower is better). */
export function logLoss(
  examples: readonly LabelledExample[],
  probs: readonly Record<LearnedLabel, number>[],
  labels: readonly LearnedLabel[] = LEARNED_LABELS,
): number {
  let sum = 0;
  let n = 0;
  for (const label of labels) {
    examples.forEach((e, i) => {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, probs[i]![label]));
      if (!learnsFrom(label, e)) return;
      sum -= e.labels.includes(label === 'pivot' ? 'missed-follow-up' : label) ? Math.log(p) : Math.log(1 - p);
      n++;
    });
  }
  return n === 0 ? 0 : sum / n;
}

/**
 * The lowest probability from which the classifier's additions (turns the rules leave alone) are right
 * at least `minPrecision` of the time out of fold, with at least `minAdded` of them; null when no cut
 * reaches it. Chosen on the training folders only.
 */
export function chooseThreshold(
  kind: SuggestionKind,
  examples: readonly LabelledExample[],
  probs: readonly Record<LearnedLabel, number>[],
  minPrecision = 0.85,
  minAdded = 3,
): number | null {
  const candidates = examples
    .map((e, i) => ({ p: probs[i]![kind], y: e.labels.includes(kind) }))
    .filter((_, i) => examples[i]!.side === LABEL_SIDE[kind] && !ruleFires(kind, examples[i]!))
    .sort((a, b) => b.p - a.p);
  return down(cutAt(candidates, minPrecision, minAdded));
}

/** The lowest cut over candidates sorted by falling probability whose additions reach the precision. */
function cutAt(candidates: readonly { p: number; y: boolean }[], minPrecision: number, minAdded: number): number | null {
  let tp = 0;
  let best: number | null = null;
  candidates.forEach((c, k) => {
    if (c.y) tp++;
    const next = candidates[k + 1];
    // A cut between equal probabilities can't be made.
    if (next && next.p === c.p) return;
    if (k + 1 >= minAdded && tp / (k + 1) >= minPrecision) best = c.p;
  });
  return best;
}

/**
 * Cuts are stored with 4 decimals, rounded so the examples at the cut stay on its side (an "at least" cut
 * down, an "at most" cut up; the slack absorbs float noise such as 0.7 × 0.95 = 0.66499…).
 */
const down = (cut: number | null) => (cut === null ? null : Math.floor(cut * 1e4 + 1e-6) / 1e4);
const up = (cut: number) => Math.ceil(cut * 1e4 - 1e-6) / 1e4;

export type Figures = { tp: number; fp: number; fn: number; precision: number; recall: number };

/** Per-turn precision and recall of the rules alone, or of rules ∪ classifier at the thresholds. */
export function figures(
  kind: SuggestionKind,
  examples: readonly LabelledExample[],
  probs: readonly Record<LearnedLabel, number>[] | null,
  threshold: number | null,
): Figures {
  const f = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
  const side = LABEL_SIDE[kind];
  examples.forEach((e, i) => {
    const said = e.side === side && (ruleFires(kind, e) || (probs !== null && threshold !== null && probs[i]![kind] >= threshold));
    const truth = e.labels.includes(kind);
    if (said && truth) f.tp++;
    else if (said) f.fp++;
    else if (truth) f.fn++;
  });
  if (f.tp + f.fp > 0) f.precision = f.tp / (f.tp + f.fp);
  if (f.tp + f.fn > 0) f.recall = f.tp / (f.tp + f.fn);
  return f;
}

const cue = (ex: LabelledExample, name: (typeof CUE_NAMES)[number]) => ex.cues[CUE_NAMES.indexOf(name)] === 1;

/**
 * The lowest P(door) × P(pivot) from which replies that neither the rules nor the missed-follow-up model
 * flag are missed follow-ups at least `minPrecision` of the time out of fold (as `chooseThreshold`).
 * Examples are in turn order, so a reply's door is the example before it in the same call.
 */
export function choosePivotThreshold(
  examples: readonly GroupedExample[],
  probs: readonly Record<LearnedLabel, number>[],
  thresholds: LearnedWeights['thresholds'],
  minPrecision = 0.85,
  minAdded = 3,
): number | null {
  const passes = (kind: SuggestionKind, p: number) => thresholds[kind] !== null && p >= thresholds[kind]!;
  const scored = examples.flatMap((e, i) => {
    const before = examples[i - 1];
    if (e.side !== 'rep' || !before || before.call !== e.call || before.side !== 'prospect' || cue(e, 'backchannel')) return [];
    if (ruleFires('missed-follow-up', e) || passes('missed-follow-up', probs[i]!['missed-follow-up']) || cue(before, 'rule:pain:3')) return [];
    const door = ruleFires('door-opener', before) || passes('door-opener', probs[i - 1]!['door-opener']) ? 1 : probs[i - 1]!['door-opener'];
    return [{ p: door * probs[i]!.pivot, y: e.labels.includes('missed-follow-up') }];
  });
  return down(
    cutAt(
      scored.sort((a, b) => b.p - a.p),
      minPrecision,
      minAdded,
    ),
  );
}

/**
 * When to withdraw the rules' missed follow-ups: the cuts of P(pivot) (low: the reply digs) and of the
 * door's P(level-3 pain) (high: personal stakes, where moving on is fine) from which the withdrawn ones
 * are false alarms at least `minRight` of the time out of fold, with at least `minWithdrawn` of them.
 */
export function chooseWithdrawal(
  examples: readonly GroupedExample[],
  probs: readonly Record<LearnedLabel, number>[],
  minRight = 0.9,
  minWithdrawn = 3,
): LearnedWeights['withdraw'] {
  const ruled = examples.flatMap((e, i) => {
    const before = examples[i - 1];
    if (!ruleFires('missed-follow-up', e) || !before || before.call !== e.call || before.side !== 'prospect') return [];
    const door = probs[i - 1]!;
    return [{ pivot: probs[i]!.pivot, stakes: door.pain * door['pain:3'], y: !e.labels.includes('missed-follow-up') }];
  });
  const digging = cutAt(
    ruled.map((r) => ({ p: 1 - r.pivot, y: r.y })).sort((a, b) => b.p - a.p),
    minRight,
    minWithdrawn,
  );
  const stakes = cutAt(
    ruled.map((r) => ({ p: r.stakes, y: r.y })).sort((a, b) => b.p - a.p),
    minRight,
    minWithdrawn,
  );
  return { digging: digging === null ? null : up(1 - digging), stakes: down(stakes) };
}
