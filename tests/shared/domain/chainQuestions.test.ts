import { describe, expect, it } from 'vitest';
import { emptyAnnotations, type Annotations, type PainTag } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import { questionsBetween, questionsToTag, turnQuestions } from '../../../shared/domain/chainQuestions';
import type { Turn, Word } from '../../../shared/domain/transcript';

/** A turn whose words are one second each from `start`. */
function turn(id: string, speakerId: string, start: number, text: string): Turn {
  const words: Word[] = text.split(' ').map((w, i) => ({ text: ` ${w}`, start: start + i, end: start + i + 1, p: 1 }));
  return { id, speakerId, start, end: start + words.length, text, words };
}

const rep: Speaker = { id: 's1', name: 'Dana', role: 'rep' };
const prospect: Speaker = { id: 's2', name: 'Sam', role: 'prospect' };
const unknown = (s: Speaker): Speaker => ({ ...s, role: 'unknown' });

const turns: Turn[] = [
  turn('t1', 's1', 0, 'Hi Sam. How is onboarding going?'), // 0–6
  turn('t2', 's2', 6, 'It takes weeks. Why do you ask?'), // 6–13
  turn('t3', 's1', 13, 'Fair. What does that delay cost you? And who feels it?'), // 13–24
  turn('t4', 's2', 24, 'We lost two renewals.'), // 24–28
  turn('t5', 's1', 28, 'How does your boss see it?'), // 28–34
  turn('t6', 's2', 34, 'My bonus depends on it.'), // 34–39
];

describe('turnQuestions', () => {
  it('finds the sentences ending in a question mark, timed from their first word', () => {
    expect(turnQuestions(turns[2]!)).toEqual([
      { text: 'What does that delay cost you?', start: 14, turnId: 't3' },
      { text: 'And who feels it?', start: 20, turnId: 't3' },
    ]);
    expect(turnQuestions(turns[3]!)).toEqual([]);
  });

  it('keeps closing quotes and handles a question mark that is its own token', () => {
    const t: Turn = {
      ...turn('x', 's1', 0, 'ok'),
      words: [
        { text: ' So', start: 0, end: 1, p: 1 },
        { text: ' “really', start: 1, end: 2, p: 1 },
        { text: '?”', start: 2, end: 2.2, p: 1 },
        { text: ' Yes.', start: 3, end: 4, p: 1 },
      ],
    };
    expect(turnQuestions(t)).toEqual([{ text: 'So “really?”', start: 0, turnId: 'x' }]);
  });

  it('reads the text when a turn has no word timings, timed at the turn start', () => {
    const t: Turn = { id: 'x', speakerId: 's1', start: 5, end: 9, text: 'Right. Why now? Because of Q3?', words: [] };
    expect(turnQuestions(t).map((q) => [q.text, q.start])).toEqual([
      ['Why now?', 5],
      ['Because of Q3?', 5],
    ]);
  });
});

describe('questionsBetween', () => {
  it("lists the rep's questions between the end of one mark and the start of the next", () => {
    const qs = questionsBetween(turns, [rep, prospect], { start: 6, end: 13 }, { start: 24, end: 28 }, 's2');
    expect(qs.map((q) => q.text)).toEqual(['What does that delay cost you?', 'And who feels it?']);
  });

  it("skips the prospect's own questions and questions outside the window", () => {
    const qs = questionsBetween(turns, [rep, prospect], { start: 0, end: 6 }, { start: 34, end: 39 }, 's2');
    expect(qs.map((q) => q.text)).toEqual(['What does that delay cost you?', 'And who feels it?', 'How does your boss see it?']);
    expect(qs.some((q) => q.text === 'Why do you ask?')).toBe(false);
  });

  it('works with the marks in either order and with a part of a turn', () => {
    const qs = questionsBetween(turns, [rep, prospect], { start: 34, end: 39 }, { start: 26, end: 27 }, 's2');
    expect(qs.map((q) => q.text)).toEqual(['How does your boss see it?']);
  });

  it('with no rep known, asks the other speaker than the tagged one', () => {
    const qs = questionsBetween(turns, [unknown(rep), unknown(prospect)], { start: 0, end: 6 }, { start: 24, end: 28 }, 's2');
    expect(qs.map((q) => q.text)).toEqual(['What does that delay cost you?', 'And who feels it?']);
    const asRep = questionsBetween(turns, [unknown(rep), unknown(prospect)], { start: 0, end: 6 }, { start: 24, end: 28 }, 's1');
    expect(asRep.map((q) => q.text)).toEqual(['Why do you ask?']);
  });

  it('is empty when the marks touch or overlap', () => {
    expect(questionsBetween(turns, [rep, prospect], { start: 6, end: 13 }, { start: 13, end: 24 }, 's2')).toEqual([]);
    expect(questionsBetween(turns, [rep, prospect], { start: 6, end: 20 }, { start: 10, end: 12 }, 's2')).toEqual([]);
  });
});

describe('questionsToTag', () => {
  const at = '2026-11-24T10:00:00.000Z';
  const tag = (id: string, level: 1 | 2 | 3, start: number, end: number, parentId: string | null): PainTag => ({
    id,
    level,
    span: { start, end },
    chainId: 'c1',
    parentId,
    author: 'Dana',
    createdAt: at,
  });
  const a: Annotations = {
    ...emptyAnnotations(),
    chains: [{ id: 'c1', topic: 'Onboarding' }],
    tags: [tag('p1', 1, 6, 13, null), tag('p2', 2, 24, 28, 'p1'), tag('p3', 3, 34, 39, 'p2')],
  };

  it("gives each step the rep's questions since its parent, and none to a symptom", () => {
    expect(questionsToTag(a, turns, [rep, prospect], a.tags[0]!)).toEqual([]);
    expect(questionsToTag(a, turns, [rep, prospect], a.tags[1]!).map((q) => q.text)).toEqual(['What does that delay cost you?', 'And who feels it?']);
    expect(questionsToTag(a, turns, [rep, prospect], a.tags[2]!)).toEqual([{ text: 'How does your boss see it?', start: 28, turnId: 't5' }]);
  });
});
