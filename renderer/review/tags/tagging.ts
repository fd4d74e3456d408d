import type { AnnotationCommand, Annotations, PainLevel, PainTag } from '../../../shared/domain/annotations';
import { proposeParent, removeTagsCommands, tagCommand, tagOnSpan } from '../../../shared/domain/chains';
import type { Turn } from '../../../shared/domain/transcript';
import { turnAt } from '../../../shared/domain/timeline';
import { coversTurn, spanText, wordsSpan } from './spans';

/** The first `count` words of a turn's text, with an ellipsis when there were more. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/**
 * The turn a tag belongs to: the one playing at the tag's start. Tags are anchored to time, not to turn
 * ids, so this keeps working after turns are split or merged.
 */
export function turnOfTag(turns: readonly Turn[], tag: Pick<PainTag, 'span'>): Turn | null {
  return turns[turnAt(turns, tag.span.start)] ?? null;
}

/** The turn's own tag at `level`, if it has one (the same key again removes it). */
function existingTag(a: Annotations, turns: readonly Turn[], turn: Turn, level: PainLevel): PainTag | undefined {
  return a.tags.find((t) => t.level === level && turnOfTag(turns, t)?.id === turn.id);
}

type NewTag = { id: string; author: string; createdAt: string };

/**
 * Key 1/2/3 on a turn as one undo step: adds a tag of that level spanning the turn, or removes the one it
 * already has. A deeper pain links to the proposed parent; a symptom opens a chain named after the turn's
 * opening words. Removing a tag follows `removeTagsCommands`: a chain left without tags goes, so the
 * chains panel does not fill with empty topics, and a deeper pain under it re-links one level up.
 */
export function toggleTagCommand(a: Annotations, turns: readonly Turn[], turn: Turn, level: PainLevel, fresh: NewTag): AnnotationCommand {
  const existing = existingTag(a, turns, turn, level);
  if (existing) return removeTagCommand(a, existing);
  const tag = { ...fresh, level, span: { start: turn.start, end: Math.max(turn.start, turn.end) } };
  const parent = proposeParent(a, level, turn.start);
  return tagCommand(a, tag, parent?.id ?? null, firstWords(turn.text, 6).replace(/…$/, ''));
}

/** Removes a tag by the one rule for removing tags (children re-parented, an emptied chain dropped). */
function removeTagCommand(a: Annotations, existing: PainTag): AnnotationCommand {
  const commands = removeTagsCommands(a, [existing.id]);
  return commands.length === 1 ? commands[0]! : { type: 'batch', commands };
}

/**
 * Key 1/2/3 on words selected in a turn (first..last, word indexes): tags exactly those words' time, or
 * removes the tag of that level already on the same words. Linked and named as a whole-turn tag is,
 * from the selected words. null when the words are not the turn's (the transcript changed meanwhile).
 */
export function toggleSpanTagCommand(
  a: Annotations,
  turn: Turn,
  words: { first: number; last: number },
  level: PainLevel,
  fresh: NewTag,
): AnnotationCommand | null {
  const span = wordsSpan(turn, words.first, words.last);
  if (!span) return null;
  const existing = tagOnSpan(a, level, span);
  if (existing) return removeTagCommand(a, existing);
  const parent = proposeParent(a, level, span.start);
  return tagCommand(a, { ...fresh, level, span }, parent?.id ?? null, firstWords(spanText(turn, span), 6).replace(/…$/, ''));
}

/** A tag's words, shortened, for the chains panel: the turn's opening for a whole-turn tag. */
export function tagQuote(turns: readonly Turn[], tag: Pick<PainTag, 'span'>, count: number): string {
  const turn = turnOfTag(turns, tag);
  if (!turn) return '…';
  const text = coversTurn(turn, tag.span) ? turn.text : spanText(turn, tag.span) || turn.text;
  return firstWords(text, count);
}
