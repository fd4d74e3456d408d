import type { PainLevel } from '../../domain/annotations';
import type { SuggestionKind } from '../types';
import { FEATURE_COUNT, features, type TurnExample } from './features';
import { DEFAULT_TRAINING, probability, rounded, trainLogistic, type Logistic, type TrainOptions } from './logistic';

/**
 * One logistic model per label: the four kinds, pain's level (each level against the others, read only on
 * turns that state a pain) for pains the classifier adds, and `pivot`: whether a rep's reply to a door walks
 * away from it (read only on replies to doors, so it learns what digging is without having to learn what a
 * door is; the pipeline weighs it by the door's probability).
 */
export const LEARNED_LABELS = ['door-opener', 'pitch', 'pain', 'pain:1', 'pain:2', 'pain:3', 'missed-follow-up', 'pivot'] as const;
export type LearnedLabel = (typeof LEARNED_LABELS)[number];

/** Who says what a label marks: prospects open doors and state pain; reps pitch and miss follow-ups. */
export const LABEL_SIDE: Record<LearnedLabel, 'rep' | 'prospect'> = {
  'door-opener': 'prospect',
  pitch: 'rep',
  pain: 'prospect',
  'pain:1': 'prospect',
  'pain:2': 'prospect',
  'pain:3': 'prospect',
  'missed-follow-up': 'rep',
  pivot: 'rep',
};

/**
 * A turn of the labelled set with what the labeller marked on it ('pain' too when any level is);
 * `afterDoor`: a rep's reply (not a backchannel) right after a prospect turn marked as a door.
 */
export type LabelledExample = TurnExample & { labels: LearnedLabel[]; afterDoor?: boolean };

/** A reviewer's verdict on this machine: an accepted suggestion or a hand mark is a positive, a dismissal a negative. */
export type LocalExample = { example: TurnExample; kind: SuggestionKind; positive: boolean; level?: PainLevel };

export type LearnedWeights = {
  version: 1;
  featureCount: number;
  training: TrainOptions;
  models: Record<LearnedLabel, Logistic>;
  /** Per label: whether its model reads the rules' cues (chosen by cross-validation). */
  ruleCues: Record<LearnedLabel, boolean>;
  /** The probability from which the classifier adds a suggestion of a kind; null: it never does. */
  thresholds: Record<SuggestionKind, number | null>;
  /** P(door) × P(pivot) from which a reply is a missed follow-up; null: never. */
  pivotThreshold: number | null;
  /**
   * When the rules' own missed follow-up is withdrawn: the reply reads as digging (P(pivot) at most
   * `digging`), or the door reads as personal stakes (P(pain) × P(level 3) at least `stakes`); null: never.
   */
  withdraw: { digging: number | null; stakes: number | null };
};

/** Only the missed-follow-up and pivot models read how a reply relates to the prospect turn before it, dimension by dimension. */
const REPLY_PRODUCT: Record<LearnedLabel, boolean> = {
  'door-opener': false,
  pitch: false,
  pain: false,
  'pain:1': false,
  'pain:2': false,
  'pain:3': false,
  'missed-follow-up': true,
  pivot: true,
};

/** A reviewer's own verdict counts for this many base examples, so a team's calls move the model. */
export const LOCAL_WEIGHT = 3;

const isLevel = (label: LearnedLabel) => label.startsWith('pain:');

/** Whether a label's model learns from (and is scored on) a labelled turn. */
export const learnsFrom = (label: LearnedLabel, e: LabelledExample): boolean =>
  e.side === LABEL_SIDE[label] && (!isLevel(label) || e.labels.includes('pain')) && (label !== 'pivot' || e.afterDoor === true);

/** What a label's model predicts as 1: a pivot is a reply to a door marked as a missed follow-up. */
const positive = (label: LearnedLabel, e: LabelledExample) => e.labels.includes(label === 'pivot' ? 'missed-follow-up' : label);

/** The (example, 0/1) pairs a label's model learns from the base set. */
function basePairs(label: LearnedLabel, examples: readonly LabelledExample[]): { ex: TurnExample; y: number }[] {
  return examples.filter((e) => learnsFrom(label, e)).map((e) => ({ ex: e, y: positive(label, e) ? 1 : 0 }));
}

/** The (example, 0/1) pairs a label's model learns from the reviewer's verdicts. */
function localPairs(label: LearnedLabel, local: readonly LocalExample[]): { ex: TurnExample; y: number }[] {
  return local.flatMap((l) => {
    if (l.example.side !== LABEL_SIDE[label]) return [];
    // A verdict on a missed follow-up also says whether the reply walked away (a dismissal may instead
    // doubt the door; counted as digging all the same, the cautious reading).
    if (label === 'pivot') return l.kind === 'missed-follow-up' ? [{ ex: l.example, y: l.positive ? 1 : 0 }] : [];
    if (!isLevel(label)) return l.kind === label ? [{ ex: l.example, y: l.positive ? 1 : 0 }] : [];
    // A pain of a known level teaches the level models; a dismissed pain says nothing about its level.
    if (l.kind !== 'pain' || !l.positive || !l.level) return [];
    return [{ ex: l.example, y: label === `pain:${l.level}` ? 1 : 0 }];
  });
}

export const ALL_RULE_CUES = Object.fromEntries(LEARNED_LABELS.map((l) => [l, true])) as Record<LearnedLabel, boolean>;

/** Trains every label's model; deterministic (the examples' order is the training order). */
export function trainModels(
  base: readonly LabelledExample[],
  local: readonly LocalExample[] = [],
  o: TrainOptions = DEFAULT_TRAINING,
  ruleCues: Record<LearnedLabel, boolean> = ALL_RULE_CUES,
): Record<LearnedLabel, Logistic> {
  const cache = new Map<TurnExample, Float64Array>();
  const models = {} as Record<LearnedLabel, Logistic>;
  for (const label of LEARNED_LABELS) {
    cache.clear();
    const x = (ex: TurnExample) => cache.get(ex) ?? cache.set(ex, features(ex, ruleCues[label], REPLY_PRODUCT[label])).get(ex)!;
    const pairs = [...basePairs(label, base), ...localPairs(label, local)];
    const weights = [...basePairs(label, base).map(() => 1), ...localPairs(label, local).map(() => LOCAL_WEIGHT)];
    models[label] = trainLogistic(
      pairs.map((p) => x(p.ex)),
      pairs.map((p) => p.y),
      o,
      weights,
      FEATURE_COUNT,
    );
  }
  return models;
}

/** Every label's probability for a turn (a label of the other side reads 0). */
export function predict(weights: LearnedWeights, example: TurnExample): Record<LearnedLabel, number> {
  const inputs = new Map<string, Float64Array>();
  const out = {} as Record<LearnedLabel, number>;
  for (const label of LEARNED_LABELS) {
    if (example.side !== LABEL_SIDE[label]) {
      out[label] = 0;
      continue;
    }
    const key = `${weights.ruleCues[label]}/${REPLY_PRODUCT[label]}`;
    const x = inputs.get(key) ?? inputs.set(key, features(example, weights.ruleCues[label], REPLY_PRODUCT[label])).get(key)!;
    out[label] = probability(weights.models[label], x);
  }
  return out;
}

/** What cross-validation chooses besides the weights. */
export type Choices = Pick<LearnedWeights, 'thresholds' | 'pivotThreshold' | 'withdraw' | 'training' | 'ruleCues'>;

/** The weights as stored: rounded to 4 decimals. */
export function packWeights(models: Record<LearnedLabel, Logistic>, choices: Choices): LearnedWeights {
  const round = {} as Record<LearnedLabel, Logistic>;
  for (const label of LEARNED_LABELS) round[label] = rounded(models[label]);
  const { training, ruleCues, thresholds, pivotThreshold, withdraw } = choices;
  return { version: 1, featureCount: FEATURE_COUNT, training, ruleCues, thresholds, pivotThreshold, withdraw, models: round };
}

/**
 * Retrains on this machine from the base examples and the reviewer's verdicts (~12 s of one core for the
 * 2,418 shipped examples). Thresholds, the door × pivot cut and the withdrawal cuts stay those
 * cross-validated on the base set: a handful of local examples is too few to choose them again.
 */
export function trainLocal(base: readonly LabelledExample[], local: readonly LocalExample[], from: LearnedWeights): LearnedWeights {
  return packWeights(trainModels(base, local, from.training, from.ruleCues), from);
}
