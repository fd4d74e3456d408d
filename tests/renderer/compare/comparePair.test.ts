import { describe, expect, it } from 'vitest';
import { comparePair, pickHint, togglePick } from '../../../renderer/compare/comparePair';

const calls = [
  { id: 'new', recordedAt: '2026-05-02T10:00:00.000Z' },
  { id: 'old', recordedAt: '2026-04-01T10:00:00.000Z' },
  { id: 'mid', recordedAt: '2026-04-15T10:00:00.000Z' },
];

describe('picking two calls to compare', () => {
  it('ticks up to two calls and unticks them again', () => {
    expect(togglePick([], 'a')).toEqual(['a']);
    expect(togglePick(['a'], 'b')).toEqual(['a', 'b']);
    expect(togglePick(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('a third tick is refused rather than silently dropping one of the two', () => {
    expect(togglePick(['a', 'b'], 'c')).toEqual(['a', 'b']);
  });

  it('the older recording is A whichever was ticked first', () => {
    expect(comparePair(['new', 'old'], calls)).toEqual({ a: 'old', b: 'new' });
    expect(comparePair(['old', 'mid'], calls)).toEqual({ a: 'old', b: 'mid' });
  });

  it('no pair until exactly two known calls are ticked', () => {
    expect(comparePair(['new'], calls)).toBeNull();
    expect(comparePair(['new', 'gone'], calls)).toBeNull();
  });

  it('says how many more to tick', () => {
    expect(pickHint(0)).toContain('Tick two calls');
    expect(pickHint(1)).toContain('tick one more');
  });
});
