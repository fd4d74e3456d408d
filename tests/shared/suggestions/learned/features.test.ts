import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMS, cosine, normalize } from '../../../../shared/meaning/vectors';
import { suggest, suggestionRoles } from '../../../../shared/suggestions';
import { readCall } from '../../../../shared/suggestions/analysis';
import { CUE_NAMES, FEATURE_COUNT, callExamples, features } from '../../../../shared/suggestions/learned';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { SPEAKERS, turns } from '../build';
import { basis, vectorsFor } from './synthetic';

const CALL = turns([
  ['rep', 'So how do your reps spend their week?'],
  ['p', 'Honestly, my reps waste time in internal meetings.'],
  ['rep', 'Let me show you our platform, it builds the forecast for you.'],
  ['p', 'Okay. If we miss the revenue number, that lands on me.'],
]);
const roles = suggestionRoles(SPEAKERS);
if (!roles.ok) throw new Error(roles.message);
const views = readCall(CALL, roles);
const rules = suggest({ turns: CALL, speakers: SPEAKERS, annotations: emptyAnnotations() });
const on = (cues: number[]) => CUE_NAMES.filter((_, i) => cues[i] === 1);

describe('features of a turn', () => {
  const examples = callExamples(views, rules, vectorsFor(CALL, [0, 1, 2, 3]));

  it('carry who speaks and what the rules found, as 0/1 cues', () => {
    expect(examples.map((e) => e && on(e.cues))).toEqual([
      ['rep', 'question'],
      ['prospect', 'rule:door', 'rule:door:symptom', 'rule:pain:1'],
      ['rep', 'rule:pitch', 'rule:missed-follow-up', 'after-prospect', 'after-rule-door', 'after-rule-pain'],
      ['prospect', 'rule:pain:3'],
    ]);
    expect(examples.map((e) => e?.side)).toEqual(['rep', 'prospect', 'rep', 'prospect']);
    expect(examples[1]?.text).toBe('Honestly, my reps waste time in internal meetings.');
  });

  it('lay out the vector, the previous turn’s vector, the reply’s product with it, the cues and their cosine', () => {
    const a = normalize(Float32Array.from({ length: EMBEDDING_DIMS }, (_, d) => (d % 3) - 1));
    const b = normalize(Float32Array.from({ length: EMBEDDING_DIMS }, (_, d) => (d % 5) - 2));
    const [, , reply] = callExamples(views, rules, new Map([...vectorsFor(CALL, [0, 1, 2, 3]), ['t2', a], ['t3', b]]));
    const x = features(reply!);
    expect(x).toHaveLength(FEATURE_COUNT);
    expect(Array.from(x.subarray(0, EMBEDDING_DIMS))).toEqual(Array.from(b));
    expect(Array.from(x.subarray(EMBEDDING_DIMS, 2 * EMBEDDING_DIMS))).toEqual(Array.from(a));
    expect(x.subarray(2 * EMBEDDING_DIMS, 3 * EMBEDDING_DIMS).every((v) => v === 0)).toBe(true); // only the missed-follow-up model reads it
    expect(Array.from(x.subarray(3 * EMBEDDING_DIMS, 3 * EMBEDDING_DIMS + CUE_NAMES.length))).toEqual(reply!.cues);
    expect(x[FEATURE_COUNT - 1]).toBeCloseTo(cosine(a, b), 6);
    const withProduct = features(reply!, true, true);
    const product = Array.from(withProduct.subarray(2 * EMBEDDING_DIMS, 3 * EMBEDDING_DIMS));
    product.forEach((v, d) => expect(v).toBeCloseTo(a[d]! * b[d]! * Math.sqrt(EMBEDDING_DIMS), 6));
    // Summed and unscaled, the product is the cosine.
    expect(product.reduce((s, v) => s + v, 0) / Math.sqrt(EMBEDDING_DIMS)).toBeCloseTo(cosine(a, b), 5);
    expect(
      features(examples[1]!, true, true)
        .subarray(2 * EMBEDDING_DIMS, 3 * EMBEDDING_DIMS)
        .every((v) => v === 0),
    ).toBe(true); // a prospect turn
  });

  it('give a prospect turn and the first turn no cosine, and zeros for a missing previous vector', () => {
    const x = features(examples[1]!);
    expect(x[FEATURE_COUNT - 1]).toBe(0);
    const first = features(examples[0]!);
    expect(first.subarray(EMBEDDING_DIMS, 2 * EMBEDDING_DIMS).every((v) => v === 0)).toBe(true);
  });

  it('without the rules’ cues keep who speaks and the turn’s shape but read every rule finding as 0', () => {
    const x = features(examples[2]!, false);
    const cues = Array.from(x.subarray(3 * EMBEDDING_DIMS, 3 * EMBEDDING_DIMS + CUE_NAMES.length));
    expect(on(cues)).toEqual(['rep', 'after-prospect']);
  });

  it('leave out turns without a vector or a side', () => {
    const partial = callExamples(views, rules, new Map([['t2', basis(1)]]));
    expect(partial.map((e) => e !== null)).toEqual([false, true, false, false]);
    const withOther = readCall(CALL, { ok: true, rep: new Set(['rep']), prospect: new Set() });
    expect(callExamples(withOther, rules, vectorsFor(CALL, [0, 1, 2, 3])).map((e) => e?.side ?? null)).toEqual(['rep', null, 'rep', null]);
  });
});
