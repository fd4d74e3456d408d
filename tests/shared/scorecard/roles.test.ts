import { describe, expect, it } from 'vitest';
import { handovers, sidesOf } from '../../../shared/scorecard/roles';
import { PROSPECT, REP, speakers, turn } from './fixtures';

describe('rep and prospect sides', () => {
  const guest = { id: 'g', name: 'Gus Guest', role: 'other' as const };
  const mystery = { id: 'm', name: 'Speaker 3', role: 'unknown' as const };
  const turns = [
    turn('t1', 'r', 0, 5, 'Hi.'),
    turn('t2', 'g', 4, 8, 'Hello all.'),
    turn('t3', 'p', 8, 12, 'Hi there.'),
    turn('t4', 'x', 12, 13, 'Sorry, who joined?'),
    turn('t5', 'r', 13, 20, 'Let us start.'),
  ];

  it('keeps rep and prospect turns; other, unknown and unlisted speakers are excluded with their talk time', () => {
    const s = sidesOf(turns, speakers(guest, mystery));
    expect(s.turns.map((t) => [t.id, t.side])).toEqual([
      ['t1', 'rep'],
      ['t3', 'prospect'],
      ['t5', 'rep'],
    ]);
    expect([s.hasRep, s.hasProspect]).toEqual([true, true]);
    expect(s.excluded).toEqual([
      { speakerId: 'g', name: 'Gus Guest', role: 'other', talkTime: 4 },
      { speakerId: 'm', name: 'Speaker 3', role: 'unknown', talkTime: 0 },
      { speakerId: 'x', name: 'x', role: 'unknown', talkTime: 1 },
    ]);
  });

  it('a handover is a rep turn right after a prospect turn, skipping excluded speakers', () => {
    const s = sidesOf(turns, speakers(guest, mystery));
    expect(handovers(s.turns).map((h) => [h.prospect.id, h.rep.id])).toEqual([['t3', 't5']]);
  });

  it('several speakers can share a side', () => {
    const boss = { ...PROSPECT, id: 'p2', name: 'Boss' };
    const s = sidesOf([turn('a', 'p', 0, 1, 'A.'), turn('b', 'p2', 1, 2, 'B.'), turn('c', 'r', 2, 3, 'C.')], [REP, PROSPECT, boss]);
    expect(s.turns.map((t) => t.side)).toEqual(['prospect', 'prospect', 'rep']);
    expect(handovers(s.turns).map((h) => h.prospect.id)).toEqual(['b']);
  });
});
