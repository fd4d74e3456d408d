import { describe, expect, it } from 'vitest';
import { applyCommand, emptyAnnotations, type Comment, type FollowUp } from '../../../../shared/domain/annotations';
import type { Turn } from '../../../../shared/domain/transcript';
import { groupMarksByTurn, type MarksByTurn } from '../../../../renderer/review/marks/marksByTurn';
import { commentsInTimeOrder, followUpOfTurn, isRepTurn, putComment, putFollowUp, relativeTime, removeMark } from '../../../../renderer/review/marks/marks';

const turn = (id: string, start: number, end: number, speakerId = 's1'): Turn => ({ id, speakerId, start, end, text: `turn ${id}`, words: [] });
const turns = [turn('t1', 0, 2, 'rep'), turn('t2', 2, 5, 'pro'), turn('t3', 5, 8, 'rep')];
const authored = { author: 'Ana', createdAt: '2025-01-01T10:00:00.000Z' };
const followUp = (id: string, start: number): FollowUp => ({
  ...authored,
  id,
  span: { start, end: start + 1 },
  reason: 'pivoted-to-pitch',
  shouldHaveAsked: '',
});
const comment = (id: string, at: number, span: boolean, createdAt = authored.createdAt): Comment => ({
  ...authored,
  createdAt,
  id,
  at,
  span: span ? { start: at, end: at + 1 } : null,
  text: id,
});

describe('marks by turn', () => {
  it('puts follow-ups on their turn and point comments on the turn playing then', () => {
    const marks = groupMarksByTurn(turns, [followUp('f1', 2)], [comment('c1', 2, true), comment('c2', 6.5, false)], new Map());
    expect(marks.get('t2')?.followUps.map((f) => f.id)).toEqual(['f1']);
    expect(marks.get('t2')?.comments.map((c) => c.id)).toEqual(['c1']);
    expect(marks.get('t3')?.comments.map((c) => c.id)).toEqual(['c2']);
    expect(marks.has('t1')).toBe(false);
  });

  it('keeps an unchanged turn’s entry, so its memoized row does not re-render', () => {
    let a = emptyAnnotations();
    a = applyCommand(a, putFollowUp(followUp('f1', 2))).next;
    a = applyCommand(a, putComment(comment('c1', 5, true))).next;
    const before: MarksByTurn = groupMarksByTurn(turns, a.followUps, a.comments, new Map());
    a = applyCommand(a, putComment(comment('c2', 5.5, false))).next; // only t3 changes
    const after = groupMarksByTurn(turns, a.followUps, a.comments, before);
    expect(after.get('t2')).toBe(before.get('t2'));
    expect(after.get('t3')).not.toBe(before.get('t3'));
    expect(after.get('t3')?.comments).toHaveLength(2);
    a = applyCommand(a, removeMark('followUps', 'f1')).next;
    expect(groupMarksByTurn(turns, a.followUps, a.comments, after).has('t2')).toBe(false);
  });
});

describe('mark helpers', () => {
  it('finds a turn’s follow-up by time', () => {
    const a = { ...emptyAnnotations(), followUps: [followUp('f1', 2.5)] };
    expect(followUpOfTurn(a, turns, turns[1]!)?.id).toBe('f1');
    expect(followUpOfTurn(a, turns, turns[0]!)).toBeNull();
  });

  it('refuses only turns whose speaker is the rep; unknown roles are allowed', () => {
    const speakers = [
      { id: 'rep', name: 'Dana', role: 'rep' as const },
      { id: 'pro', name: 'Sam', role: 'prospect' as const },
    ];
    expect(isRepTurn(turns[0]!, speakers)).toBe(true);
    expect(isRepTurn(turns[1]!, speakers)).toBe(false);
    expect(isRepTurn(turns[0]!, [{ id: 'rep', name: 'Dana', role: 'unknown' }])).toBe(false);
  });

  it('orders comments by their time in the call, then by when they were written', () => {
    const ordered = commentsInTimeOrder([comment('late', 6, false), comment('b', 2, true, '2025-01-02T00:00:00.000Z'), comment('a', 2, false)]);
    expect(ordered.map((c) => c.id)).toEqual(['a', 'b', 'late']);
  });

  it('says when a comment was written relative to now', () => {
    const now = Date.parse('2025-01-01T10:00:00.000Z');
    expect(relativeTime('2025-01-01T09:59:50.000Z', now)).toBe('just now');
    expect(relativeTime('2025-01-01T09:55:00.000Z', now)).toMatch(/5 minutes ago/);
    expect(relativeTime('2025-01-01T07:00:00.000Z', now)).toMatch(/3 hours ago/);
  });
});
