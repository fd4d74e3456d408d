import { describeQuery, SEARCH_FILTER_KEYS, type FormatDate, type SearchFilters } from '../../shared/search/describe';
import type { SearchHit, SearchQuery } from '../../shared/search/query';
import { turnClipTitle } from '../../shared/playlists/clipRange';
import type { ClipSource } from '../review/clips/clipDraft';

/** "Find moments like this": the turn, and its first words for the chip that names it ('' when unknown). */
export type LikeTurn = { callId: string; turnId: string; words: string };

/**
 * What the user has asked so far; kept by the host while the panel is closed, so it reopens as it was.
 * `meaning`: the words are read as an idea (the Words / Meaning switch); `like`: moments like a turn,
 * which takes the words' place.
 */
export type SearchDraft = { text: string; filters: SearchFilters; meaning?: true; like?: LikeTurn };

export const EMPTY_DRAFT: SearchDraft = { text: '', filters: {} };

/** A new search for the moments like a turn: by meaning, no words, no filters left from the last search. */
export const likeDraft = (like: LikeTurn): SearchDraft => ({ text: '', filters: {}, meaning: true, like });

/** A saved search back in the panel: its words in the box and its filters as chips (its size is the panel's). */
export function draftOf(query: SearchQuery): SearchDraft {
  const filters = Object.fromEntries(SEARCH_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]])) as SearchFilters;
  return {
    text: query.text ?? '',
    filters,
    ...(query.meaning || query.like ? { meaning: true as const } : {}),
    ...(query.like ? { like: { ...query.like, words: '' } } : {}),
  };
}

/**
 * The query the panel asks. By meaning only with words to read (or a turn to be like): the filters
 * alone list their moments the same way in either mode.
 */
export function queryOf(draft: SearchDraft, limit: number): SearchQuery {
  const { text, filters, meaning, like } = draft;
  if (like) return { ...filters, text: '', limit, meaning: true, like: { callId: like.callId, turnId: like.turnId } };
  return { ...filters, text, limit, ...(meaning && text.trim() ? { meaning: true } : {}) };
}

/** How many of a turn's first words name it on the "Like:" chip. */
const LIKE_WORDS = 8;

/** A turn's first words, to name it ("Like: Honestly, if we miss the number again…"). */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > LIKE_WORDS ? `${words.slice(0, LIKE_WORDS).join(' ')}…` : words.join(' ');
}

/** A saved search's name is a playlist name: at most this long. */
const NAME_MAX = 200;

/** The name a search is offered to be saved under: the query in words, cut to fit. */
export function suggestedName(query: SearchQuery, formatDate: FormatDate): string {
  const words = describeQuery(query, formatDate);
  return words.length > NAME_MAX ? `${words.slice(0, NAME_MAX - 1)}…` : words;
}

/** A search result as a clip to make: its turn, offered with context (the dialog adds it), titled by its words. */
export const hitClipSource = (hit: Pick<SearchHit, 'start' | 'end' | 'snippet'>): ClipSource => ({
  moment: { start: hit.start, end: Math.max(hit.start, hit.end) },
  title: turnClipTitle({ text: hit.snippet, start: hit.start }),
  withContext: true,
});
