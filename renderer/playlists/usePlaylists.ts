import { call } from '../ui/bridge';
import type { SavedSearch } from '../../shared/domain/playlist';
import type { PlaylistSummary, PlaylistView } from '../../shared/playlists/views';
import { useLiveQuery, type LiveQuery } from '../ui/useLiveQuery';

/** Every playlist of the library as the list shows it; refetched when the library changes. */
export function usePlaylists(): LiveQuery<PlaylistSummary[]> {
  return useLiveQuery(() => call('playlists:list', {}), []);
}

/**
 * One playlist and its clips ready to play. Refetched on every library change: a call renamed, edited,
 * tagged or deleted changes what its clips show, and a smart playlist's search may find other moments.
 */
export function usePlaylist(playlistId: string): LiveQuery<PlaylistView> {
  return useLiveQuery(() => call('playlists:get', { playlistId }), [playlistId]);
}

/** The saved searches a smart playlist can be made from. */
export function useSavedSearches(): LiveQuery<SavedSearch[]> {
  return useLiveQuery(() => call('searches:list', {}), []);
}
