import { describe, expect, it } from 'vitest';
import { compareScorecards, verdictOf } from '../../../shared/scorecard/comparison';
import { computeScorecard } from '../../../shared/scorecard/scorecard';
import { annotations, discoveryCall } from './fixtures';

const byId = (figures: ReturnType<typeof compareScorecards>) => new Map(figures.map((f) => [f.id, f]));

describe('comparing two calls’ scorecards', () => {
  const good = computeScorecard(discoveryCall());
  const blank = computeScorecard({ ...discoveryCall(), annotations: annotations({}) });

  it('lists the main figures of both calls with B’s difference and verdict', () => {
    const f = byId(compareScorecards(blank, good));
    expect([...f.keys()]).toEqual([
      'overall',
      'depth',
      'chains',
      'symptoms-drilled',
      'followed-share',
      'missed-per-10',
      'pitched-early',
      'talk-ratio',
      'monologue',
      'open-share',
      'patience',
      'interruptions',
      'rubric',
    ]);
    expect(f.get('depth')).toMatchObject({ a: 0, b: 3, delta: 3, verdict: 'better' });
    expect(f.get('chains')).toMatchObject({ a: 0, b: 2, delta: 2, verdict: 'better' });
    // One miss in 10 minutes against none: B is worse on this one.
    expect(f.get('missed-per-10')).toMatchObject({ a: 0, b: 1, delta: 1, verdict: 'worse' });
    // The same transcript: the conversation figures are equal.
    expect(f.get('talk-ratio')).toMatchObject({ a: 0.422, b: 0.422, delta: 0, verdict: 'same' });
  });

  it('keeps each call’s evidence with its own column', () => {
    const f = byId(compareScorecards(blank, good));
    expect(f.get('depth')!.evidenceA).toEqual([]);
    expect(f.get('depth')!.evidenceB.length).toBeGreaterThan(0);
    expect(f.get('missed-per-10')!.evidenceB[0]).toMatchObject({ start: 101, end: 106 });
  });

  it('a figure missing on either side has no delta and no verdict, never a 0', () => {
    const f = byId(compareScorecards(blank, good));
    expect(f.get('followed-share')).toMatchObject({ a: null, b: 0.5, delta: null, verdict: null });
    expect(f.get('rubric')).toMatchObject({ a: null, b: null, delta: null, verdict: null });
  });

  it('yes/no figures compare without a delta: not pitching early is better', () => {
    expect(verdictOf('no', true, false)).toBe('better');
    expect(verdictOf('no', false, true)).toBe('worse');
    expect(verdictOf('no', false, false)).toBe('same');
    const f = byId(compareScorecards(good, good));
    expect(f.get('pitched-early')).toMatchObject({ a: false, b: false, delta: null, verdict: 'same' });
  });

  it('talk ratio: anything up to the 45% ideal is as good; above it, lower is better', () => {
    expect(verdictOf('at-most-ideal', 0.3, 0.45)).toBe('same');
    expect(verdictOf('at-most-ideal', 0.6, 0.5)).toBe('better');
    expect(verdictOf('at-most-ideal', 0.4, 0.7)).toBe('worse');
  });

  it('direction follows the figure: fewer interruptions and a longer patience are better', () => {
    expect(verdictOf('lower', 3, 1)).toBe('better');
    expect(verdictOf('higher', 1.2, 0.4)).toBe('worse');
    expect(verdictOf('higher', 0.1 + 0.2, 0.3)).toBe('same');
  });
});
