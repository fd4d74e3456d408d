import { describe, expect, it } from 'vitest';
import { conversation } from '../../../shared/scorecard/conversation';
import { PROSPECT, REP, turn } from './fixtures';

describe('conversation', () => {
  it('with a rep and a prospect: complete, no notes', () => {
    const c = conversation([turn('1', 'p', 0, 10, 'Hi.'), turn('2', 'r', 10, 15, 'What brings you here?')], [REP, PROSPECT], []);
    expect(c.complete).toBe(true);
    expect(c.notes).toEqual([]);
    expect([c.talkTime.ratio.value, c.questions.open.value, c.patience.value, c.interruptions.value]).toEqual([0.333, 1, 0, 0]);
  });

  it('unknown roles: nothing is guessed, and the notes say why figures are missing', () => {
    const unknown = [
      { id: 's1', name: 'Left channel', role: 'unknown' as const },
      { id: 's2', name: 'Right channel', role: 'unknown' as const },
    ];
    const c = conversation([turn('1', 's1', 0, 10, 'Hi.'), turn('2', 's2', 10, 15, 'How are you?')], unknown, []);
    expect(c.complete).toBe(false);
    expect(c.notes).toEqual([
      'No speaker is marked as the rep: rep figures are not computed.',
      'No speaker is marked as a prospect: the talk ratio, patience and interruptions are not computed.',
      'Left out of the conversation figures, as neither rep nor prospect: Left channel (unknown), Right channel (unknown).',
    ]);
    expect(c.excluded.map((s) => [s.speakerId, s.talkTime])).toEqual([
      ['s1', 10],
      ['s2', 5],
    ]);
    expect([c.talkTime.rep.value, c.talkTime.prospect.value, c.talkTime.ratio.value]).toEqual([null, null, null]);
    expect([c.longestMonologue.value, c.questions.open.value, c.questions.closed.value, c.patience.value, c.interruptions.value]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('an "other" speaker is left out while rep and prospect figures stand', () => {
    const other = { id: 'o', name: 'Assistant', role: 'other' as const };
    const c = conversation([turn('1', 'p', 0, 10, 'Hi.'), turn('2', 'o', 10, 12, 'Minutes on.'), turn('3', 'r', 12, 22, 'Hello.')], [REP, PROSPECT, other], []);
    expect(c.complete).toBe(true);
    expect(c.notes).toEqual(['Left out of the conversation figures, as neither rep nor prospect: Assistant (other).']);
    expect([c.talkTime.rep.value, c.talkTime.prospect.value, c.talkTime.ratio.value, c.patience.value]).toEqual([10, 10, 0.5, 2]);
  });
});
