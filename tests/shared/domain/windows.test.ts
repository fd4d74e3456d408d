import { describe, expect, it } from 'vitest';
import { MAX_WINDOW_SEC, approximateTimingNote, planWindows, withoutSilences, type TimeWindow } from '../../../shared/domain/windows';

const BPS = 100;

/** An energy curve: loud speech everywhere except the given pauses (seconds). */
function speech(durationSec: number, pauses: [number, number][] = []): Float32Array {
  const energy = new Float32Array(Math.ceil(durationSec * BPS));
  for (let i = 0; i < energy.length; i++) energy[i] = 0.05 + 0.04 * Math.sin(i / 7); // syllables: never quiet
  for (const [from, to] of pauses) energy.fill(1e-6, Math.round(from * BPS), Math.round(to * BPS));
  return energy;
}

function expectCover(windows: TimeWindow[], durationSec: number, maxSec: number) {
  expect(windows[0]!.start).toBe(0);
  expect(windows.at(-1)!.end).toBe(durationSec);
  windows.slice(1).forEach((w, i) => expect(w.start).toBe(windows[i]!.end)); // no gap, no overlap
  for (const w of windows) {
    expect(w.end).toBeGreaterThan(w.start);
    expect(w.end - w.start).toBeLessThanOrEqual(maxSec + 1e-9);
  }
}

describe('planWindows', () => {
  it('keeps a call no longer than a window whole', () => {
    expect(planWindows(speech(120), BPS, 120)).toEqual([{ start: 0, end: 120 }]);
    expect(planWindows(speech(600), BPS, 600)).toEqual([{ start: 0, end: 600 }]);
    expect(MAX_WINDOW_SEC).toBeLessThanOrEqual(600);
  });

  it('cuts in the middle of the pause before each limit, never inside speech', () => {
    const pauses: [number, number][] = [
      [570, 571], // in reach of the first limit (600 s)
      [1150, 1152], // in reach of the second (1170 s)
    ];
    const windows = planWindows(speech(1500, pauses), BPS, 1500);
    expect(windows).toEqual([
      { start: 0, end: 570.5 },
      { start: 570.5, end: 1151 },
      { start: 1151, end: 1500 },
    ]);
    expectCover(windows, 1500, MAX_WINDOW_SEC);
  });

  it('prefers the longest pause, and of equal pauses the latest', () => {
    const longest = planWindows(
      speech(900, [
        [560, 560.5],
        [575, 577],
        [590, 590.5],
      ]),
      BPS,
      900,
    );
    expect(longest[0]!.end).toBe(576);
    const latest = planWindows(
      speech(900, [
        [560, 561],
        [590, 591],
      ]),
      BPS,
      900,
    );
    expect(latest[0]!.end).toBe(590.5);
  });

  it('with no pause, cuts at the quietest moment (a softer syllable), within the limit', () => {
    const energy = speech(700);
    energy.fill(0.01, 58_000, 58_040); // 580.0–580.4 s: quieter, not silent
    const windows = planWindows(energy, BPS, 700);
    expect(windows[0]!.end).toBeCloseTo(580.2, 1);
    expectCover(windows, 700, MAX_WINDOW_SEC);
  });

  it('silence all through the last minute before the limit: cut in its middle', () => {
    const windows = planWindows(new Float32Array(1300 * BPS), BPS, 1300);
    expect(windows.map((w) => w.end)).toEqual([570, 1140, 1300]);
  });

  it('covers a long call exactly with small windows (as tests force), cuts on centiseconds', () => {
    const duration = 245.38;
    const pauses: [number, number][] = Array.from({ length: 40 }, (_, k) => [k * 6.1 + 3, k * 6.1 + 3.4] as [number, number]);
    const windows = planWindows(speech(duration, pauses), BPS, duration, { maxSec: 30 });
    expectCover(windows, duration, 30);
    expect(windows.length).toBeGreaterThanOrEqual(9);
    for (const w of windows.slice(0, -1)) {
      expect(Math.round(w.end * 100) / 100).toBe(w.end);
      // Each cut is inside one of the pauses.
      expect(pauses.some(([from, to]) => w.end > from && w.end < to)).toBe(true);
    }
  });

  it('an envelope shorter than the duration it claims still gives a full cover', () => {
    const windows = planWindows(speech(100), BPS, 1000);
    expectCover(windows, 1000, MAX_WINDOW_SEC);
  });

  it('no audio, no windows', () => {
    expect(planWindows(new Float32Array(0), BPS, 0)).toEqual([]);
  });
});

describe('approximateTimingNote', () => {
  it('names the stretches timed without DTW, or says nothing', () => {
    expect(approximateTimingNote([])).toBeNull();
    expect(
      approximateTimingNote([
        { start: 570.5, end: 1151 },
        { start: 1151, end: 1500 },
      ]),
    ).toMatch(/^Word timing is approximate in 9:31–19:11, 19:11–25:00: the transcription engine stalled there/);
  });
});

describe('withoutSilences', () => {
  /** Speech with stretches at a given level (mean square): 0 is digital silence, 1e-4 a line's hiss (-40 dBFS). */
  function call(durationSec: number, quiet: [number, number, number][]): Float32Array {
    const energy = speech(durationSec);
    for (const [from, to, level] of quiet) energy.fill(level, Math.round(from * BPS), Math.round(to * BPS));
    return energy;
  }

  it('leaves out silences of 4 s or more, keeping half a second on each side', () => {
    const energy = call(60, [
      [10, 20, 0],
      [40, 45, 1e-7],
    ]);
    expect(withoutSilences([{ start: 0, end: 60 }], energy, BPS)).toEqual([
      { start: 0, end: 10.5 },
      { start: 19.5, end: 40.5 },
      { start: 44.5, end: 60 },
    ]);
  });

  it('reads through short pauses and through quiet that is not silence (a line hiss, a soft voice)', () => {
    const energy = call(60, [
      [10, 13, 0],
      [20, 40, 1e-4],
    ]);
    expect(withoutSilences([{ start: 0, end: 60 }], energy, BPS)).toEqual([{ start: 0, end: 60 }]);
  });

  it('drops a window that is all silence, and cuts a silence across a window edge on both sides', () => {
    const energy = call(90, [
      [25, 35, 0],
      [60, 90, 0],
    ]);
    const windows = [
      { start: 0, end: 30 },
      { start: 30, end: 60 },
      { start: 60, end: 90 },
    ];
    expect(withoutSilences(windows, energy, BPS)).toEqual([
      { start: 0, end: 25.5 },
      { start: 34.5, end: 60 },
      { start: 60, end: 60.5 },
    ]);
  });

  it('a call of silence only gives no window, one without silence its windows unchanged', () => {
    expect(withoutSilences([{ start: 0, end: 30 }], new Float32Array(30 * BPS), BPS)).toEqual([]);
    const windows = planWindows(speech(1300), BPS, 1300);
    expect(withoutSilences(windows, speech(1300), BPS)).toEqual(windows);
  });
});

describe('planWindows for runs at once', () => {
  it('cuts a call needing two windows into windows of about equal length for two runs (15 min: ~7.5 + 7.5, not 10 + 5)', () => {
    const pauses: [number, number][] = Array.from({ length: 90 }, (_, i) => [i * 10 + 4, i * 10 + 4.6]);
    const windows = planWindows(speech(900, pauses), BPS, 900, { runs: 2 });
    expectCover(windows, 900, MAX_WINDOW_SEC);
    expect(windows).toHaveLength(2);
    for (const w of windows) expect(Math.abs(w.end - w.start - 450)).toBeLessThanOrEqual(40);
  });

  it('rounds the window count up to a multiple of the runs, never past the longest window', () => {
    const pauses: [number, number][] = Array.from({ length: 250 }, (_, i) => [i * 10 + 4, i * 10 + 4.6]);
    const windows = planWindows(speech(2500, pauses), BPS, 2500, { runs: 2 });
    expectCover(windows, 2500, MAX_WINDOW_SEC);
    expect(windows.length % 2).toBe(0);
    expect(windows.length).toBe(6);
  });

  it('leaves a call that fits one window whole, and plans as before with one run', () => {
    expect(planWindows(speech(500), BPS, 500, { runs: 4 })).toEqual([{ start: 0, end: 500 }]);
    const energy = speech(900, [[590, 591]]);
    expect(planWindows(energy, BPS, 900, { runs: 1 })).toEqual(planWindows(energy, BPS, 900));
  });
});
