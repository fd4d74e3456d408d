import type { Turn, Word } from './transcript';

/**
 * A media element reads a seek back rounded to its own clock, sometimes a hair before the time asked
 * for: seeking to a word's start must land in that word, not the one before.
 */
const CLOCK_SLACK = 0.001;

/** Whether something starting at `start` has started at `time`, by the media clock (with its slack). */
export const hasStarted = (start: number, time: number): boolean => start <= time + CLOCK_SLACK;

/** Index of the last item whose start is at or before `time`; -1 when `time` is before the first. */
function lastStartingBy(items: readonly { start: number }[], time: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hasStarted(items[mid]!.start, time)) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The turn playing at `time`: the last one that has started (turns are ordered by start). Between two
 * turns the previous one stays current, so the highlight and auto-scroll don't flicker in pauses.
 * -1 before the first turn. O(log n) over 2,000+ turns, called on every playback tick.
 */
export function turnAt(turns: readonly Turn[], time: number): number {
  return lastStartingBy(turns, time);
}

/**
 * The word being spoken at `time` within a turn: the last one that has started, or -1 before the
 * first word and once the turn is over (nothing of this turn is being said then).
 */
export function wordAt(turn: Pick<Turn, 'end'> & { words: readonly Word[] }, time: number): number {
  if (time > turn.end) return -1;
  return lastStartingBy(turn.words, time);
}
