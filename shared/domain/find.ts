import type { Turn } from './transcript';

/**
 * Find in transcript: pure matching over the turns' words. A query matches inside words and across
 * them ("revenue number" finds "revenue, number."), ignoring case, accents and punctuation at word edges,
 * and a match is reported as the range of words it touches, which is what a row highlights.
 */

/** One turn prepared for searching: its words' searchable forms joined by single spaces. */
type IndexedTurn = { text: string; /** Offset in `text` where each word starts, -1 for a word with no letters. */ starts: number[] };
export type FindIndex = readonly IndexedTurn[];

/** A match: the turn (by index) and the first and last of its words the match touches. */
export type FindMatch = { turnIndex: number; firstWord: number; lastWord: number };

/** The matches in one turn, in order, and which of them is the current one (-1: none). */
export type TurnHighlight = { ranges: readonly (readonly [number, number])[]; current: number };

const MARKS = /\p{M}/gu;
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

/** Lower case, no accents ("Déjà" → "deja"), typographic apostrophes as plain ones. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** A word as searched: folded, without the punctuation around it ("Revenue," → "revenue"). */
const searchable = (word: string) => foldText(word.trim()).replace(EDGE_PUNCTUATION, '');

/** What a typed query searches for: each of its words made searchable, single spaces between. */
export function foldQuery(query: string): string {
  return query.split(/\s+/).map(searchable).filter(Boolean).join(' ');
}

/** The words a turn shows: its timed words, or its text split on spaces when it has none. */
const wordsOf = (turn: Turn): string[] => (turn.words.length > 0 ? turn.words.map((w) => w.text) : turn.text.split(/\s+/).filter(Boolean));

function indexTurn(turn: Turn): IndexedTurn {
  let text = '';
  const starts = wordsOf(turn).map((word) => {
    const folded = searchable(word);
    if (!folded) return -1;
    if (text) text += ' ';
    const start = text.length;
    text += folded;
    return start;
  });
  return { text, starts };
}

/** Built once per transcript (and again after an edit), then searched on every keystroke. */
export function buildFindIndex(turns: readonly Turn[]): FindIndex {
  return turns.map(indexTurn);
}

/** The word holding `offset` of the turn's text: the last word starting at or before it. */
function wordAt(starts: readonly number[], offset: number): number {
  let found = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (start === -1) continue;
    if (start > offset) break;
    found = i;
  }
  return found;
}

/** Every match of the query, turn by turn, left to right, not overlapping. An empty query finds none. */
export function findMatches(index: FindIndex, query: string): FindMatch[] {
  const needle = foldQuery(query);
  if (!needle) return [];
  const matches: FindMatch[] = [];
  index.forEach(({ text, starts }, turnIndex) => {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ turnIndex, firstWord: wordAt(starts, at), lastWord: wordAt(starts, at + needle.length - 1) });
    }
  });
  return matches;
}

/** Where a new search starts: the first match in the turn `from` or after it, wrapping to the first. */
export function firstMatchFrom(matches: readonly FindMatch[], from: number): number {
  if (matches.length === 0) return -1;
  const at = matches.findIndex((m) => m.turnIndex >= from);
  return at === -1 ? 0 : at;
}

/** The match `step` places after (+1) or before (-1) `current`, wrapping around the ends. */
export function stepMatch(count: number, current: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

const sameRanges = (a: TurnHighlight['ranges'], b: TurnHighlight['ranges']) =>
  a.length === b.length && a.every(([first, last], i) => first === b[i]![0] && last === b[i]![1]);

/**
 * Turn id → its highlight. A turn whose matches and current match did not change keeps the object it had
 * in `previous`, so its memoized row does not re-render when the current match moves elsewhere.
 */
export function highlightsByTurn(
  turns: readonly Turn[],
  matches: readonly FindMatch[],
  current: number,
  previous: ReadonlyMap<string, TurnHighlight>,
): Map<string, TurnHighlight> {
  const grouped = new Map<string, { ranges: [number, number][]; current: number }>();
  matches.forEach((m, i) => {
    const id = turns[m.turnIndex]?.id;
    if (id === undefined) return;
    const entry = grouped.get(id) ?? { ranges: [], current: -1 };
    if (i === current) entry.current = entry.ranges.length;
    entry.ranges.push([m.firstWord, m.lastWord]);
    grouped.set(id, entry);
  });
  const result = new Map<string, TurnHighlight>();
  for (const [id, entry] of grouped) {
    const before = previous.get(id);
    const same = before && before.current === entry.current && sameRanges(before.ranges, entry.ranges);
    result.set(id, same ? before : entry);
  }
  return result;
}

/** Which find state a word is in: part of the current match, of another match, or neither. */
export function wordHighlight(highlight: TurnHighlight | null, word: number): 'current' | 'match' | null {
  if (!highlight) return null;
  let state: 'current' | 'match' | null = null;
  highlight.ranges.forEach(([first, last], i) => {
    if (word >= first && word <= last) state = i === highlight.current ? 'current' : (state ?? 'match');
  });
  return state;
}
