import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMS } from '../../../../shared/meaning/vectors';
import { CUE_NAMES, LEARNED_LABELS, type LearnedLabel } from '../../../../shared/suggestions/learned';
import { choosePivotThreshold, chooseWithdrawal, type GroupedExample } from '../../../../shared/suggestions/learned/crossValidation';

type Cue = (typeof CUE_NAMES)[number];
const example = (side: 'rep' | 'prospect', labels: GroupedExample['labels'], cues: Cue[] = []): GroupedExample => ({
  call: 'a.json',
  vector: new Float32Array(EMBEDDING_DIMS),
  previous: null,
  side,
  cues: CUE_NAMES.map((c) => (cues.includes(c) ? 1 : 0)),
  text: '',
  labels,
});
const probs = (p: Partial<Record<LearnedLabel, number>>) => ({
  ...(Object.fromEntries(LEARNED_LABELS.map((l) => [l, 0])) as Record<LearnedLabel, number>),
  ...p,
});

/** Prospect turn then rep reply: the door's and the reply's probabilities, whether the reply is a labelled miss. */
type Pair = { door: number; pivot: number; miss: boolean; ruleDoor?: boolean; ruleMiss?: boolean; stakes?: number };
function pairs(list: Pair[]) {
  const examples: GroupedExample[] = [];
  const out: Record<LearnedLabel, number>[] = [];
  for (const p of list) {
    examples.push(
      example('prospect', [], p.ruleDoor ? ['rule:door'] : []),
      example('rep', p.miss ? ['missed-follow-up'] : [], p.ruleMiss ? ['rule:missed-follow-up'] : []),
    );
    out.push(probs({ 'door-opener': p.door, pain: p.stakes ?? 0, 'pain:3': p.stakes === undefined ? 0 : 1 }), probs({ pivot: p.pivot }));
  }
  return { examples, probs: out };
}
const NO_THRESHOLDS = { 'door-opener': 0.95, pitch: null, pain: null, 'missed-follow-up': null };

describe('choosing when a reply to a likely door is a miss', () => {
  it('takes the lowest P(door) × P(pivot) whose additions are right often enough, a rule door counting as sure', () => {
    const set = pairs([
      { door: 0.1, pivot: 0.9, miss: true, ruleDoor: true },
      { door: 0.9, pivot: 0.9, miss: true },
      { door: 0.8, pivot: 0.95, miss: true },
      { door: 0.5, pivot: 0.9, miss: false },
      { door: 0.9, pivot: 0.2, miss: false },
    ]);
    expect(choosePivotThreshold(set.examples, set.probs, NO_THRESHOLDS)).toBe(0.76);
    expect(choosePivotThreshold(set.examples, set.probs, NO_THRESHOLDS, 0.7)).toBe(0.45);
  });

  it('leaves out replies the rules already call a miss', () => {
    const set = pairs([
      { door: 1, pivot: 0.99, miss: false, ruleMiss: true },
      { door: 0.9, pivot: 0.9, miss: true },
      { door: 0.8, pivot: 0.95, miss: true },
      { door: 0.7, pivot: 0.95, miss: true },
    ]);
    expect(choosePivotThreshold(set.examples, set.probs, NO_THRESHOLDS)).toBe(0.665);
  });
  it('reads a reply only against the prospect turn right before it in the same call, and never after personal stakes', () => {
    const set = pairs([
      { door: 0.9, pivot: 0.9, miss: true },
      { door: 0.9, pivot: 0.9, miss: true },
      { door: 0.9, pivot: 0.9, miss: true },
    ]);
    expect(choosePivotThreshold(set.examples, set.probs, NO_THRESHOLDS)).toBe(0.81);
    // The same replies as the first turns of other calls, or after a turn the rules read as personal stakes:
    // no candidates left, so no cut.
    const otherCalls = set.examples.map((e, i) => ({ ...e, call: `${Math.floor(i / 2) + (i % 2)}.json` }));
    expect(choosePivotThreshold(otherCalls, set.probs, NO_THRESHOLDS)).toBeNull();
    const stakes = set.examples.map((e) => (e.side === 'prospect' ? { ...e, cues: CUE_NAMES.map((c) => (c === 'rule:pain:3' ? 1 : 0)) } : e));
    expect(choosePivotThreshold(stakes, set.probs, NO_THRESHOLDS)).toBeNull();
  });
});

describe('choosing when the rules’ own miss is withdrawn', () => {
  it('withdraws where the reply reads as digging or the door as personal stakes, only if those are false alarms', () => {
    const set = pairs([
      { door: 1, pivot: 0.02, miss: false, ruleMiss: true },
      { door: 1, pivot: 0.03, miss: false, ruleMiss: true },
      { door: 1, pivot: 0.04, miss: false, ruleMiss: true },
      { door: 1, pivot: 0.3, miss: true, ruleMiss: true },
      { door: 1, pivot: 0.8, miss: true, ruleMiss: true, stakes: 0.6 },
      { door: 1, pivot: 0.9, miss: true, ruleMiss: true },
    ]);
    expect(chooseWithdrawal(set.examples, set.probs)).toEqual({ digging: 0.04, stakes: null });
    // Stakes read on three false alarms: withdrawn from there.
    const stakes = pairs([
      { door: 1, pivot: 0.9, miss: false, ruleMiss: true, stakes: 0.9 },
      { door: 1, pivot: 0.9, miss: false, ruleMiss: true, stakes: 0.8 },
      { door: 1, pivot: 0.9, miss: false, ruleMiss: true, stakes: 0.7 },
      { door: 1, pivot: 0.9, miss: true, ruleMiss: true, stakes: 0.1 },
    ]);
    expect(chooseWithdrawal(stakes.examples, stakes.probs)).toEqual({ digging: null, stakes: 0.7 });
    // Read only on a reply right after a prospect turn: after a rep turn there is no door to read.
    const afterRep = stakes.examples.map((e) => ({ ...e, side: 'rep' as const }));
    expect(chooseWithdrawal(afterRep, stakes.probs)).toEqual({ digging: null, stakes: null });
  });
});
