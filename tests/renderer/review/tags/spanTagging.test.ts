import { describe, expect, it } from 'vitest';
import { applyCommand, emptyAnnotations, type AnnotationCommand, type Annotations, type PainTag } from '../../../../shared/domain/annotations';
import type { Turn, Word } from '../../../../shared/domain/transcript';
import { coversTurn, spanText, wordLevels, wordsSpan } from '../../../../renderer/review/tags/spans';
import { tagQuote, toggleSpanTagCommand, toggleTagCommand } from '../../../../renderer/review/tags/tagging';

/** A turn whose words are one second each from `start`. */
function turn(id: string, start: number, text: string): Turn {
  const words: Word[] = text.split(' ').map((w, i) => ({ text: ` ${w}`, start: start + i, end: start + i + 1, p: 1 }));
  return { id, speakerId: 's2', start, end: start + words.length, text, words };
}

const turns = [
  turn('t1', 0, 'How is onboarding going?'), // 0–4
  turn('t2', 4, 'Onboarding takes us weeks and the team keeps redoing setup.'), // 4–14
  turn('t3', 14, 'We lost two renewals last quarter.'), // 14–20
];
const t2 = turns[1]!;
const t3 = turns[2]!;
let n = 0;
const fresh = () => ({ id: `tag${++n}`, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' });
const run = (a: Annotations, c: AnnotationCommand | null) => (c ? applyCommand(a, c).next : a);

describe('span tags: tagging selected words', () => {
  it('spans from the first selected word’s start to the last one’s end, in either selection direction', () => {
    expect(wordsSpan(t2, 2, 3)).toEqual({ start: 6, end: 8 });
    expect(wordsSpan(t2, 3, 2)).toEqual({ start: 6, end: 8 });
    expect(wordsSpan(t2, 2, 99)).toBeNull();
  });

  it('a symptom on words opens a chain named after those words', () => {
    const a = run(emptyAnnotations(), toggleSpanTagCommand(emptyAnnotations(), t2, { first: 2, last: 3 }, 1, fresh()));
    expect(a.tags).toHaveLength(1);
    expect(a.tags[0]).toMatchObject({ level: 1, span: { start: 6, end: 8 }, parentId: null });
    expect(a.chains).toEqual([{ id: a.tags[0]!.chainId, topic: 'us weeks' }]);
  });

  it('a deeper pain on words links under the nearest open parent; the same key on the same words removes it', () => {
    let a = run(emptyAnnotations(), toggleTagCommand(emptyAnnotations(), turns, t2, 1, fresh()));
    a = run(a, toggleSpanTagCommand(a, t3, { first: 1, last: 3 }, 2, fresh()));
    const [symptom, impact] = a.tags as [PainTag, PainTag];
    expect(impact).toMatchObject({ level: 2, span: { start: 15, end: 18 }, chainId: symptom.chainId, parentId: symptom.id });
    a = run(a, toggleSpanTagCommand(a, t3, { first: 1, last: 3 }, 2, fresh()));
    expect(a.tags.map((t) => t.id)).toEqual([symptom.id]);
  });

  it('other words, or another level, on the same turn add a tag rather than remove one', () => {
    let a = run(emptyAnnotations(), toggleSpanTagCommand(emptyAnnotations(), t3, { first: 1, last: 3 }, 2, fresh()));
    a = run(a, toggleSpanTagCommand(a, t3, { first: 1, last: 2 }, 2, fresh()));
    a = run(a, toggleSpanTagCommand(a, t3, { first: 1, last: 3 }, 3, fresh()));
    expect(a.tags.map((t) => [t.level, t.span.start, t.span.end])).toEqual([
      [2, 15, 18],
      [2, 15, 17],
      [3, 15, 18],
    ]);
  });

  it('removing the last tag of a chain from its words drops the chain too', () => {
    let a = run(emptyAnnotations(), toggleSpanTagCommand(emptyAnnotations(), t2, { first: 0, last: 1 }, 1, fresh()));
    a = run(a, toggleSpanTagCommand(a, t2, { first: 0, last: 1 }, 1, fresh()));
    expect(a).toEqual(emptyAnnotations());
  });

  it('gives nothing for words the turn no longer has', () => {
    expect(toggleSpanTagCommand(emptyAnnotations(), t3, { first: 4, last: 9 }, 1, fresh())).toBeNull();
  });
});

describe('span tags in the row and the panel', () => {
  const tag = (level: 1 | 2 | 3, start: number, end: number): PainTag => ({
    ...fresh(),
    level,
    span: { start, end },
    chainId: null,
    parentId: null,
  });

  it('highlights only words of tags on part of the turn, deepest level winning', () => {
    expect(wordLevels(t3, [tag(1, 14, 20)])).toBeNull(); // a whole-turn tag is the badge's job
    expect(wordLevels(t3, [])).toBeNull();
    expect(wordLevels(t3, [tag(2, 15, 18), tag(3, 17, 19)])).toEqual([0, 2, 2, 3, 3, 0]);
  });

  it('knows a whole-turn tag, and the words a span covers', () => {
    expect(coversTurn(t3, { start: 14, end: 20 })).toBe(true);
    expect(coversTurn(t3, { start: 15, end: 20 })).toBe(false);
    expect(spanText(t3, { start: 15, end: 18 })).toBe('lost two renewals');
  });

  it('quotes a whole-turn tag by its turn and a span tag by its words', () => {
    expect(tagQuote(turns, tag(1, 4, 14), 4)).toBe('Onboarding takes us weeks…');
    expect(tagQuote(turns, tag(2, 15, 18), 8)).toBe('lost two renewals');
    expect(tagQuote([], tag(2, 15, 18), 8)).toBe('…');
  });
});

describe('untagging a middle level', () => {
  it('a personal stake under a removed business impact drills into the symptom instead, as deleting the turn does', () => {
    const t1 = turns[0]!;
    let a = run(emptyAnnotations(), toggleTagCommand(emptyAnnotations(), turns, t1, 1, fresh()));
    a = run(a, toggleTagCommand(a, turns, t2, 2, fresh()));
    a = run(a, toggleTagCommand(a, turns, t3, 3, fresh()));
    const [symptom, impact, stake] = a.tags as [PainTag, PainTag, PainTag];
    expect(stake.parentId).toBe(impact.id);
    a = run(a, toggleTagCommand(a, turns, t2, 2, fresh()));
    expect(a.tags.map((t) => t.id)).toEqual([symptom.id, stake.id]);
    expect(a.tags.find((t) => t.id === stake.id)).toMatchObject({ parentId: symptom.id, chainId: symptom.chainId });
    expect(a.chains).toHaveLength(1);
  });
});
