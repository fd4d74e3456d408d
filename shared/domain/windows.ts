import { clock } from '../scorecard/evidence';

/**
 * Where a long call is cut into the windows whisper.cpp transcribes one at a time: bounded memory per run,
 * and a stalled or interrupted run loses one window of work, not the call. Cuts go at the quietest moment
 * near each limit, so no word is split between two windows.
 */
export type TimeWindow = { start: number; end: number };

/** Longest window: whisper-cli's memory grows with the audio it is given (~900 MB for 61 min with DTW). */
export const MAX_WINDOW_SEC = 600;

export type WindowPlanOptions = {
  /** Longest window, seconds. */
  maxSec?: number;
  /** How far before each limit a quiet moment is looked for, seconds. */
  searchSec?: number;
  /**
   * Whisper runs that go at once (concurrentRuns.ts): a call longer than one window gets a multiple of
   * this many windows of about equal length, so the runs finish together (15 min on two runs: two
   * windows of 7.5 min, not 10 and 5).
   */
  runs?: number;
};

/** Length of the stretch whose energy is compared: a pause between words, not one quiet sample. */
const QUIET_STRETCH_SEC = 0.3;

/**
 * Windows covering [0, durationSec] exactly, end to end, each at most `maxSec` long. Each cut is in the
 * longest pause (a run of stretches nearly as quiet as the quietest) in the last `searchSec` before the
 * limit, at its middle; the latest of equal pauses. With `runs`, the limit is each window's equal share
 * of the rest instead (see windowCount). `energy` is the call's mean square per bucket (see envelope.ts).
 * Cuts are whole centiseconds, whisper.cpp's resolution.
 */
export function planWindows(energy: Float32Array, bucketsPerSecond: number, durationSec: number, options: WindowPlanOptions = {}): TimeWindow[] {
  const longest = options.maxSec ?? MAX_WINDOW_SEC;
  const searchSec = Math.min(options.searchSec ?? Math.min(60, longest / 4), longest / 2);
  if (!(longest > 0) || !(durationSec > 0)) return durationSec > 0 ? [{ start: 0, end: durationSec }] : [];
  const count = windowCount(durationSec, longest, options.runs ?? 1);
  const stretch = Math.max(1, Math.round(QUIET_STRETCH_SEC * bucketsPerSecond));
  const windows: TimeWindow[] = [];
  let start = 0;
  // Each limit: an equal share of what is left (half a search past it, where the cut is looked for), or the longest.
  const limit = () => (count === null ? longest : Math.min(longest, (durationSec - start) / Math.max(1, count - windows.length) + searchSec / 2));
  while (durationSec - start > limit()) {
    const maxSec = limit();
    const cut = quietestCut(energy, bucketsPerSecond, stretch, start + maxSec - searchSec, start + maxSec);
    windows.push({ start, end: cut });
    start = cut;
  }
  windows.push({ start, end: durationSec });
  return windows;
}

/**
 * How many windows a call gets for `runs` runs at once: a call needing more than one window gets a
 * multiple of `runs`, of about equal length; null: as many as the longest window makes (one run).
 */
function windowCount(durationSec: number, longest: number, runs: number): number | null {
  const needed = Math.ceil(durationSec / longest);
  return needed <= 1 || runs <= 1 ? null : Math.ceil(needed / runs) * runs;
}

/**
 * Seconds (whole centiseconds) in [from, to] at the middle of the longest run of near-quietest stretches:
 * the middle of a pause rather than its edge, where the next word begins.
 */
function quietestCut(energy: Float32Array, bucketsPerSecond: number, stretch: number, from: number, to: number): number {
  const first = Math.max(0, Math.ceil(from * bucketsPerSecond));
  const last = Math.min(energy.length, Math.floor(to * bucketsPerSecond)) - stretch; // first bucket of the last stretch
  if (last < first) return centiseconds(to); // no envelope there (shorter than the duration said): cut at the limit
  const sums = new Float64Array(last - first + 1);
  let sum = 0;
  for (let i = first; i < first + stretch; i++) sum += energy[i]!;
  sums[0] = sum;
  for (let i = first + 1; i <= last; i++) sums[i - first] = sum += energy[i + stretch - 1]! - energy[i - 1]!;
  // "As quiet as the quietest", with a floor for digital silence and the running sum's rounding.
  const quiet = Math.max(2 * Math.min(...sums), QUIET_FLOOR * stretch);
  let bestFrom = 0;
  let bestLength = 0;
  for (let i = 0; i < sums.length;) {
    if (sums[i]! > quiet) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sums.length && sums[j + 1]! <= quiet) j++;
    if (j - i + 1 >= bestLength) [bestFrom, bestLength] = [i, j - i + 1]; // ≥: the latest of equal pauses (longer windows)
    i = j + 1;
  }
  const middle = first + bestFrom + (bestLength - 1 + stretch) / 2;
  return Math.min(centiseconds(to), Math.max(centiseconds(from), centiseconds(middle / bucketsPerSecond)));
}

/** Mean square below which audio counts as silent whatever else is around (about -80 dBFS). */
const QUIET_FLOOR = 1e-8;

export type SilenceOptions = {
  /** Shortest silence left out, seconds: shorter ones are pauses whisper reads through. */
  minSec?: number;
  /** Audio kept on each side of a silence left out, seconds (a word's soft start or end). */
  marginSec?: number;
};

/**
 * Mean square at or below which a stretch is silence (about -60 dBFS): a line's hiss or a room stays above
 * it, so only true silence (muted, on hold with no music, dead air) is left out; speech is 30–40 dB louder.
 */
const SILENT = 1e-6;

/**
 * The windows without their long silences: every stretch of at least `minSec` (4 s) at or below -60 dBFS,
 * less `marginSec` (0.5 s) kept on each side, is cut out, and a window with nothing else left is dropped.
 * whisper.cpp spends a full 30-s encoder pass on silence (and may "hear" a "Thank you." in it); left out,
 * a call with dead air is transcribed in the time its speech takes. Times stay the call's: each window's
 * text is shifted by its start.
 */
export function withoutSilences(windows: TimeWindow[], energy: Float32Array, bucketsPerSecond: number, options: SilenceOptions = {}): TimeWindow[] {
  const minBuckets = Math.round((options.minSec ?? 4) * bucketsPerSecond);
  const margin = options.marginSec ?? 0.5;
  const silences: TimeWindow[] = [];
  for (let i = 0; i < energy.length;) {
    if (energy[i]! > SILENT) {
      i++;
      continue;
    }
    let j = i;
    while (j < energy.length && energy[j]! <= SILENT) j++;
    // No margin where the call itself starts or ends in silence: there is no word there to protect.
    if (j - i >= minBuckets)
      silences.push({ start: i === 0 ? 0 : i / bucketsPerSecond + margin, end: j === energy.length ? Infinity : j / bucketsPerSecond - margin });
    i = j;
  }
  const out: TimeWindow[] = [];
  for (const w of windows) {
    let start = w.start;
    for (const s of silences) {
      if (s.end <= start || s.start >= w.end) continue;
      if (s.start > start) out.push({ start, end: centiseconds(s.start) });
      start = Math.min(w.end, s.end === Infinity ? w.end : centiseconds(s.end));
    }
    if (w.end - start > 0.01) out.push({ start, end: w.end });
  }
  return out;
}

const centiseconds = (sec: number) => Math.round(sec * 100) / 100;

/** What the user is told when some windows' words were timed without DTW (the engine stalled with it there). */
export function approximateTimingNote(windows: TimeWindow[]): string | null {
  if (windows.length === 0) return null;
  const stretches = windows.map((w) => `${clock(w.start)}–${clock(w.end)}`).join(', ');
  return (
    `Word timing is approximate in ${stretches}: the transcription engine stalled there with precise word timing ` +
    'and transcribed that part without it. Transcribe the call again to retry.'
  );
}
