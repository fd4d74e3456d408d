import type { ClipTurn } from '../../shared/domain/clip';
import type { PlaylistItem } from '../../shared/playlists/views';

/**
 * The playlist player's rules, without React or audio: which clip plays next (unplayable clips are
 * skipped and named), where the current clip is after the list changed, when a clip is over, and which
 * turn of its transcript is being spoken.
 */

type Item = Pick<PlaylistItem, 'audioUrl' | 'unavailable'> & { clip: Pick<PlaylistItem['clip'], 'id' | 'title' | 'start' | 'end'> };

/** Where the player is: the clip (by id, so a reorder keeps it) and its index when last seen (if it is removed). */
export type QueuePosition = { clipId: string; index: number };

/** A clip is played when it has audio and nothing says it can't be. */
export const playable = (item: Item): boolean => item.audioUrl !== null && item.unavailable === null;

/** A clip that can't play, named for the note the player shows when it passes over it. */
export type Skipped = { title: string; reason: string };

const skippedOf = (item: Item): Skipped => ({ title: item.clip.title, reason: item.unavailable ?? 'It has no recording.' });

/**
 * The first playable clip from `from` on, going `step` (+1 forward, −1 back), and the unplayable ones it
 * passed over; `index` null when no playable clip is left that way.
 */
export function seek(items: readonly Item[], from: number, step: 1 | -1): { index: number | null; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  for (let i = from; i >= 0 && i < items.length; i += step) {
    const item = items[i]!;
    if (playable(item)) return { index: i, skipped };
    skipped.push(skippedOf(item));
  }
  return { index: null, skipped };
}

/** Where a playlist starts: its first playable clip, else its first clip (to show why none plays). */
export function startPosition(items: readonly Item[]): QueuePosition | null {
  if (items.length === 0) return null;
  const index = seek(items, 0, 1).index ?? 0;
  return { clipId: items[index]!.clip.id, index };
}

/**
 * The current clip's index in the list as it is now: found by id (reordered, refreshed), or, when it left
 * the list, the clip that took its place; null for an empty list.
 */
export function locate(items: readonly Item[], position: QueuePosition | null): number | null {
  if (items.length === 0) return null;
  if (!position) return startPosition(items)!.index;
  const found = items.findIndex((item) => item.clip.id === position.clipId);
  if (found >= 0) return found;
  return Math.min(Math.max(0, position.index), items.length - 1);
}

export const positionAt = (items: readonly Item[], index: number): QueuePosition => ({ clipId: items[index]!.clip.id, index });

/** Less than this before a clip's end counts as its end (`timeupdate` comes about 4 times a second). */
const END_SLACK = 0.05;

/** Whether playback at `time` has reached the clip's end. */
export const clipOver = (clip: Pick<Item['clip'], 'end'>, time: number): boolean => time >= clip.end - END_SLACK;

/** A time kept within the clip (a seek never leaves it). */
export const withinClip = (clip: Pick<Item['clip'], 'start' | 'end'>, time: number): number => Math.min(clip.end, Math.max(clip.start, time));

/** The index of the turn being spoken at `time` (the last one started by then, while it lasts); −1 between turns. */
export function activeTurnIndex(turns: readonly Pick<ClipTurn, 'start' | 'end'>[], time: number): number {
  let found = -1;
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.start > time) break;
    if (time < turn.end) found = i;
  }
  return found;
}

/** What the note under the player says about clips passed over. */
export function skippedNote(skipped: readonly Skipped[]): string | null {
  if (skipped.length === 0) return null;
  const each = skipped.map((s) => `“${s.title}” (${s.reason})`).join('; ');
  return skipped.length === 1 ? `Skipped a clip that can’t play: ${each}` : `Skipped ${skipped.length} clips that can’t play: ${each}`;
}

/** The playback speeds offered, slowest first (the Review player's). */
export const PLAYLIST_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

/** The next speed up (+1) or down (−1) from `rate`, staying at the ends. */
export function stepRate(rate: number, step: 1 | -1): number {
  const at = PLAYLIST_RATES.findIndex((r) => r >= rate - 1e-9);
  const current = at < 0 ? PLAYLIST_RATES.length - 1 : at;
  const next = Math.min(PLAYLIST_RATES.length - 1, Math.max(0, current + step));
  return PLAYLIST_RATES[next]!;
}
