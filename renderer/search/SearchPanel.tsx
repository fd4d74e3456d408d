import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SavedSearch } from '../../shared/domain/playlist';
import { describeQuery, hasCriteria, withoutFilter } from '../../shared/search/describe';
import type { SearchHit, SearchQuery } from '../../shared/search/query';
import { isMac } from '../review/keys/keymap';
import { call } from '../ui/bridge';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLiveQuery } from '../ui/useLiveQuery';
import { navigate } from '../ui/useRoute';
import { formatDay } from './dates';
import { FilterChips } from './FilterChips';
import { SavedSearches } from './SavedSearches';
import { SaveSearchForm } from './SaveSearchForm';
import { draftOf, firstWords, likeDraft, queryOf, type SearchDraft } from './searchDraft';
import { SearchFilters } from './SearchFilters';
import { SearchModeSwitch } from './SearchModeSwitch';
import { optionId, SearchResults } from './SearchResults';
import { useHitClip, type HitClipAsk } from './useHitClip';
import { useSearch, type SearchState } from './useSearch';
import { useSearchNames } from './useSearchNames';

/** Most moments one search lists: enough to browse, few enough to answer at once. */
export const SEARCH_LIMIT = 200;

type Props = {
  draft: SearchDraft;
  onDraft: (draft: SearchDraft) => void;
  onClose: () => void;
  /** Changes when Ctrl/Cmd+K is pressed again with the panel open: back to the search box. */
  focusRequest: number;
  /** What the last action (a clip made, a search saved) did, until the search changes. */
  notice: string | null;
  onNotice: (text: string) => void;
  /** "Make clip…" on a result: the host closes the panel and opens the clip dialog. */
  onMakeClip: (ask: HitClipAsk) => void;
};

const NO_HITS: SearchHit[] = [];
const hitsOf = (state: SearchState) => (state.phase === 'done' ? state.result.hits : state.phase === 'searching' ? (state.previous?.hits ?? NO_HITS) : NO_HITS);

/** Why a search by meaning could not run (no text model yet), with the way to Settings to set it up. */
function MeaningUnavailable({ why, onSettings }: { why: string; onSettings: () => void }) {
  return (
    <div className="search-meaning-unavailable" role="status" data-testid="search-meaning-unavailable">
      <p>{why}</p>
      <button type="button" className="button small" data-testid="search-open-settings" onClick={onSettings}>
        Open Settings
      </button>
    </div>
  );
}

function Status({ state, query, draft, onSettings }: { state: SearchState; query: SearchQuery; draft: SearchDraft; onSettings: () => void }) {
  if (state.phase === 'idle')
    return (
      <p className="search-empty" data-testid="search-empty">
        {draft.meaning ? 'Describe an idea or pick a filter' : 'Type words or pick a filter'}
      </p>
    );
  if (state.phase === 'error') return <ErrorMessage testId="search-error">The search failed: {state.message}</ErrorMessage>;
  if (state.phase === 'done' && state.result.meaningUnavailable) return <MeaningUnavailable why={state.result.meaningUnavailable} onSettings={onSettings} />;
  if (state.phase === 'done' && state.result.hits.length === 0)
    return (
      <p className="search-empty" data-testid="search-no-match">
        {draft.like ? 'No other moments are like this one' : `No moments match ${describeQuery(query, formatDay)}`}
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

const withoutLike = ({ like: _like, ...rest }: SearchDraft): SearchDraft => rest;
/** Back to words: a turn to be like is a search by meaning, so it goes too. */
const withoutMeaning = ({ meaning: _meaning, like: _like, ...rest }: SearchDraft): SearchDraft => rest;

/** Where a result opens: its call playing from the moment, or the playlist of the bundle's clip it is in. */
const openHit = (hit: SearchHit) =>
  navigate(
    hit.clip
      ? { name: 'playlist', playlistId: hit.clip.playlistId, clipId: hit.clip.clipId }
      : { name: 'review', callId: hit.callId, at: hit.start, play: true },
  );

/**
 * The search over every call: words and "phrases" searched as you type, filters as chips, and the
 * moments found. ↑/↓ move through them, Enter (or a click) opens the call playing from that moment,
 * Alt+C makes a clip of it. Searches are saved by name and listed (when the box is empty, or on asking).
 */
export function SearchPanel({ draft, onDraft: setDraft, onClose, focusRequest, notice, onNotice, onMakeClip }: Props) {
  const query = useMemo<SearchQuery>(() => queryOf(draft, SEARCH_LIMIT), [draft]);
  const state = useSearch(query);
  const hits = hitsOf(state);
  const names = useSearchNames();
  const listboxId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The active row belongs to one list of hits: a new answer starts again from its first row.
  const [activeIn, setActiveIn] = useState<{ hits: readonly SearchHit[]; index: number }>({ hits, index: 0 });
  const active = activeIn.hits === hits ? Math.min(activeIn.index, hits.length - 1) : 0;
  const setActive = useCallback((index: number) => setActiveIn({ hits, index }), [hits]);

  const savedSearches = useLiveQuery(() => call('searches:list', {}), []);
  const [saving, setSaving] = useState<'closed' | 'form' | 'refused'>('closed');
  const [savedOpen, setSavedOpen] = useState(false);
  const [runs, setRuns] = useState(0); // a saved search run: the filter controls start over from its filters
  const { make: makeClip, problem } = useHitClip(onMakeClip);
  const clipProblem = problem && hits.includes(problem.hit) ? problem.message : null;
  const onMakeClipOf = useCallback((hit: SearchHit) => void makeClip(hit), [makeClip]);
  const findLike = useCallback(
    (hit: SearchHit) => {
      setDraft(likeDraft({ callId: hit.callId, turnId: hit.turnId, words: firstWords(hit.snippet) }));
      input.current?.focus();
    },
    [setDraft],
  );

  useEffect(() => {
    input.current?.focus();
    input.current?.select(); // reopened with the last words: typing replaces them
  }, [focusRequest]);

  const onDraft = (next: SearchDraft) => {
    setSaving((s) => (s === 'refused' ? 'closed' : s));
    setDraft(next);
  };

  const open = useCallback(
    (hit: SearchHit) => {
      openHit(hit);
      onClose();
    },
    [onClose],
  );

  const openSettings = () => {
    navigate({ name: 'settings' });
    onClose();
  };

  const runSaved = (search: SavedSearch) => {
    setDraft(draftOf(search.query));
    setRuns((n) => n + 1);
    setSavedOpen(false);
    setSaving('closed');
    input.current?.focus();
  };

  const onSaved = (search: SavedSearch) => {
    setSaving('closed');
    savedSearches.reload();
    onNotice(`Search saved as “${search.name}”.`);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      const hit = hits[active];
      if (hit) open(hit);
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyC' || e.key.toLowerCase() === 'c')) {
      e.preventDefault(); // by the physical key too: Option+C types "ç" on a Mac
      const hit = hits[active];
      if (hit) onMakeClipOf(hit);
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyL' || e.key.toLowerCase() === 'l')) {
      e.preventDefault(); // by the physical key too, as Alt+C
      const hit = hits[active];
      if (hit && !hit.clip) findLike(hit);
    }
  };

  const idle = state.phase === 'idle';

  return (
    <Dialog title="Search calls" onClose={onClose} testId="search-panel" className="search-dialog">
      <div className="search-box-row">
        <input
          ref={input}
          className="text-input search-input"
          type="search"
          role="combobox"
          aria-label={draft.meaning ? 'Search every call for an idea, said in any words' : 'Search words or “phrases” in every call'}
          aria-expanded={hits.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? optionId(listboxId, active) : undefined}
          placeholder={
            draft.like ? 'Type to search for words instead' : draft.meaning ? 'An idea, e.g. worried about hitting their number' : 'Words or "a phrase"'
          }
          spellCheck={false}
          maxLength={500}
          value={draft.text}
          // Typing asks for these words (or this idea) instead of the moments like a turn.
          onChange={(e) => onDraft({ ...withoutLike(draft), text: e.target.value })}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <SearchModeSwitch meaning={draft.meaning === true} onMeaning={(on) => onDraft(on ? { ...draft, meaning: true } : withoutMeaning(draft))} />
        <SearchFilters key={runs} filters={draft.filters} onChange={(filters) => onDraft({ ...draft, filters })} names={names} />
        <button
          type="button"
          className="button quiet small search-save-toggle"
          aria-expanded={saving === 'form'}
          data-testid="save-search"
          onClick={() => setSaving(!hasCriteria(query) ? 'refused' : saving === 'form' ? 'closed' : 'form')}
        >
          Save search…
        </button>
        {!idle && (
          <button
            type="button"
            className="button quiet small search-saved-toggle"
            aria-expanded={savedOpen}
            data-testid="saved-searches-toggle"
            onClick={() => setSavedOpen(!savedOpen)}
          >
            Saved {savedOpen ? '▴' : '▾'}
          </button>
        )}
      </div>
      {saving === 'form' && <SaveSearchForm query={query} onSaved={onSaved} onCancel={() => setSaving('closed')} />}
      <ErrorMessage testId="save-search-refused">
        {saving === 'refused' ? 'Type words or pick a filter first: an empty search can’t be saved.' : null}
      </ErrorMessage>
      <FilterChips
        filters={draft.filters}
        onRemove={(key) => onDraft({ ...draft, filters: withoutFilter(draft.filters, key) })}
        like={draft.like}
        onRemoveLike={() => onDraft(withoutLike(draft))}
      />
      {(idle || savedOpen) && <SavedSearches searches={savedSearches} onRun={runSaved} onLeave={onClose} />}
      <Summary state={state} />
      <p className="search-notice" role="status" data-testid="search-notice" hidden={!notice}>
        {notice}
      </p>
      <ErrorMessage testId="search-clip-error">{clipProblem}</ErrorMessage>
      <Status state={state} query={query} draft={draft} onSettings={openSettings} />
      {hits.length > 0 && (
        <SearchResults hits={hits} listboxId={listboxId} active={active} onActive={setActive} onOpen={open} onMakeClip={onMakeClipOf} onFindLike={findLike} />
      )}
      <p className="search-hint">
        <kbd>↑</kbd>
        <kbd>↓</kbd> choose · <kbd>Enter</kbd> open and play · <kbd>{isMac() ? 'Option' : 'Alt'}</kbd>
        <kbd>C</kbd> make a clip · <kbd>{isMac() ? 'Option' : 'Alt'}</kbd>
        <kbd>L</kbd> moments like this · <kbd>Esc</kbd> close
      </p>
    </Dialog>
  );
}
