import { useState } from 'react';
import type { PlaylistView as PlaylistData } from '../../shared/playlists/views';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatDuration } from '../ui/format';
import { useAction } from '../ui/useAction';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { hrefFor, navigate } from '../ui/useRoute';
import { ExportBundleButton } from './bundles/ExportBundleButton';
import { ClipList } from './ClipList';
import { PlaylistBadges } from './PlaylistBadges';
import { PlaylistPlayer } from './PlaylistPlayer';
import { withinClip } from './playerQueue';
import { usePlaylist, useSavedSearches } from './usePlaylists';
import { usePlaylistEdits } from './usePlaylistEdits';
import { usePlaylistKeys } from './usePlaylistKeys';
import { usePlaylistPlayer } from './usePlaylistPlayer';
import { useStartAtClip } from './useStartAtClip';

const NO_ITEMS: PlaylistData['items'] = [];

/**
 * One playlist: its clips in order (reordered by drag or keyboard, renamed, noted, removed) beside the
 * player that plays them back to back. A smart playlist lists what its search finds now and can be frozen
 * into an ordinary one.
 */
export function PlaylistView({ playlistId, clipId }: { playlistId: string; clipId?: string }) {
  const view = usePlaylist(playlistId);
  const data = view.data;
  const items = data?.items ?? NO_ITEMS;
  const player = usePlaylistPlayer(items);
  useStartAtClip(clipId, items, player.startAt);
  const searches = useSavedSearches();
  const action = useAction();
  const [freezing, setFreezing] = useState(false);
  useDocumentTitle(data ? `${data.playlist.name} — Playlists` : 'Playlist');

  const current = player.item;
  const origin = current?.clip.origin;
  const openCall =
    current && origin?.kind === 'call'
      ? () => navigate({ name: 'review', callId: origin.callId, at: withinClip(current.clip, player.media ? player.media.currentTime : current.clip.start) })
      : null;
  usePlaylistKeys(player, openCall);

  const edit = usePlaylistEdits(view, action.run);

  const freeze = () => {
    setFreezing(true);
    void action
      .run(async () => {
        await call('playlists:freeze', { playlistId });
        view.reload();
      })
      .finally(() => setFreezing(false));
  };

  if (!data) {
    return (
      <main className="view playlist-view" data-testid="playlist-view">
        <PlaylistsLink />
        <ErrorMessage testId="playlist-error">{view.error && `Could not open the playlist: ${view.error.message}`}</ErrorMessage>
        {!view.error && (
          <p className="loading" role="status">
            Loading playlist…
          </p>
        )}
      </main>
    );
  }

  const { playlist } = data;
  const searchName = (searchId: string) => searches.data?.find((s) => s.id === searchId)?.name ?? '';
  const total = items.reduce((sum, i) => sum + (i.clip.end - i.clip.start), 0);
  return (
    <main className="view playlist-view" data-testid="playlist-view" data-playlist-id={playlist.id}>
      <PlaylistsLink />
      <header className="playlist-header">
        <div>
          <h1 className="page-title" data-testid="playlist-title">
            {playlist.name}
          </h1>
          <PlaylistBadges smart={playlist.smart && { searchName: searchName(playlist.smart.searchId) }} bundleId={playlist.bundleId} />
          {playlist.description && <p className="muted playlist-description">{playlist.description}</p>}
          <p className="muted" data-testid="playlist-summary">
            {items.length === 1 ? '1 clip' : `${items.length} clips`} · {formatDuration(total)}
            {playlist.smart && ' · found again by its saved search each time it is opened'}
          </p>
        </div>
        {/* The playlist's actions. A smart playlist exports the clips its search finds now, as listed here. */}
        <div className="playlist-toolbar button-row" data-testid="playlist-toolbar">
          {playlist.smart && (
            <button type="button" className="button" data-testid="freeze-playlist" onClick={freeze} disabled={freezing}>
              {freezing ? 'Freezing…' : 'Freeze into a playlist'}
            </button>
          )}
          <ExportBundleButton playlistId={playlist.id} />
        </div>
      </header>
      <ErrorMessage testId="playlist-action-error">{action.error}</ErrorMessage>
      <ErrorMessage testId="playlist-error">{view.error && `Could not refresh the playlist: ${view.error.message}`}</ErrorMessage>

      {items.length === 0 ? (
        <p className="muted playlist-no-clips" data-testid="playlist-no-clips">
          {playlist.smart
            ? 'Its saved search finds nothing in the library now.'
            : 'No clips yet. Make clips in a call’s Review view (from a range, a tagged turn, a chain, a missed follow-up or a search result) and add them to this playlist.'}
        </p>
      ) : (
        <div className="playlist-layout">
          <section className="playlist-editor" aria-label="Clips" data-testid="playlist-editor">
            <ClipList items={items} currentIndex={player.index} edit={edit} onPlay={player.playAt} />
          </section>
          <PlaylistPlayer player={player} count={items.length} onOpenCall={openCall} />
        </div>
      )}
    </main>
  );
}

function PlaylistsLink() {
  return (
    <nav className="top-bar">
      <a className="back-link" href={hrefFor({ name: 'playlists' })} data-testid="playlist-back">
        ← Playlists
      </a>
    </nav>
  );
}
