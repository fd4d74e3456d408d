import { describe, expect, it } from 'vitest';
import { applyCommand, emptyAnnotations, type Annotations, type PainTag } from '../../../../shared/domain/annotations';
import type { Turn } from '../../../../shared/domain/transcript';
import { deleteQuestion, markCount, marksOnTurn, removeMarksCommand } from '../../../../renderer/review/edits/turnMarks';

const turn = (id: string, start: number, end: number): Turn => ({ id, speakerId: 's1', start, end, text: id, words: [] });
const turns = [turn('t1', 0, 2), turn('t2', 2, 5), turn('t3', 5, 8)];
const made = { author: 'Reviewer', createdAt: '2025-01-01T00:00:00.000Z' };
const tag = (id: string, level: 1 | 2 | 3, start: number, chainId: string | null, parentId: string | null): PainTag => ({
  ...made,
  id,
  level,
  span: { start, end: start + 1 },
  chainId,
  parentId,
});

function annotations(): Annotations {
  return {
    ...emptyAnnotations(),
    tags: [tag('a', 1, 2, 'c1', null), tag('b', 2, 3, 'c1', 'a'), tag('c', 3, 6, 'c1', 'b'), tag('d', 1, 0.5, 'c2', null)],
    chains: [
      { id: 'c1', topic: 'Onboarding' },
      { id: 'c2', topic: 'Pricing' },
    ],
    comments: [
      { ...made, id: 'k1', at: 4, span: null, text: 'Dig here' },
      { ...made, id: 'k2', at: 0, span: { start: 2.5, end: 3 }, text: 'Nice' },
    ],
    followUps: [{ ...made, id: 'f1', span: { start: 5.5, end: 6 }, reason: 'pivoted-to-pitch', shouldHaveAsked: 'Why?' }],
    moments: [{ ...made, id: 'm1', kind: 'pitch', span: { start: 1, end: 2 } }],
  };
}

/** Undo puts items back at the end of their list: compare each list in id order. */
const byId = (a: Annotations) =>
  Object.fromEntries(Object.entries(a).map(([k, list]) => [k, [...(list as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id))]));

describe('marks on a turn, for deleting it', () => {
  it('finds every mark whose span (or comment time) starts inside the turn', () => {
    expect(marksOnTurn(annotations(), turns, turns[1]!)).toEqual({ tags: ['a', 'b'], followUps: [], comments: ['k1', 'k2'], moments: [] });
    expect(marksOnTurn(annotations(), turns, turns[2]!)).toEqual({ tags: ['c'], followUps: ['f1'], comments: [], moments: [] });
  });

  it('asks in words', () => {
    const a = annotations();
    expect(deleteQuestion(marksOnTurn(a, turns, turns[1]!))).toBe('This turn has 2 pain tags and 2 comments. Delete the turn and them?');
    expect(deleteQuestion(marksOnTurn(a, turns, turns[2]!))).toBe('This turn has 1 pain tag and 1 missed follow-up. Delete the turn and them?');
    expect(deleteQuestion({ tags: [], followUps: [], comments: ['x'], moments: [] })).toBe('This turn has 1 comment. Delete the turn and its comment?');
    expect(deleteQuestion({ tags: ['x', 'y'], followUps: ['f'], comments: ['z'], moments: ['m'] })).toBe(
      'This turn has 2 pain tags, 1 missed follow-up, 1 comment and 1 moment. Delete the turn and them?',
    );
    expect(deleteQuestion({ tags: [], followUps: [], comments: [], moments: [] })).toBeNull();
  });

  it('removes them in one command: a deeper pain relinks past removed tags, an emptied chain goes, undo restores all', () => {
    const a = annotations();
    const marks = marksOnTurn(a, turns, turns[1]!);
    expect(markCount(marks)).toBe(4);
    const { next, inverse } = applyCommand(a, removeMarksCommand(a, marks)!);
    expect(next.tags.map((t) => t.id)).toEqual(['c', 'd']);
    expect(next.tags.find((t) => t.id === 'c')).toMatchObject({ parentId: null, chainId: 'c1' }); // its whole ancestry went
    expect(next.chains.map((c) => c.id)).toEqual(['c1', 'c2']); // c1 still holds "c"
    expect(next.comments).toEqual([]);
    expect(byId(applyCommand(next, inverse).next)).toEqual(byId(a));

    const first = marksOnTurn(a, turns, turns[0]!);
    const after = applyCommand(a, removeMarksCommand(a, first)!).next;
    expect(after.chains.map((c) => c.id)).toEqual(['c1']); // c2 had only "d"
    expect(after.moments).toEqual([]);
    expect(removeMarksCommand(a, { tags: [], followUps: [], comments: [], moments: [] })).toBeNull();
  });
});
