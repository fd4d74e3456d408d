import { describe, expect, it } from 'vitest';
import { AnnotationCommand, applyCommand, emptyAnnotations, type Annotations } from '../../../shared/domain/annotations';
import { chainTags } from '../../../shared/domain/chains';
import { acceptSuggestionCommand, dismissSuggestionCommand, suggest, type Suggestion } from '../../../shared/suggestions';
import { SPEAKERS, turns } from './build';

const CALL = turns([
  ['p', 'Honestly, my reps waste time in internal meetings.'],
  ['rep', 'Why does that matter to the business?'],
  ['p', "That's a full day they aren't selling, so we lose deals to competitors."],
  ['rep', 'Let me show you our platform.'],
  ['p', 'If we miss the revenue number, that lands on me.'],
]);
const fresh = (id: string) => ({ id, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' });
const suggestions = (a: Annotations) => suggest({ turns: CALL, speakers: SPEAKERS, annotations: a });
const apply = (a: Annotations, c: AnnotationCommand) => {
  expect(AnnotationCommand.parse(c)).toEqual(c); // what the main process validates
  return applyCommand(a, c);
};
const find = (a: Annotations, pred: (s: Suggestion) => boolean) => suggestions(a).find(pred)!;

describe('accepting and dismissing suggestions', () => {
  it('accepted pains join chains like keyboard tagging: 1 opens a chain, 2 and 3 drill into it', () => {
    let a = emptyAnnotations();
    for (const level of [1, 2, 3] as const) {
      const s = find(a, (x) => x.kind === 'pain' && x.level === level);
      a = apply(a, acceptSuggestionCommand(s, fresh(`tag${level}`), a)).next;
    }
    expect(a.chains).toEqual([{ id: 'chain-tag1', topic: 'Honestly, my reps waste time in' }]);
    expect(chainTags(a, 'chain-tag1').map((t) => [t.id, t.level, t.parentId])).toEqual([
      ['tag1', 1, null],
      ['tag2', 2, 'tag1'],
      ['tag3', 3, 'tag2'],
    ]);
    expect(suggestions(a).some((s) => s.kind === 'pain')).toBe(false);
  });

  it('an accepted missed follow-up becomes a follow-up with the suggested question', () => {
    const a = emptyAnnotations();
    const miss = find(a, (s) => s.kind === 'missed-follow-up');
    if (miss.kind !== 'missed-follow-up') throw new Error('no miss');
    const { next, inverse } = apply(a, acceptSuggestionCommand(miss, fresh('f1'), a));
    expect(next.followUps).toEqual([{ ...fresh('f1'), span: miss.span, reason: 'pivoted-to-pitch', shouldHaveAsked: miss.shouldHaveAsked }]);
    expect(suggestions(next).some((s) => s.kind === 'missed-follow-up')).toBe(false);
    expect(applyCommand(next, inverse).next).toEqual(a); // undo
  });

  it('accepted door-openers and pitches become moments', () => {
    let a = emptyAnnotations();
    const door = find(a, (s) => s.kind === 'door-opener');
    a = apply(a, acceptSuggestionCommand(door, fresh('m1'), a)).next;
    const pitch = find(a, (s) => s.kind === 'pitch');
    a = apply(a, acceptSuggestionCommand(pitch, fresh('m2'), a)).next;
    expect(a.moments).toEqual([
      { ...fresh('m1'), kind: 'door-opener', span: door.span },
      { ...fresh('m2'), kind: 'pitch', span: pitch.span },
    ]);
    expect(
      suggestions(a)
        .filter((s) => s.kind === 'door-opener' || s.kind === 'pitch')
        .map((s) => s.id),
    ).not.toContain(door.id);
  });

  it('a dismissed suggestion stays gone; undo brings it back', () => {
    const a = emptyAnnotations();
    const s = suggestions(a)[0]!;
    const { next, inverse } = apply(a, dismissSuggestionCommand(s));
    expect(next.dismissed).toEqual([{ id: s.id }]);
    expect(suggestions(next).map((x) => x.id)).not.toContain(s.id);
    expect(suggestions(applyCommand(next, inverse).next).map((x) => x.id)).toContain(s.id);
  });
});
