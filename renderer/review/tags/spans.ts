import type { PainLevel, PainTag, Span } from '../../../shared/domain/annotations';
import type { Turn, Word } from '../../../shared/domain/transcript';

/** Spans are built from word times; this much slack absorbs float noise. */
const SLACK = 0.001;

/** The time the words first..last (inclusive) of a turn take: what a tag on those words spans. */
export function wordsSpan(turn: Turn, first: number, last: number): Span | null {
  const [from, to] = first <= last ? [first, last] : [last, first];
  const a = turn.words[from];
  const b = turn.words[to];
  if (!a || !b) return null;
  return { start: a.start, end: Math.max(a.start, b.end) };
}

/** A word belongs to a span when its middle lies in it (robust to words re-timed by a few ms). */
const inSpan = (word: Word, span: Span) => {
  const middle = (word.start + word.end) / 2;
  return middle >= span.start - SLACK && middle <= span.end + SLACK;
};

/** Whether a tag covers its whole turn (a whole-turn tag shows as a badge, not as highlighted words). */
export const coversTurn = (turn: Turn, span: Span) => span.start <= turn.start + SLACK && span.end >= turn.end - SLACK;

/** The text of the words a span covers, or '' when it covers none of this turn's words. */
export function spanText(turn: Turn, span: Span): string {
  return turn.words
    .filter((w) => inSpan(w, span))
    .map((w) => w.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Per word of a turn, the deepest pain level of a tag on part of the turn covering it (0: none), or null
 * when no tag covers only part of it: rows then render their words exactly as before.
 */
export function wordLevels(turn: Turn, tags: readonly PainTag[]): readonly (PainLevel | 0)[] | null {
  const partial = tags.filter((t) => !coversTurn(turn, t.span));
  if (partial.length === 0 || turn.words.length === 0) return null;
  return turn.words.map((word) => {
    let level: PainLevel | 0 = 0;
    for (const t of partial) if (t.level > level && inSpan(word, t.span)) level = t.level;
    return level;
  });
}
