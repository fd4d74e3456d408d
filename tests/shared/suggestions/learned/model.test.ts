import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMS, normalize } from '../../../../shared/meaning/vectors';
import {
  CUE_NAMES,
  LEARNED_LABELS,
  features,
  predict,
  probability,
  readExamples,
  readWeights,
  trainLocal,
  trainLogistic,
  trainModels,
  writeExamples,
  type LabelledExample,
  type LocalExample,
} from '../../../../shared/suggestions/learned';
import { EXAMPLES_FILE, TRAINING_FOLDERS, WEIGHTS_FILE } from '../../../../eval/learnedSet';

/** A deterministic pseudo-random unit vector (no Math.random: the tests replay exactly). */
function vector(seed: number): Float32Array {
  let s = seed * 2654435761;
  return normalize(
    Float32Array.from({ length: EMBEDDING_DIMS }, () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648 - 0.5;
    }),
  );
}

/** `n` examples, alternating sides; a prospect turn is a door when its vector leans along dimension 0. */
function examples(n: number): LabelledExample[] {
  return Array.from({ length: n }, (_, i) => {
    const v = vector(i + 1);
    const side = i % 2 === 0 ? 'prospect' : 'rep';
    const door = side === 'prospect' && v[0]! > 0;
    return { vector: v, previous: i > 0 ? vector(i) : null, side, cues: CUE_NAMES.map(() => 0), text: `turn ${i}`, labels: door ? ['door-opener'] : [] };
  });
}

describe('logistic regression', () => {
  it('learns a separable rule and gives the same weights every time', () => {
    const xs = [-2, -1, -0.5, 0.5, 1, 2].map((v) => [v, 1]);
    const ys = [0, 0, 0, 1, 1, 1];
    const a = trainLogistic(xs, ys, { l2: 0.001, iterations: 300 });
    expect(probability(a, [1.5, 1])).toBeGreaterThan(0.9);
    expect(probability(a, [-1.5, 1])).toBeLessThan(0.1);
    expect(trainLogistic(xs, ys, { l2: 0.001, iterations: 300 })).toEqual(a);
  });

  it('counts a heavier example more', () => {
    const xs = [[1], [1]];
    const even = trainLogistic(xs, [1, 0], { l2: 0, iterations: 2000 });
    const heavy = trainLogistic(xs, [1, 0], { l2: 0, iterations: 2000 }, [3, 1]);
    expect(probability(even, [1])).toBeCloseTo(0.5, 2);
    expect(probability(heavy, [1])).toBeCloseTo(0.75, 2);
  });
});

describe('training every label', () => {
  const base = examples(400);

  it('is deterministic and learns what it was shown', () => {
    const a = trainModels(base);
    expect(trainModels(base)).toEqual(a);
    expect(Object.keys(a)).toEqual([...LEARNED_LABELS]);
    const weights = readWeights({ ...JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')), models: a });
    const right = base.filter((e) => e.side === 'prospect' && predict(weights, e)['door-opener'] > 0.5 === e.labels.includes('door-opener'));
    expect(right.length / base.filter((e) => e.side === 'prospect').length).toBeGreaterThan(0.9);
  });

  it('learns whether a reply walks away only from replies to doors, and from the reviewer’s verdicts on misses', () => {
    // Every rep turn leaning along dimension 1 is a labelled miss, but only those after a door teach the pivot model.
    const replies = base.map((e) => (e.side === 'rep' && e.vector[1]! > 0 ? { ...e, labels: ['missed-follow-up' as const] } : e));
    expect(trainModels(replies).pivot.weights.every((w) => w === 0)).toBe(true);
    const afterDoors = replies.map((e, i) => (e.side === 'rep' && i % 4 === 1 ? { ...e, afterDoor: true } : e));
    const models = trainModels(afterDoors);
    expect(models.pivot.weights[1]).toBeGreaterThan(0);
    const turn = { vector: vector(7000), previous: null, side: 'rep' as const, cues: CUE_NAMES.map(() => 0), text: 'so what budget do you have?' };
    const stored = readWeights(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')));
    const verdicts: LocalExample[] = Array.from({ length: 20 }, () => ({ example: turn, kind: 'missed-follow-up', positive: true }));
    expect(predict(trainLocal(afterDoors, verdicts, stored), turn).pivot).toBeGreaterThan(predict(trainLocal(afterDoors, [], stored), turn).pivot + 0.3);
  });

  it('learns from the reviewer in seconds: ~1,000 examples, and an accepted kind reads higher afterwards', () => {
    const stored = readWeights(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')));
    const turn = { vector: vector(5000), previous: null, side: 'rep' as const, cues: CUE_NAMES.map(() => 0), text: 'a pitch in our words' };
    const accepted: LocalExample[] = Array.from({ length: 20 }, () => ({ example: turn, kind: 'pitch', positive: true }));
    const started = performance.now();
    trainLocal(examples(1000), accepted, stored);
    expect(performance.now() - started).toBeLessThan(15_000);

    const base = examples(300);
    const before = predict(trainLocal(base, [], stored), turn).pitch;
    const after = trainLocal(base, accepted, stored);
    expect(predict(after, turn).pitch).toBeGreaterThan(before + 0.3);
    expect(after.thresholds).toEqual(stored.thresholds);
    // Dismissals of the same kind of turn pull the other way.
    const dismissed: LocalExample[] = Array.from({ length: 40 }, () => ({ example: turn, kind: 'pitch', positive: false }));
    expect(predict(trainLocal(base, [...accepted, ...dismissed], stored), turn).pitch).toBeLessThan(predict(after, turn).pitch - 0.3);
  });
});

describe('the stored model', () => {
  const weights = readWeights(JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')));
  const base = readExamples(JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8')));

  it('is what training on the stored examples gives (npm run train:suggestions is reproducible)', () => {
    expect(trainLocal(base, [], weights)).toEqual(weights);
  }, 120_000);

  it('keeps which replies answer a door through the examples file', () => {
    const some = base.slice(0, 60);
    expect(some.some((e) => e.afterDoor)).toBe(true);
    const again = readExamples(JSON.parse(JSON.stringify(writeExamples(some))));
    expect(again.map((e) => e.afterDoor ?? false)).toEqual(some.map((e) => e.afterDoor ?? false));
  });

  it('reads a stored example as the weights’ dot product says, each label with or without the rules’ cues as chosen, a miss and a pivot with the reply product', () => {
    for (const ex of [base[0]!, base[1]!, base.find((e) => e.labels.includes('missed-follow-up'))!]) {
      const p = predict(weights, ex);
      for (const label of LEARNED_LABELS) {
        const x = features(ex, weights.ruleCues[label], label === 'missed-follow-up' || label === 'pivot');
        const m = weights.models[label];
        const z = m.bias + m.weights.reduce((s, w, d) => s + w * x[d]!, 0);
        const side = label === 'pitch' || label === 'missed-follow-up' || label === 'pivot' ? 'rep' : 'prospect';
        expect(p[label]).toBeCloseTo(ex.side === side ? 1 / (1 + Math.exp(-z)) : 0, 9);
      }
    }
  });

  it('has the labelled training turns and none of the blind batches', () => {
    expect(base.length).toBeGreaterThan(1300);
    expect(base.some((e) => e.call.startsWith('held-out-11/') || e.call.startsWith('held-out-12/'))).toBe(false);
    expect(new Set(base.map((e) => e.call.split('/')[0]))).toEqual(new Set(TRAINING_FOLDERS));
    expect(TRAINING_FOLDERS).not.toContain('held-out-11');
    expect(TRAINING_FOLDERS).not.toContain('held-out-12');
  });
});
