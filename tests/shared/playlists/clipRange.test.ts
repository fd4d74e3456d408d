import { describe, expect, it } from 'vitest';
import type { PainTag } from '../../../shared/domain/annotations';
import {
  chainClipRange,
  chainClipTitle,
  clipBoundsError,
  followUpClipRange,
  followUpClipTitle,
  hitClipRange,
  tagClipRange,
  turnClipTitle,
  withContext,
} from '../../../shared/playlists/clipRange';

const turn = (id: string, speakerId: string, start: number, end: number, text = 'words') => ({ id, speakerId, start, end, text });
/** Rep and prospect taking turns over a 60 s call. */
const turns = [
  turn('t1', 'rep', 0, 5, 'What made you look at this now?'),
  turn('t2', 'pro', 5, 14, 'Onboarding takes weeks and we lose renewals every quarter because of it.'),
  turn('t3', 'pro', 14, 20, 'My bonus depends on it.'),
  turn('t4', 'rep', 20, 30, 'Let me show you our dashboard.'),
  turn('t5', 'pro', 30, 40, 'Sure.'),
  turn('t6', 'rep', 40, 58, 'Great.'),
];
const tag = (id: string, level: 1 | 2 | 3, start: number, end: number, chainId: string | null): PainTag => ({
  id,
  level,
  span: { start, end },
  chainId,
  parentId: null,
  author: 'Dana',
  createdAt: '2026-11-24T10:00:00.000Z',
});

describe('clip ranges', () => {
  it('a tagged turn: the tag widened to its turn, with context, inside the call', () => {
    expect(tagClipRange(turns, tag('a', 1, 7, 9, null), 3, 60)).toEqual({ start: 2, end: 17 });
    expect(tagClipRange(turns, tag('a', 1, 7, 9, null), 0, 60)).toEqual({ start: 5, end: 14 });
    // A tag across two turns takes both; context is clamped at the start of the call and at its end.
    expect(tagClipRange(turns, tag('a', 1, 12, 16, null), 10, 60)).toEqual({ start: 0, end: 30 });
    expect(tagClipRange(turns, tag('a', 1, 45, 50, null), 10, 60)).toEqual({ start: 30, end: 60 });
    // A zero-length span (a click inside a turn) still finds its turn.
    expect(tagClipRange(turns, tag('a', 1, 22, 22, null), 0, 60)).toEqual({ start: 20, end: 30 });
  });

  it('context is 0–60 seconds whatever is asked', () => {
    expect(withContext({ start: 100, end: 110 }, 500, 1000)).toEqual({ start: 40, end: 170 });
    expect(withContext({ start: 100, end: 110 }, -5, 1000)).toEqual({ start: 100, end: 110 });
  });

  it('a whole chain: from its first tag’s turn to its last’s', () => {
    const tags = [tag('s', 1, 6, 8, 'c1'), tag('i', 2, 15, 16, 'c1'), tag('x', 3, 41, 42, 'c2')];
    expect(chainClipRange(turns, { tags }, 'c1', 3, 60)).toEqual({ start: 2, end: 23 });
    expect(chainClipRange(turns, { tags }, 'c2', 0, 60)).toEqual({ start: 40, end: 58 });
    expect(chainClipRange(turns, { tags }, 'none', 3, 60)).toBeNull();
  });

  it('a missed follow-up: the door and the next turn by another speaker (the rep’s reply)', () => {
    // The door is t2; t3 is the same prospect, so the reply is t4.
    expect(followUpClipRange(turns, { span: { start: 5, end: 14 } }, 0, 60)).toEqual({ start: 5, end: 30 });
    expect(followUpClipRange(turns, { span: { start: 31, end: 32 } }, 2, 60)).toEqual({ start: 28, end: 60 });
    // No reply before the call ends: the door alone.
    expect(followUpClipRange(turns, { span: { start: 41, end: 42 } }, 0, 60)).toEqual({ start: 40, end: 58 });
  });

  it('a search hit: its turn with context', () => {
    expect(hitClipRange({ start: 20, end: 30 }, 3, 60)).toEqual({ start: 17, end: 33 });
    expect(hitClipRange({ start: 20, end: 30 }, 3, 31)).toEqual({ start: 17, end: 31 });
  });
});

describe('default clip titles', () => {
  it('names a chain by its topic, a miss by what should have been asked, a turn by its first words', () => {
    expect(chainClipTitle('  Onboarding ')).toBe('Onboarding');
    expect(chainClipTitle('')).toBe('Pain chain');
    expect(followUpClipTitle({ shouldHaveAsked: 'What does a lost renewal cost you?' })).toBe('Missed follow-up: What does a lost renewal cost you?');
    expect(followUpClipTitle({ shouldHaveAsked: ' ' })).toBe('Missed follow-up');
    expect(turnClipTitle(turns[1]!)).toBe('Onboarding takes weeks and we lose renewals every…');
    expect(turnClipTitle(turns[2]!)).toBe('My bonus depends on it.');
    expect(turnClipTitle({ text: '', start: 75 })).toBe('Turn at 1:15');
    expect(turnClipTitle({ text: 'x'.repeat(300), start: 0 })).toHaveLength(200);
  });
});

describe('clip bounds', () => {
  it('says what is wrong with a range, in the call’s own times', () => {
    expect(clipBoundsError(10, 20, 718)).toBeNull();
    expect(clipBoundsError(0, 718, 718)).toBeNull();
    expect(clipBoundsError(700, 725, 718)).toBe('The clip ends at 12:05, after the end of the call (11:58).');
    expect(clipBoundsError(720, 730, 718)).toBe('The clip starts at 12:00, after the end of the call (11:58).');
    expect(clipBoundsError(-1, 5, 718)).toBe('A clip cannot start before the beginning of the call.');
    expect(clipBoundsError(20, 10, 718)).toBe('The clip ends (0:10) before it starts (0:20).');
    expect(clipBoundsError(20, 20, 718)).toBe('The clip is empty: it starts and ends at 0:20.');
    expect(clipBoundsError(Number.NaN, 20, 718)).toBe('A clip needs a start and an end time.');
    // Times that round to the same second are told apart.
    expect(clipBoundsError(10, 718.3, 718.1)).toBe('The clip ends at 11:58.3, after the end of the call (11:58.1).');
  });
});
