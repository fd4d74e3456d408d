import { describe, expect, it } from 'vitest';
import { sidesOf } from '../../../shared/scorecard/roles';
import { longestMonologue, talkTime } from '../../../shared/scorecard/talk';
import { PROSPECT, REP, speakers, turn } from './fixtures';

describe('talk time and ratio', () => {
  it('each side is the union of its turns: overlapping speech is not counted twice', () => {
    const boss = { ...PROSPECT, id: 'p2', name: 'Boss' };
    const turns = [
      turn('1', 'r', 0, 30, 'Intro.'),
      turn('2', 'r', 20, 40, 'A split turn overlapping the first.'), // rep: 0–40 = 40 s, not 50
      turn('3', 'p', 35, 60, 'Prospect talks over the rep end.'),
      turn('4', 'p2', 50, 70, 'Boss joins in.'), // prospect side: 35–70 = 35 s, not 45
      turn('5', 'r', 70, 90, 'Rep again.'), // rep: 60 s
    ];
    const t = talkTime(sidesOf(turns, [REP, PROSPECT, boss]));
    expect(t.rep.value).toBe(60);
    expect(t.prospect.value).toBe(35);
    expect(t.ratio.value).toBe(0.632); // 60 / 95
    expect(t.rep.evidence).toEqual([
      { start: 0, end: 40, label: 'Rep speaking' },
      { start: 70, end: 90, label: 'Rep speaking' },
    ]);
    expect(t.ratio.evidence).toEqual(t.rep.evidence);
    expect(t.prospect.evidence).toEqual([{ start: 35, end: 70, label: 'Prospect speaking' }]);
  });

  it('one speaker: the rep alone has talk time, the prospect side and the ratio are unknown', () => {
    const t = talkTime(sidesOf([turn('1', 'r', 0, 42, 'Leaving a voicemail.')], [REP]));
    expect([t.rep.value, t.prospect.value, t.ratio.value]).toEqual([42, null, null]);
  });

  it('a prospect who is known but silent gives a ratio of 1', () => {
    const t = talkTime(sidesOf([turn('1', 'r', 0, 42, 'Hello?')], speakers()));
    expect([t.rep.value, t.prospect.value, t.ratio.value]).toEqual([42, 0, 1]);
  });

  it('no turns: zero talk time and no ratio', () => {
    const t = talkTime(sidesOf([], speakers()));
    expect([t.rep.value, t.prospect.value, t.ratio.value]).toEqual([0, 0, null]);
  });
});

describe('longest rep monologue', () => {
  const guest = { id: 'g', name: 'Guest', role: 'other' as const };
  it('runs across rep turns until a prospect turn; excluded speakers do not break it', () => {
    const turns = [
      turn('1', 'r', 0, 20, 'Short.'),
      turn('2', 'p', 21, 25, 'Ok.'),
      turn('3', 'r', 26, 60, 'Long.'),
      turn('4', 'g', 61, 62, 'Sorry, joining late.'),
      turn('5', 'r', 63, 100, 'Longer still.'), // 26–100 = 74 s
      turn('6', 'p', 101, 110, 'Right.'),
      turn('7', 'r', 111, 160, 'Forty-nine seconds.'),
    ];
    expect(longestMonologue(sidesOf(turns, speakers(guest)))).toEqual({
      value: 74,
      span: { start: 26, end: 100 },
      evidence: [{ start: 26, end: 100, label: 'Longest rep monologue (1:14)' }],
    });
  });

  it('a prospect backchannel inside a rep turn ends the run; the rep turn keeps its whole span', () => {
    const turns = [turn('1', 'r', 0, 60, 'Pitching.'), turn('2', 'p', 20, 21, 'Mm-hm.'), turn('3', 'r', 61, 70, 'More.')];
    expect(longestMonologue(sidesOf(turns, speakers())).span).toEqual({ start: 0, end: 60 });
  });

  it('unknown without a rep, 0 when the rep never spoke', () => {
    expect(longestMonologue(sidesOf([turn('1', 'p', 0, 5, 'Hi.')], [PROSPECT]))).toEqual({ value: null, span: null, evidence: [] });
    expect(longestMonologue(sidesOf([turn('1', 'p', 0, 5, 'Hi.')], speakers()))).toEqual({ value: 0, span: null, evidence: [] });
  });
});
