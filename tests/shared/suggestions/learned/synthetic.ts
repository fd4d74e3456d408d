import type { Turn } from '../../../../shared/domain/transcript';
import { EMBEDDING_DIMS } from '../../../../shared/meaning/vectors';
import { FEATURE_COUNT, LEARNED_LABELS, type LearnedLabel, type LearnedWeights } from '../../../../shared/suggestions/learned';

/** The unit vector along dimension k: synthetic "meanings" a test model can tell apart exactly. */
export function basis(k: number): Float32Array {
  const v = new Float32Array(EMBEDDING_DIMS);
  v[k] = 1;
  return v;
}

/** Vectors for turns, by turn id: `dims[i]` is the basis dimension of turn i. */
export const vectorsFor = (turns: readonly Turn[], dims: readonly number[]) => new Map(turns.map((t, i) => [t.id, basis(dims[i]!)]));

/**
 * A hand-made model: every label reads ~0, except the labels in `fires`, which read ~1 when the turn's
 * own vector lies along the given dimension. All thresholds 0.5 unless given; no door × pivot threshold and
 * no withdrawal of the rules' misses unless given.
 */
export function handWeights(
  fires: Partial<Record<LearnedLabel, number>>,
  thresholds: Partial<LearnedWeights['thresholds']> = {},
  misses: Partial<Pick<LearnedWeights, 'pivotThreshold' | 'withdraw'>> = {},
): LearnedWeights {
  const models = Object.fromEntries(
    LEARNED_LABELS.map((label) => {
      const weights = new Array<number>(FEATURE_COUNT).fill(0);
      const dim = fires[label];
      if (dim !== undefined) weights[dim] = 40;
      return [label, { bias: -20, weights }];
    }),
  ) as LearnedWeights['models'];
  return {
    version: 1,
    featureCount: FEATURE_COUNT,
    training: { l2: 0.001, iterations: 300 },
    models,
    ruleCues: Object.fromEntries(LEARNED_LABELS.map((l) => [l, true])) as LearnedWeights['ruleCues'],
    thresholds: { 'door-opener': 0.5, pitch: 0.5, pain: 0.5, 'missed-follow-up': 0.5, ...thresholds },
    pivotThreshold: misses.pivotThreshold ?? null,
    withdraw: misses.withdraw ?? { digging: null, stakes: null },
  };
}
