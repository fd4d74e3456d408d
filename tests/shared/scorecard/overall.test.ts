import { describe, expect, it } from 'vitest';
import type { RubricReview } from '../../../shared/scorecard/rubric';
import { computeScorecard } from '../../../shared/scorecard/scorecard';
import { annotations, discoveryCall, moment, speakers, tag, turn } from './fixtures';

const review = (reviewer: string, ratings: number[]): RubricReview => ({
  reviewer,
  updatedAt: '2026-11-24T10:00:00.000Z',
  answers: ratings.map((rating, i) => ({ criterionId: ['goals-first', 'business-impact'][i]!, rating: rating as 1 | 2 | 3 | 4 | 5, note: '' })),
});

describe('overall score', () => {
  it('the weighted mean of named components, with the formula in words', () => {
    const o = computeScorecard(discoveryCall()).overall;
    expect(o.components.map((c) => [c.id, c.weight, c.score])).toEqual([
      ['depth', 30, 67],
      ['follow-through', 25, 50],
      ['pitch-timing', 15, 100],
      ['talk-ratio', 15, 100],
      ['open-questions', 15, 33],
      ['rubric', 25, null],
    ]);
    // (30·67 + 25·50 + 15·100 + 15·100 + 15·33) / 100 = 67.55
    expect(o.value).toBe(68);
    expect(o.formula).toBe(
      '68 = (30 × 67 discovery depth + 25 × 50 follow-through + 15 × 100 pitch timing + 15 × 100 talk ratio + 15 × 33 open questions) ÷ 100. ' +
        'Discovery depth 67: 2 pain chains, mean depth 2 of 3, ÷ 3 × 100. ' +
        'Follow-through 50: 1 of 2 doors followed through. ' +
        'Pitch timing 100: first pitch at 1:41, first personal pain at 1:11: 0 if a pitch came first, else 100. ' +
        'Talk ratio 100: rep spoke 42%: 100 up to 45%, falling to 0 at 80%. ' +
        'Open questions 33: 1 of 3 rep questions open. ' +
        'Left out, weight not counted: Manager rubric (no manager ratings).',
    );
  });

  it('no score until something was reviewed: the conversation figures alone do not make one', () => {
    const call = discoveryCall();
    const unreviewed = computeScorecard({ ...call, annotations: annotations({}) }).overall;
    expect(unreviewed.components.find((c) => c.id === 'talk-ratio')!.score).toBe(100);
    expect(unreviewed.value).toBeNull();
    expect(unreviewed.formula).toMatch(/^No score yet: .*not enough alone: Talk ratio 100, Open questions 33\./);
    // One mark is enough to score (here an unchained symptom: pitch timing is judged).
    const tagged = computeScorecard({ ...call, annotations: annotations({ tags: [tag('s', 1, 5, null, null)] }) }).overall;
    expect(tagged.value).not.toBeNull();
  });

  it('each component carries the evidence behind it', () => {
    const o = computeScorecard(discoveryCall()).overall;
    const ev = Object.fromEntries(o.components.map((c) => [c.id, c.evidence.length]));
    expect(ev).toEqual({ depth: 4, 'follow-through': 2, 'pitch-timing': 2, 'talk-ratio': 3, 'open-questions': 3, rubric: 0 });
  });

  it('manager ratings join with their weight when present', () => {
    // Criterion means 4 and 3 → rubric mean 3.5 → (3.5 − 1) / 4 × 100 = 62.5 → 63.
    const o = computeScorecard({ ...discoveryCall(), reviews: [review('Mo', [5, 3]), review('Ana', [3, 3])] }).overall;
    expect(o.components.at(-1)).toMatchObject({ id: 'rubric', score: 63, basis: 'mean rating 3.5 of 5, (mean − 1) ÷ 4 × 100' });
    expect(o.value).toBe(67); // (6755 + 25·63) / 125 = 66.64
    expect(o.formula).toMatch(/^67 = \(.* \+ 25 × 63 manager rubric\) ÷ 125\. /);
    expect(o.formula).not.toContain('Left out');
  });

  it('the talk ratio falls in a straight line from 45% to 0 at 80%', () => {
    const ratio = (rep: number, prospect: number) =>
      computeScorecard({
        turns: [turn('a', 'p', 0, prospect, 'Hi.'), turn('b', 'r', prospect, prospect + rep, 'Hello.')],
        speakers: speakers(),
        annotations: annotations({}),
        duration: 100,
      }).overall.components.find((c) => c.id === 'talk-ratio')!.score;
    expect(ratio(45, 55)).toBe(100);
    expect(ratio(20, 80)).toBe(100);
    expect(ratio(60, 40)).toBe(57); // (0.8 − 0.6) / 0.35
    expect(ratio(90, 10)).toBe(0);
  });

  it('a rep who asked no questions scores 0 on open questions; one who never spoke is left out', () => {
    const score = (turns: ReturnType<typeof turn>[]) =>
      computeScorecard({ turns, speakers: speakers(), annotations: annotations({}), duration: 60 }).overall.components.find((c) => c.id === 'open-questions')!;
    expect(score([turn('a', 'r', 0, 5, 'We do that.')])).toMatchObject({ score: 0, basis: 'the rep asked no questions' });
    expect(score([turn('a', 'p', 0, 5, 'Hello?')])).toMatchObject({ score: null, basis: 'no speech from a speaker marked rep' });
  });

  it('pitch timing is judged when there are tags but no pitch (100), and left out with neither', () => {
    const pitchScore = (a: ReturnType<typeof annotations>) =>
      computeScorecard({ turns: [], speakers: speakers(), annotations: a, duration: 60 }).overall.components.find((c) => c.id === 'pitch-timing')!.score;
    expect(pitchScore(annotations({ tags: [tag('s', 1, 5, null, null)] }))).toBe(100);
    expect(pitchScore(annotations({ moments: [moment('d', 'door-opener', 5, 6)] }))).toBeNull();
  });
});
