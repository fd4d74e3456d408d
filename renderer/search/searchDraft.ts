import { describeQuery, SEARCH_FILTER_KEYS, type FormatDate, type SearchFilters } from '../../shared/search/describe';
import type { SearchHit, SearchQuery } from '../../shared/search/query';
import { turnClipTitle } from '../../shared/playlists/clipRange';
import type { ClipSource } from '../review/clips/clipDraft';

/** What the user has asked so far; kept by the host while the panel is closed, so it reopens as it was. */
export type SearchDraft = { text: string; filters: SearchFilters };

export const EMPTY_DRAFT: SearchDraft = { text: '', filters: {} };

/** A saved search back in the panel: its words in the box and its filters as chips (its size is the panel's). */
export function draftOf(query: SearchQuery): SearchDraft {
  const filters = Object.fromEntries(SEARCH_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]])) as SearchFilters;
  return { text: query.text ?? '', filters };
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
