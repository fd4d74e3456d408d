import { z } from 'zod';
import type { Annotations, FollowUp, Span } from '../domain/annotations';
import type { Turn } from '../domain/transcript';
import { clock } from '../scorecard/evidence';

/** Seconds of the call kept before and after the moment a clip is made from, unless the user changes it. */
export const DEFAULT_CONTEXT_SEC = 3;
export const MAX_CONTEXT_SEC = 60;
export const ContextSec = z.number().min(0, 'Context is 0 seconds or more').max(MAX_CONTEXT_SEC, `Context is at most ${MAX_CONTEXT_SEC} seconds`);

export type ClipRange = { start: number; end: number };
type TurnLike = Pick<Turn, 'id' | 'speakerId' | 'start' | 'end' | 'text'>;

const overlaps = (span: Span, turn: ClipRange) => span.start < turn.end && span.end > turn.start;

/** The range widened by `contextSec` on both sides, kept inside the call. */
export function withContext(range: ClipRange, contextSec: number, durationSec: number): ClipRange {
  const context = Math.min(MAX_CONTEXT_SEC, Math.max(0, contextSec));
  return { start: Math.max(0, range.start - context), end: Math.min(durationSec, range.end + context) };
}

/** The turns a span lies on (a mark is anchored to time, so it may cross a turn boundary). */
function turnsOf(turns: readonly TurnLike[], span: Span): TurnLike[] {
  const on = turns.filter((t) => overlaps(span, t));
  if (on.length > 0) return on;
  // A zero-length span (a click) sits inside its turn without overlapping it.
  return turns.filter((t) => t.start <= span.start && span.start < t.end);
}

/** A span widened to the whole of the turns it lies on. */
function widenToTurns(turns: readonly TurnLike[], span: Span): ClipRange {
  const on = turnsOf(turns, span);
  return {
    start: Math.min(span.start, ...on.map((t) => t.start)),
    end: Math.max(span.end, ...on.map((t) => t.end)),
  };
}

/** (a) A tagged turn: the tag's span widened to its turn, with context. */
export function tagClipRange(turns: readonly TurnLike[], tag: { span: Span }, contextSec: number, durationSec: number): ClipRange {
  return withContext(widenToTurns(turns, tag.span), contextSec, durationSec);
}

/** (b) A whole pain chain: from its first tag's turn to its last's, with context; null for a chain without tags. */
export function chainClipRange(
  turns: readonly TurnLike[],
  annotations: Pick<Annotations, 'tags'>,
  chainId: string,
  contextSec: number,
  durationSec: number,
): ClipRange | null {
  const tags = annotations.tags.filter((t) => t.chainId === chainId);
  if (tags.length === 0) return null;
  const ranges = tags.map((t) => widenToTurns(turns, t.span));
  const whole = { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
  return withContext(whole, contextSec, durationSec);
}

/**
 * (c) A missed follow-up: the door (the follow-up's span widened to its turn) and the rep's reply, the
 * next turn by another speaker, with context. Without a reply (the call ends), the door alone.
 */
export function followUpClipRange(turns: readonly TurnLike[], followUp: Pick<FollowUp, 'span'>, contextSec: number, durationSec: number): ClipRange {
  const door = widenToTurns(turns, followUp.span);
  const doorTurns = turnsOf(turns, followUp.span);
  const doorSpeaker = doorTurns[doorTurns.length - 1]?.speakerId;
  const reply = turns.find((t) => t.start >= door.end - 1e-6 && t.speakerId !== doorSpeaker);
  const end = reply ? Math.max(door.end, reply.end) : door.end;
  return withContext({ start: door.start, end }, contextSec, durationSec);
}

/** (d) A search hit: its turn, with context. */
export function hitClipRange(hit: ClipRange, contextSec: number, durationSec: number): ClipRange {
  return withContext(hit, contextSec, durationSec);
}

const TITLE_WORDS = 8;
const TITLE_MAX = 200;
const cut = (title: string) => (title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title);

/** A chain's clip is called by its topic. */
export const chainClipTitle = (topic: string): string => cut(topic.trim() || 'Pain chain');

export const followUpClipTitle = (followUp: Pick<FollowUp, 'shouldHaveAsked'>): string => {
  const asked = followUp.shouldHaveAsked.trim();
  return cut(asked ? `Missed follow-up: ${asked}` : 'Missed follow-up');
};

/** A turn's (or a search hit's) clip: the first words of the turn. */
export function turnClipTitle(turn: Pick<TurnLike, 'text' | 'start'>): string {
  const words = turn.text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return `Turn at ${clock(turn.start)}`;
  const first = words.slice(0, TITLE_WORDS).join(' ');
  return cut(words.length > TITLE_WORDS ? `${first}…` : first);
}

/** Two times as the user reads them; with tenths when whole seconds would read the same. */
function times(a: number, b: number): [string, string] {
  if (clock(a) !== clock(b)) return [clock(a), clock(b)];
  const precise = (s: number) => `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;
  return [precise(a), precise(b)];
}

/** Why a clip can't span `start`–`end` of a call `durationSec` long, in words for the user; null when it can. */
export function clipBoundsError(start: number, end: number, durationSec: number): string | null {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return 'A clip needs a start and an end time.';
  if (start < 0) return 'A clip cannot start before the beginning of the call.';
  if (start >= durationSec) {
    const [s, d] = times(start, durationSec);
    return `The clip starts at ${s}, after the end of the call (${d}).`;
  }
  if (end > durationSec) {
    const [e, d] = times(end, durationSec);
    return `The clip ends at ${e}, after the end of the call (${d}).`;
  }
  if (end <= start) {
    if (end === start) return `The clip is empty: it starts and ends at ${clock(start)}.`;
    const [e, s] = times(end, start);
    return `The clip ends (${e}) before it starts (${s}).`;
  }
  return null;
}
