import { describe, expect, it } from 'vitest';
import { applyCommand, emptyAnnotations } from '../../../../shared/domain/annotations';
import type { Speaker } from '../../../../shared/domain/call';
import type { Turn } from '../../../../shared/domain/transcript';
import { momentMisplaced, toggleMomentCommand } from '../../../../renderer/review/marks/moments';

const turn = (id: string, speakerId: string, start: number, end: number): Turn => ({ id, speakerId, start, end, text: 'x', words: [] });
const turns = [turn('t1', 'rep', 0, 4), turn('t2', 'pro', 4, 9)];
const speakers: Speaker[] = [
  { id: 'rep', name: 'Dana', role: 'rep' },
  { id: 'pro', name: 'Sam', role: 'prospect' },
];
const fresh = { id: 'm1', author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };

describe('pitch and door-opener moments from the keyboard', () => {
  it('marks the whole turn, and the same key again removes it (undo brings it back)', () => {
    const marked = applyCommand(emptyAnnotations(), toggleMomentCommand(emptyAnnotations(), turns, turns[1]!, 'door-opener', fresh));
    expect(marked.next.moments).toEqual([{ ...fresh, kind: 'door-opener', span: { start: 4, end: 9 } }]);
    const unmarked = applyCommand(marked.next, toggleMomentCommand(marked.next, turns, turns[1]!, 'door-opener', { ...fresh, id: 'm2' }));
    expect(unmarked.next.moments).toEqual([]);
    expect(applyCommand(unmarked.next, unmarked.inverse).next.moments).toHaveLength(1);
    // Another kind on the same turn is its own mark.
    expect(toggleMomentCommand(marked.next, turns, turns[1]!, 'pitch', fresh).type).toBe('put');
  });

  it('a pitch belongs on the rep’s turn and a door-opener on the prospect’s; unknown roles allow both', () => {
    expect(momentMisplaced('pitch', turns[0]!, speakers)).toBeNull();
    expect(momentMisplaced('pitch', turns[1]!, speakers)).toMatch(/rep’s turn/);
    expect(momentMisplaced('door-opener', turns[0]!, speakers)).toMatch(/prospect’s turn/);
    expect(momentMisplaced('door-opener', turns[0]!, [])).toBeNull();
  });
});
