import { useState } from 'react';
import type { PlaylistSummary } from '../../shared/playlists/views';
import { BackToLibrary } from '../ui/BackToLibrary';
import { call } from '../ui/bridge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { navigate } from '../ui/useRoute';
import { ImportBundleButton, type ImportedBundle } from './bundles/ImportBundleButton';
import { CreatePlaylistDialog } from './CreatePlaylistDialog';
import { PlaylistRow } from './PlaylistRow';
import { PlaylistsEmpty } from './PlaylistsEmpty';
import { SmartPlaylistDialog } from './SmartPlaylistDialog';
import { usePlaylists } from './usePlaylists';

const open = (playlistId: string) => navigate({ name: 'playlist', playlistId });
/** A bundle imported now opens as its playlist; one imported before stays here, where the button says so. */
const openImported = ({ playlistId, alreadyImported }: ImportedBundle) => {
  if (!alreadyImported) open(playlistId);
};

/** Every playlist: create one (or a smart one from a saved search), import a bundle, open, rename, describe, delete. */
export function PlaylistsView() {
  const playlists = usePlaylists();
  const [creating, setCreating] = useState<'plain' | 'smart' | null>(null);
  const [deleting, setDeleting] = useState<PlaylistSummary | null>(null);
  useDocumentTitle('Playlists');
  const list = playlists.data;

  return (
    <main className="view playlists-view" data-testid="playlists-view">
      <BackToLibrary testId="playlists-back" />
      <header className="playlists-header">
        <h1 className="page-title">Playlists</h1>
        <div className="button-row">
          <button type="button" className="button primary" data-testid="new-playlist" onClick={() => setCreating('plain')}>
            New playlist…
          </button>
          <button type="button" className="button" data-testid="new-smart-playlist" onClick={() => setCreating('smart')}>
            New smart playlist…
          </button>
          <ImportBundleButton onImported={openImported} />
        </div>
      </header>

      <ErrorMessage testId="playlists-error">{playlists.error && `Could not list the playlists: ${playlists.error.message}`}</ErrorMessage>
      {!list && !playlists.error && (
        <p className="loading" role="status">
          Loading playlists…
        </p>
      )}
      {list && list.length === 0 && <PlaylistsEmpty onCreate={() => setCreating('plain')} />}
      {list && list.length > 0 && (
        <ul className="playlist-list" aria-label="Playlists">
          {list.map((p) => (
            <PlaylistRow key={p.id} playlist={p} onDelete={setDeleting} />
          ))}
        </ul>
      )}

      {creating === 'plain' && <CreatePlaylistDialog onCreated={open} onClose={() => setCreating(null)} />}
      {creating === 'smart' && <SmartPlaylistDialog onCreated={open} onClose={() => setCreating(null)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          message={
            deleting.smart
              ? 'The playlist goes; its saved search stays.'
              : 'The playlist goes; its clips stay in the library (and in any other playlist they are in).'
          }
          confirmLabel="Delete"
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            await call('playlists:delete', { playlistId: deleting.id });
            setDeleting(null);
            playlists.reload();
          }}
        />
      )}
    </main>
  );
}
