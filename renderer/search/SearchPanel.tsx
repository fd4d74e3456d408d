import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeQuery, withoutFilter, type SearchFilters as Filters } from '../../shared/search/describe';
import type { SearchHit, SearchQuery } from '../../shared/search/query';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { navigate } from '../ui/useRoute';
import { formatDay } from './dates';
import { FilterChips } from './FilterChips';
import { SearchFilters } from './SearchFilters';
import { optionId, SearchResults } from './SearchResults';
import { useSearch, type SearchState } from './useSearch';
import { useSearchNames } from './useSearchNames';

/** Most moments one search lists: enough to browse, few enough to answer at once. */
export const SEARCH_LIMIT = 200;

/** What the user has asked so far; kept by the host while the panel is closed, so it reopens as it was. */
export type SearchDraft = { text: string; filters: Filters };

type Props = {
  draft: SearchDraft;
  onDraft: (draft: SearchDraft) => void;
  onClose: () => void;
  /** Changes when Ctrl/Cmd+K is pressed again with the panel open: back to the search box. */
  focusRequest: number;
};

const NO_HITS: SearchHit[] = [];
const hitsOf = (state: SearchState) => (state.phase === 'done' ? state.result.hits : state.phase === 'searching' ? (state.previous?.hits ?? NO_HITS) : NO_HITS);

function Status({ state, query }: { state: SearchState; query: SearchQuery }) {
  if (state.phase === 'idle')
    return (
      <p className="search-empty" data-testid="search-empty">
        Type words or pick a filter
      </p>
    );
  if (state.phase === 'error') return <ErrorMessage testId="search-error">The search failed: {state.message}</ErrorMessage>;
  if (state.phase === 'done' && state.result.hits.length === 0)
    return (
      <p className="search-empty" data-testid="search-no-match">
        No moments match {describeQuery(query, formatDay)}
      </p>
    );
  return null;
}

function Summary({ state }: { state: SearchState }) {
  const text =
    state.phase === 'searching'
      ? 'Searching…'
      : state.phase === 'done' && state.result.hits.length > 0
        ? `${state.result.hits.length === SEARCH_LIMIT ? `First ${SEARCH_LIMIT} moments (add words or filters to narrow)` : `${state.result.hits.length} ${state.result.hits.length === 1 ? 'moment' : 'moments'}`} · ${Math.round(state.result.tookMs)} ms`
        : '';
  return (
    <p className="search-summary" role="status" data-testid="search-summary">
      {text}
    </p>
  );
}

/**
 * The search over every call: words and "phrases" searched as you type, filters as chips, and the
 * moments found. ↑/↓ move through them, Enter (or a click) opens the call playing from that moment.
 */
export function SearchPanel({ draft, onDraft, onClose, focusRequest }: Props) {
  const query = useMemo<SearchQuery>(() => ({ ...draft.filters, text: draft.text, limit: SEARCH_LIMIT }), [draft]);
  const state = useSearch(query);
  const hits = hitsOf(state);
  const names = useSearchNames();
  const listboxId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The active row belongs to one list of hits: a new answer starts again from its first row.
  const [activeIn, setActiveIn] = useState<{ hits: readonly SearchHit[]; index: number }>({ hits, index: 0 });
  const active = activeIn.hits === hits ? Math.min(activeIn.index, hits.length - 1) : 0;
  const setActive = useCallback((index: number) => setActiveIn({ hits, index }), [hits]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select(); // reopened with the last words: typing replaces them
  }, [focusRequest]);

  const open = useCallback(
    (hit: SearchHit) => {
      navigate({ name: 'review', callId: hit.callId, at: hit.start, play: true });
      onClose();
    },
    [onClose],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      const hit = hits[active];
      if (hit) open(hit);
    }
  };

  return (
    <Dialog title="Search calls" onClose={onClose} testId="search-panel" className="search-dialog">
      <div className="search-box-row">
        <input
          ref={input}
          className="text-input search-input"
          type="search"
          role="combobox"
          aria-label="Search words or “phrases” in every call"
          aria-expanded={hits.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? optionId(listboxId, active) : undefined}
          placeholder='Words or "a phrase"'
          spellCheck={false}
          maxLength={500}
          value={draft.text}
          onChange={(e) => onDraft({ ...draft, text: e.target.value })}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <SearchFilters filters={draft.filters} onChange={(filters) => onDraft({ ...draft, filters })} names={names} />
      </div>
      <FilterChips filters={draft.filters} onRemove={(key) => onDraft({ ...draft, filters: withoutFilter(draft.filters, key) })} />
      <Summary state={state} />
      <Status state={state} query={query} />
      {hits.length > 0 && <SearchResults hits={hits} listboxId={listboxId} active={active} onActive={setActive} onOpen={open} />}
      <p className="search-hint">
        <kbd>↑</kbd>
        <kbd>↓</kbd> choose · <kbd>Enter</kbd> open and play · <kbd>Esc</kbd> close
      </p>
    </Dialog>
  );
}
