import { useEffect, useState } from 'react';
import type { SearchQuery, SearchResult } from '../../shared/search/query';
import { hasCriteria } from '../../shared/search/describe';
import { call, errorMessage } from '../ui/bridge';
import { useLibraryChanged } from '../ui/useLibraryChanged';

/** How long typing pauses before the search runs: as you type, without one request per key. */
export const SEARCH_DEBOUNCE_MS = 150;

export type SearchState =
  /** No words and no filter: nothing to ask. */
  | { phase: 'idle' }
  /** The query's answer is on its way; `previous` keeps the last results on screen meanwhile. */
  | { phase: 'searching'; previous: SearchResult | null }
  | { phase: 'done'; result: SearchResult }
  | { phase: 'error'; message: string };

/**
 * Runs the query a moment after it stops changing, and again when the library changes (a tag, an
 * import) while the panel is open. The latest query wins: an answer to an older one is dropped.
 */
export function useSearch(query: SearchQuery): SearchState {
  const key = JSON.stringify(query);
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const [changes, setChanges] = useState(0);
  useLibraryChanged(() => setChanges((n) => n + 1));

  useEffect(() => {
    let wanted = true; // until the query changes or the panel closes
    const q = JSON.parse(key) as SearchQuery;
    if (!hasCriteria(q)) {
      setState({ phase: 'idle' });
      return;
    }
    setState((s) => ({ phase: 'searching', previous: s.phase === 'done' ? s.result : s.phase === 'searching' ? s.previous : null }));
    const timer = setTimeout(() => {
      const settle = (next: SearchState) => {
        if (wanted) setState(next);
      };
      call('search:query', q).then(
        (result) => settle({ phase: 'done', result }),
        (e: unknown) => settle({ phase: 'error', message: errorMessage(e) }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      wanted = false;
    };
  }, [key, changes]);

  return state;
}
