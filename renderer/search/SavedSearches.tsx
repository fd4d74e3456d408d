import { useState } from 'react';
import type { SavedSearch } from '../../shared/domain/playlist';
import { describeQuery } from '../../shared/search/describe';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import type { LiveQuery } from '../ui/useLiveQuery';
import { hrefFor } from '../ui/useRoute';
import { formatDay } from './dates';

type Props = {
  searches: LiveQuery<SavedSearch[]>;
  onRun: (search: SavedSearch) => void;
  /** Leaving the panel for the Playlists view (where a smart playlist is made from a saved search). */
  onLeave: () => void;
};

/** One saved search: run it, make a smart playlist of it, or delete it (asked first, in the row). */
function SavedSearchRow({ search, onRun, onLeave, onDeleted }: { search: SavedSearch; onRun: () => void; onLeave: () => void; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const remove = () =>
    void run(async () => {
      await call('searches:delete', { searchId: search.id });
      onDeleted();
    });

  return (
    <li className="search-saved-item" data-testid="saved-search" data-search-id={search.id}>
      {confirming ? (
        <div className="search-saved-confirm" role="group" aria-label={`Delete “${search.name}”?`}>
          <span>Delete “{search.name}”?</span>
          <button type="button" className="button small danger" data-testid="saved-search-delete-confirm" disabled={busy} onClick={remove}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
          <button type="button" className="button small" data-testid="saved-search-delete-cancel" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="search-saved-line">
          <button type="button" className="search-saved-run" data-testid="saved-search-run" onClick={onRun} title={describeQuery(search.query, formatDay)}>
            <span className="search-saved-name" data-testid="saved-search-name">
              {search.name}
            </span>
            <span className="search-saved-query">{describeQuery(search.query, formatDay)}</span>
          </button>
          <a className="search-saved-smart" href={hrefFor({ name: 'playlists' })} data-testid="saved-search-smart" onClick={onLeave}>
            Make smart playlist…
          </a>
          <button
            type="button"
            className="button small quiet"
            data-testid="saved-search-delete"
            aria-label={`Delete saved search “${search.name}”`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        </div>
      )}
      <ErrorMessage testId="saved-search-error">{error && `Not deleted: ${error}`}</ErrorMessage>
    </li>
  );
}

/** The searches kept by name: a click runs one again (its words and filters back in the panel). */
export function SavedSearches({ searches, onRun, onLeave }: Props) {
  const list = searches.data;
  return (
    <section className="search-saved" aria-label="Saved searches" data-testid="saved-searches">
      <h3 className="search-saved-title">Saved searches</h3>
      <ErrorMessage testId="saved-searches-error">{searches.error && `Could not list the saved searches: ${searches.error.message}`}</ErrorMessage>
      {list && list.length === 0 && (
        <p className="search-saved-none muted" data-testid="saved-searches-none">
          None yet: search, then Save search… to keep it.
        </p>
      )}
      {list && list.length > 0 && (
        <ul className="search-saved-list">
          {list.map((s) => (
            <SavedSearchRow key={s.id} search={s} onRun={() => onRun(s)} onLeave={onLeave} onDeleted={searches.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
