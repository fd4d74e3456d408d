import { describe, expect, it } from 'vitest';
import { pitchTiming } from '../../../shared/scorecard/pitchTiming';
import { annotations, moment, tag } from './fixtures';

const painAt300 = [tag('s', 1, 60, 'c', null), tag('b', 2, 120, 'c', 's'), tag('p', 3, 300, 'c', 'b'), tag('p2', 3, 200, null, null)];

describe('pitch before pain', () => {
  it('flags a pitch that comes before the first personal pain', () => {
    const p = pitchTiming(annotations({ tags: painAt300, moments: [moment('m2', 'pitch', 500, 520), moment('m1', 'pitch', 150, 170)] }));
    expect(p.firstPitchAt.value).toBe(150);
    expect(p.firstPersonalPainAt.value).toBe(200);
    expect(p.pitchedBeforePain).toEqual({
      value: true,
      evidence: [
        { start: 150, end: 170, label: 'First pitch' },
        { start: 200, end: 202, label: 'First personal pain' },
      ],
    });
  });

  it('a pitch after the first personal pain is fine', () => {
    const p = pitchTiming(annotations({ tags: painAt300, moments: [moment('m', 'pitch', 250, 260)] }));
    expect(p.pitchedBeforePain.value).toBe(false);
  });

  it('a pitch with no personal pain at all is flagged', () => {
    const p = pitchTiming(annotations({ tags: [tag('s', 1, 10, 'c', null)], moments: [moment('m', 'pitch', 900, 910)] }));
    expect([p.firstPitchAt.value, p.firstPersonalPainAt.value, p.pitchedBeforePain.value]).toEqual([900, null, true]);
  });

  it('no pitch is never flagged; door-opener moments are not pitches', () => {
    const p = pitchTiming(annotations({ moments: [moment('d', 'door-opener', 5, 6)] }));
    expect(p.firstPitchAt).toEqual({ value: null, evidence: [] });
    expect(p.pitchedBeforePain).toEqual({ value: false, evidence: [] });
  });
});
