import { describe, expect, it } from 'vitest';
import { cleanSegments } from '../../../shared/domain/cleanup';
import type { Segment, Word } from '../../../shared/domain/transcript';
import { turnsByChannel, turnsByPauses } from '../../../shared/domain/turns';

const w = (text: string, start: number, end = start + 0.3): Word => ({ text: ` ${text}`, start, end, p: 0.9 });
const seg = (...words: Word[]): Segment => ({
  start: words[0]!.start,
  end: words.at(-1)!.end,
  text: words.map((x) => x.text).join(''),
  words,
});
/** 10 buckets per second; `loud(from, to)` marks where a channel has speech. */
const channel = (seconds: number, ...loud: [number, number][]) => {
  const e = new Float32Array(seconds * 10).fill(0.0001);
  for (const [from, to] of loud) e.fill(0.1, from * 10, to * 10);
  return e;
};

describe('turnsByChannel', () => {
  it('gives each word to the louder channel and groups consecutive words into turns', () => {
    const left = channel(6, [0, 2], [4, 6]);
    const right = channel(6, [2, 4]);
    const turns = turnsByChannel([seg(w('hello', 0.2), w('there', 1), w('hi.', 2.5), w('so', 4.2), w('anyway', 5))], [left, right], 10, ['rep', 'prospect']);
    expect(turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['rep', 'hello there'],
      ['prospect', 'hi.'],
      ['rep', 'so anyway'],
    ]);
    // The right's turn starts where its voice does (2 s), not at its word's time (turns follow the voices).
    expect(turns[1]).toMatchObject({ id: 't2', start: 2, end: 2.8 });
  });

  it('gives a sentence-final word that lands on the next speaker back to the sentence it ends', () => {
    const left = channel(6, [0, 2]);
    const right = channel(6, [2, 6]);
    const turns = turnsByChannel([seg(w('help', 1), w('you', 1.5), w('today?', 2.0), w('Hi.', 3), w('Yes', 4))], [left, right], 10, ['a', 'b']);
    expect(turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['a', 'help you today?'],
      ['b', 'Hi. Yes'],
    ]);
  });

  it('measures a very short word over at least 0.3 s, so one loud bucket of the other channel does not take it', () => {
    const left = channel(4, [0, 2]);
    const right = channel(4, [2.5, 4]);
    right[19] = 0.2; // a click on the right, louder than the left's speech for one bucket (1.9–2.0 s)
    const turns = turnsByChannel([seg(w('we', 1, 1.5), w('so', 1.9, 1.95), w('yes', 3))], [left, right], 10, ['a', 'b']);
    expect(turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['a', 'we so'],
      ['b', 'yes'],
    ]);
  });

  it('gives a word whisper timed into the pause after a speaker to that speaker, not to the voice that follows', () => {
    // "please" said at the end of the left's speech (to 1.6 s), timed by whisper 1.8–3.0 s, over the right's reply.
    const left = channel(5, [0, 1.6]);
    const right = channel(5, [2.4, 5]);
    const turns = turnsByChannel(
      [seg(w('for', 1, 1.3), w('me,', 1.3, 1.6), w('please', 1.8, 3.0), w("That's", 3.1, 3.5), w('mine.', 3.6, 4))],
      [left, right],
      10,
      ['a', 'b'],
    );
    expect(turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['a', 'for me, please'],
      ['b', "That's mine."],
    ]);
    // "please" moves back to where the left's voice ends; the reply starts where the right's voice does.
    expect(turns[0]!.end).toBeCloseTo(1.6);
    expect(turns[1]!.start).toBeCloseTo(2.4);
  });

  it('keeps a moved word after the word before it when that voice ended under that word', () => {
    const left = channel(5, [0, 1.4]);
    const right = channel(5, [2.4, 5]);
    const turns = turnsByChannel([seg(w('me,', 1.3, 1.6), w('please', 1.8, 3.0), w('Sure.', 3.1, 3.5))], [left, right], 10, ['a', 'b']);
    const please = turns[0]!.words[1]!;
    expect([please.start, please.end]).toEqual([1.6, 1.6]);
  });

  it('puts a change of speaker where the voices change: the last word clipped to its speech, the next turn from its speech onset', () => {
    const left = channel(6, [0, 2]);
    const right = channel(6, [2.5, 6]);
    // "there" is stretched from 1.5 s to 2.7 s, over the right's first 0.2 s; the right's first word is timed 0.5 s late.
    const turns = turnsByChannel([seg(w('hello', 0.5, 1.5), w('there', 1.5, 2.7), w('yes', 3.0, 3.5), w('indeed', 3.6, 4))], [left, right], 10, ['a', 'b']);
    expect(turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['a', 'hello there'],
      ['b', 'yes indeed'],
    ]);
    expect(turns[0]).toMatchObject({ start: 0.5, end: 2 });
    expect(turns[1]!.start).toBeCloseTo(2.5);
    expect(turns[1]!.words[0]!.end).toBe(3.5);
  });

  it('makes a back-channel over the other voice its own short turn, the other turns meeting it where the voices change', () => {
    const left = channel(6, [0, 6]);
    const right = channel(6, [2.9, 3.3]);
    right.fill(1, 29, 33); // "mm-hm" on the right, louder than the left's speech under it
    const turns = turnsByChannel([seg(w('so', 1, 1.5), w('we', 2, 2.5), w('mm-hm', 3, 3.2), w('then', 3.5, 4), w('go', 4.5, 5))], [left, right], 10, [
      'a',
      'b',
    ]);
    expect(turns.map((t) => [t.speakerId, t.text, t.start, t.end])).toEqual([
      // The back-channel starts where its voice does; the left's next turn where the back-channel's word ends.
      ['a', 'so we', 1, 2.5],
      ['b', 'mm-hm', 2.9, 3.2],
      ['a', 'then go', 3.2, 5],
    ]);
  });
});

describe('turnsByPauses', () => {
  it('alternates speakers at pauses longer than 0.8 s', () => {
    const turns = turnsByPauses([seg(w('one', 0), w('two', 0.5)), seg(w('three', 2)), seg(w('four', 2.6))], ['s1', 's2']);
    expect(turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['s1', 'one two'],
      ['s2', 'three four'],
    ]);
  });

  it('an empty transcription gives no turns', () => {
    expect(turnsByPauses([], ['s1', 's2'])).toEqual([]);
  });
});

describe('cleanSegments', () => {
  it('drops non-speech marks, empty segments and repetition loops but keeps short repeated replies', () => {
    const s = (text: string, start: number) => ({ ...seg(w(text, start)), text });
    const kept = cleanSegments([
      s('[BLANK_AUDIO]', 0),
      s('Yes.', 1),
      s('Yes.', 2),
      s('we will miss the number this quarter', 3),
      s('we will miss the number this quarter', 4),
      s('We will miss the number this quarter.', 5),
      { start: 6, end: 7, text: 'words', words: [] },
      s('(music)', 8),
    ]);
    expect(kept.map((k) => k.text)).toEqual(['Yes.', 'Yes.', 'we will miss the number this quarter']);
  });
});
