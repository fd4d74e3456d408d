import { SearchButton } from '../search/SearchButton';
import { hrefFor } from '../ui/useRoute';

type Props = {
  importDisabled: boolean;
  onImport: () => void;
  onImportTracks: () => void;
};

/** The library's top bar: app name, search, the two import actions, and the ways to the playlists, the reps' trends and Settings. */
export function LibraryHeader({ importDisabled, onImport, onImportTracks }: Props) {
  return (
    <header className="top-bar">
      <h1 className="app-name">Call Review</h1>
      <div className="top-bar-actions">
        <SearchButton />
        <button type="button" className="button primary" data-testid="import-button" onClick={onImport} disabled={importDisabled}>
          Import recordings…
        </button>
        <button type="button" className="button" data-testid="import-tracks-button" onClick={onImportTracks} disabled={importDisabled}>
          Import per-speaker tracks…
        </button>
        <a className="button quiet" href={hrefFor({ name: 'playlists' })} data-testid="playlists-link">
          Playlists
        </a>
        <a className="button quiet" href={hrefFor({ name: 'reps', repName: null })} data-testid="reps-link">
          Reps &amp; trends
        </a>
        <a className="button quiet" href={hrefFor({ name: 'settings' })}>
          Settings
        </a>
      </div>
    </header>
  );
}
