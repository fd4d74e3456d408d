import { describe, expect, it } from 'vitest';
import { clock, lengthOf, median, overlaps, round, share, unionOf } from '../../../shared/scorecard/evidence';

describe('scorecard arithmetic', () => {
  it('unions overlapping and touching intervals, dropping empty ones', () => {
    const u = unionOf([
      { start: 10, end: 20 },
      { start: 0, end: 5 },
      { start: 15, end: 25 },
      { start: 25, end: 30 },
      { start: 40, end: 40 },
    ]);
    expect(u).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 30 },
    ]);
    expect(lengthOf(u)).toBe(25);
  });

  it('does not change the intervals it is given', () => {
    const input = [
      { start: 0, end: 10 },
      { start: 5, end: 12 },
    ];
    unionOf(input);
    expect(input[0]).toEqual({ start: 0, end: 10 });
  });

  it('median of odd and even counts, null for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('overlap is inclusive so point marks on an edge count', () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 10 })).toBe(true);
    expect(overlaps({ start: 0, end: 10 }, { start: 10.1, end: 12 })).toBe(false);
  });

  it('share is null, not 0, when there is nothing to share; round and clock', () => {
    expect(share(1, 0)).toBeNull();
    expect(share(1, 4)).toBe(0.25);
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(2 / 3)).toBe(0.667);
    expect(clock(125.4)).toBe('2:05');
  });
});
