import { describe, expect, it } from 'vitest';
import { decodePeaks } from '../../../shared/domain/peaks';
import { turnAt, wordAt } from '../../../shared/domain/timeline';
import type { Turn } from '../../../shared/domain/transcript';

const turn = (id: string, start: number, end: number): Turn => ({
  id,
  speakerId: 's1',
  start,
  end,
  text: 'a b',
  words: [
    { text: ' a', start, end: (start + end) / 2, p: 1 },
    { text: ' b', start: (start + end) / 2, end, p: 1 },
  ],
});

describe('timeline lookups', () => {
  const turns = [turn('t1', 1, 3), turn('t2', 5, 7), turn('t3', 9, 11)];
  it('finds the turn playing at a time; a pause keeps the previous turn', () => {
    expect([0, 1, 2.9, 4, 5, 10, 99].map((t) => turnAt(turns, t))).toEqual([-1, 0, 0, 0, 1, 2, 2]);
    expect(turnAt([], 3)).toBe(-1);
  });
  it('a seek read back a hair before a start (the media clock rounds) lands in that turn and word', () => {
    expect(turnAt(turns, 5 - 0.0004)).toBe(1);
    expect(wordAt(turns[1]!, 6 - 0.0004)).toBe(1);
    expect(turnAt(turns, 5 - 0.01)).toBe(0); // but not a real moment before it
  });
  it('finds the word being spoken, none once the turn is over', () => {
    expect([0.5, 1, 2.5, 3.5].map((t) => wordAt(turns[0]!, t))).toEqual([-1, 0, 1, -1]);
  });
});

describe('decodePeaks', () => {
  it('reads peaks.bin channel after channel into [-1, 1], with the duration', () => {
    const bytes = Int8Array.from([-127, 127, -64, 64, 0, 0, -1, 1]);
    const { peaks, duration } = decodePeaks(bytes.buffer, { channels: 2, buckets: 2, bucketsPerSecond: 100 });
    expect(Array.from(peaks[0]!)).toEqual([-1, 1, -64 / 127, 64 / 127].map(Math.fround));
    expect(Array.from(peaks[1]!)).toEqual([0, 0, -1 / 127, 1 / 127].map(Math.fround));
    expect(duration).toBe(0.02);
  });
  it('says when the file is incomplete', () => {
    expect(() => decodePeaks(new ArrayBuffer(3), { channels: 2, buckets: 2, bucketsPerSecond: 100 })).toThrow(/incomplete/);
  });
});
