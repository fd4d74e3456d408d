import { describe, expect, it } from 'vitest';
import { responsiveness } from '../../../shared/scorecard/responsiveness';
import { sidesOf } from '../../../shared/scorecard/roles';
import { REP, speakers, turn } from './fixtures';

const turns = [
  turn('p1', 'p', 0, 10, 'We lose deals every quarter.'),
  turn('r1', 'r', 11.5, 15, 'Tell me more?'), // pause 1.5
  turn('p2', 'p', 16, 30, "It's the onboarding, and"),
  turn('r2', 'r', 30.1, 35, 'Right, our product fixes that.'), // 0.1 s after a sentence left open: cut off
  turn('p3', 'p', 36, 50, 'Honestly it keeps me up at night.'), // door-opener 40–45
  turn('r3', 'r', 49, 55, 'We can help.'), // started 1 s before the prospect finished: talked over, pause 0
  turn('p4', 'p', 56, 60, 'Sure.'),
  turn('r4', 'r', 60.1, 62, 'Great.'), // quick, but the prospect had finished the sentence
  turn('r4b', 'r', 62, 63, 'So.'), // the rep carrying on: not a handover
  turn('p5', 'p', 63, 70, 'And my boss is asking'),
  turn('r5', 'r', 73, 80, 'Anyway, pricing.'), // pause 3; missed follow-up marked from the reply, 73–75
];
const doors = [
  { start: 40, end: 45 },
  { start: 73, end: 75 },
];

describe('patience', () => {
  it('median pause from a prospect turn’s end to the rep’s next turn, overlaps as 0', () => {
    const r = responsiveness(sidesOf(turns, speakers()), doors);
    // Pauses 1.5, 0.1, 0, 0.1, 3 → median 0.1.
    expect(r.patience.value).toBe(0.1);
    expect(r.patience.count).toBe(5);
    expect(r.patience.evidence).toEqual([
      { start: 10, end: 11.5, label: 'Rep paused 1.5 s' },
      { start: 30, end: 30.1, label: 'Rep paused 0.1 s' },
      { start: 49, end: 50, label: 'Rep came in 1 s before the prospect finished' },
      { start: 60, end: 60.1, label: 'Rep paused 0.1 s' },
      { start: 70, end: 73, label: 'Rep paused 3 s' },
    ]);
  });

  it('after door-openers only: doors marked on the prospect’s words or on the reply', () => {
    const r = responsiveness(sidesOf(turns, speakers()), doors);
    expect(r.patienceAfterDoors.value).toBe(1.5); // median of 0 and 3
    expect(r.patienceAfterDoors.count).toBe(2);
  });

  it('no doors: no figure after doors', () => {
    const r = responsiveness(sidesOf(turns, speakers()), []);
    expect(r.patienceAfterDoors).toEqual({ value: null, count: 0, evidence: [] });
  });
});

describe('interruptions', () => {
  it('talking over the prospect, or coming in within 0.2 s of a sentence left open', () => {
    const r = responsiveness(sidesOf(turns, speakers()), doors);
    expect(r.interruptions).toEqual({
      value: 2,
      evidence: [
        { start: 25.1, end: 35, label: 'Rep cut the prospect off mid-sentence' },
        { start: 44, end: 55, label: 'Rep talked over the prospect' },
      ],
    });
  });

  it('exactly 0.2 s after an unfinished sentence is a cut-off; just over is not', () => {
    const at = (gap: number) =>
      responsiveness(sidesOf([turn('p', 'p', 0, 5, 'So we were'), turn('r', 'r', 5 + gap, 8, 'Yes.')], speakers()), []).interruptions.value;
    expect(at(0.2)).toBe(1);
    expect(at(0.25)).toBe(0);
  });

  it('unknown with only one side known', () => {
    const r = responsiveness(sidesOf([turn('r', 'r', 0, 5, 'Hello?')], [REP]), []);
    expect(r.interruptions).toEqual({ value: null, evidence: [] });
    expect(r.patience).toEqual({ value: null, count: 0, evidence: [] });
  });
});
