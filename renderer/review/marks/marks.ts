import type { AnnotationCommand, Annotations, Comment, FollowUp, Span } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { turnAt } from '../../../shared/domain/timeline';

export type FollowUpReason = FollowUp['reason'];

/** The reasons a reviewer picks from, in the order the dialog lists them. */
export const FOLLOW_UP_REASONS: readonly { value: FollowUpReason; label: string }[] = [
  { value: 'pivoted-to-pitch', label: 'Pivoted to a pitch or demo' },
  { value: 'changed-topic', label: 'Changed the topic' },
  { value: 'accepted-at-face-value', label: 'Accepted the answer at face value' },
  { value: 'talked-over', label: 'Talked over the prospect' },
];

export const reasonLabel = (reason: FollowUpReason): string => FOLLOW_UP_REASONS.find((r) => r.value === reason)?.label ?? reason;

/** A turn's span as marks store it (a turn whose end precedes its start still gets a valid span). */
export const turnSpan = (turn: Turn): Span => ({ start: turn.start, end: Math.max(turn.start, turn.end) });

/** Where a comment sits in the call: the start of its span, or its point in time. */
export const commentTime = (c: Pick<Comment, 'at' | 'span'>): number => c.span?.start ?? c.at;

/** The turn playing at `time` (marks are anchored to time, so this survives splits and merges). */
export function turnAtTime(turns: readonly Turn[], time: number): Turn | null {
  return turns[turnAt(turns, time)] ?? null;
}

/** The turn's missed follow-up, if it has one (F again edits it rather than adding a second). */
export function followUpOfTurn(a: Annotations, turns: readonly Turn[], turn: Turn): FollowUp | null {
  return a.followUps.find((f) => turnAtTime(turns, f.span.start)?.id === turn.id) ?? null;
}

/**
 * Whether a missed follow-up may go on this turn: a door is opened by the prospect, so the rep's own turn
 * is refused. While roles are unknown (nobody set yet) any turn is allowed.
 */
export function isRepTurn(turn: Turn, speakers: readonly Speaker[]): boolean {
  return speakers.find((s) => s.id === turn.speakerId)?.role === 'rep';
}

/** Comments in the order of the call, ties by when they were written. */
export function commentsInTimeOrder(comments: readonly Comment[]): Comment[] {
  return [...comments].sort((x, y) => commentTime(x) - commentTime(y) || x.createdAt.localeCompare(y.createdAt));
}

export function followUpsInTimeOrder(followUps: readonly FollowUp[]): FollowUp[] {
  return [...followUps].sort((x, y) => x.span.start - y.span.start);
}

export const putFollowUp = (item: FollowUp): AnnotationCommand => ({ type: 'put', collection: 'followUps', item });
export const putComment = (item: Comment): AnnotationCommand => ({ type: 'put', collection: 'comments', item });
export const removeMark = (collection: 'followUps' | 'comments', id: string): AnnotationCommand => ({ type: 'remove', collection, id });

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "2 minutes ago", "yesterday": when a comment was written, relative to `now`. */
export function relativeTime(iso: string, now: number): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(value)) return iso;
  if (Math.abs(value) < 45) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relativeFormat.format(Math.round(value), unit);
    value /= size;
  }
  return iso;
}
