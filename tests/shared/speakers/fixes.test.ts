import { describe, expect, it } from 'vitest';
import { Turn, type Word } from '../../../shared/domain/transcript';
import { keepUserFixes } from '../../../shared/speakers/fixes';

const w = (text: string, start: number): Word => ({ text: ` ${text}`, start, end: start + 0.4, p: 1 });
const turn = (id: string, speakerId: string, words: Word[], extra: Partial<Turn> = {}): Turn => ({
  id,
  speakerId,
  start: words[0]!.start,
  end: words.at(-1)!.end,
  text: words.map((x) => x.text.trim()).join(' '),
  words,
  ...extra,
});

describe('keepUserFixes', () => {
  const hello = [w('hello', 0), w('there', 0.5)];
  const question = [w('how', 1), w('are', 1.5), w('you', 2)];
  const answer = [w('fine', 3), w('thanks', 3.5)];

  it('keeps the speaker the user set on a turn when speakers are detected again', () => {
    const before = [turn('t1', 's1', hello), turn('t2', 's1', question, { speakerSetBy: 'user' }), turn('t3', 's2', answer)];
    const detected = [turn('t1', 's2', [...hello, ...question], { speakerConfidence: 0.8 }), turn('t2', 's1', answer, { speakerConfidence: 0.7 })];
    const kept = keepUserFixes(before, detected);
    expect(kept.map((t) => [t.speakerId, t.text, t.speakerSetBy ?? null, t.speakerConfidence ?? null])).toEqual([
      ['s2', 'hello there', null, 0.8],
      ['s1', 'how are you', 'user', null],
      ['s1', 'fine thanks', null, 0.7],
    ]);
    expect(kept.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    for (const t of kept) expect(Turn.parse(t)).toEqual(t); // valid documents
    // ...and the next re-detection keeps it again.
    expect(keepUserFixes(kept, detected)[1]).toMatchObject({ speakerId: 's1', speakerSetBy: 'user' });
  });

  it('changes nothing when the user fixed nothing', () => {
    const detected = [turn('t1', 's2', hello)];
    expect(keepUserFixes([turn('t1', 's1', hello)], detected)).toBe(detected);
  });

  it('accepts documents written before these fields existed', () => {
    expect(Turn.parse(turn('t1', 's1', hello))).not.toHaveProperty('speakerConfidence');
    expect(() => Turn.parse(turn('t1', 's1', hello, { speakerConfidence: 2 }))).toThrow();
  });
});
