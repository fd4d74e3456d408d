import type { Clip } from '../domain/clip';
import type { Playlist, SavedSearch } from '../domain/playlist';
import { AppError } from '../errors';
import type { PlaylistsDocument } from './views';

/**
 * The changes to the playlists document, on a draft the store saves afterwards (or drops when one throws:
 * every refusal is an AppError with words for the user, and nothing was changed).
 */

export function clipIn(doc: PlaylistsDocument, clipId: string): Clip {
  const clip = doc.clips.find((c) => c.id === clipId);
  if (!clip) throw new AppError('NOT_FOUND', 'That clip is no longer in this library.');
  return clip;
}

export function playlistIn(doc: PlaylistsDocument, playlistId: string): Playlist {
  const playlist = doc.playlists.find((p) => p.id === playlistId);
  if (!playlist) throw new AppError('NOT_FOUND', 'That playlist is no longer in this library.');
  return playlist;
}

export function searchIn(doc: PlaylistsDocument, searchId: string): SavedSearch {
  const search = doc.savedSearches.find((s) => s.id === searchId);
  if (!search) throw new AppError('NOT_FOUND', 'That saved search is no longer in this library.');
  return search;
}

/** A smart playlist's clips are what its search finds: they are not placed by hand until it is frozen. */
function ordinary(playlist: Playlist): Playlist {
  if (playlist.smart) {
    throw new AppError('INVALID_INPUT', `“${playlist.name}” is a smart playlist: its clips come from its search. Freeze it to change them by hand.`);
  }
  return playlist;
}

const touch = (playlist: Playlist, now: string) => (playlist.updatedAt = now);

/** Puts a clip in a playlist at `index` (the end by default); a clip is in a playlist once. */
export function addClip(doc: PlaylistsDocument, playlistId: string, clipId: string, index: number | undefined, now: string): Playlist {
  const playlist = ordinary(playlistIn(doc, playlistId));
  const clip = clipIn(doc, clipId);
  if (playlist.clipIds.includes(clipId)) throw new AppError('INVALID_INPUT', `“${clip.title}” is already in “${playlist.name}”.`);
  const at = index === undefined ? playlist.clipIds.length : Math.min(index, playlist.clipIds.length);
  playlist.clipIds.splice(at, 0, clipId);
  touch(playlist, now);
  return playlist;
}

export function removeClip(doc: PlaylistsDocument, playlistId: string, clipId: string, now: string): Playlist {
  const playlist = ordinary(playlistIn(doc, playlistId));
  if (!playlist.clipIds.includes(clipId)) throw new AppError('NOT_FOUND', `That clip is not in “${playlist.name}”.`);
  playlist.clipIds = playlist.clipIds.filter((id) => id !== clipId);
  touch(playlist, now);
  return playlist;
}

/** The new order must hold exactly the playlist's clips: a stale view's order is refused, never half-applied. */
export function reorder(doc: PlaylistsDocument, playlistId: string, clipIds: string[], now: string): Playlist {
  const playlist = ordinary(playlistIn(doc, playlistId));
  const same = clipIds.length === playlist.clipIds.length && new Set(clipIds).size === clipIds.length && clipIds.every((id) => playlist.clipIds.includes(id));
  if (!same) {
    throw new AppError(
      'INVALID_INPUT',
      `The new order of “${playlist.name}” must list each of its ${playlist.clipIds.length} clips once; it changed meanwhile, reload it and try again.`,
    );
  }
  playlist.clipIds = [...clipIds];
  touch(playlist, now);
  return playlist;
}

/** Deletes a clip, and takes it out of every playlist it was in. */
export function deleteClip(doc: PlaylistsDocument, clipId: string, now: string): void {
  clipIn(doc, clipId);
  doc.clips = doc.clips.filter((c) => c.id !== clipId);
  for (const playlist of doc.playlists) {
    if (!playlist.clipIds.includes(clipId)) continue;
    playlist.clipIds = playlist.clipIds.filter((id) => id !== clipId);
    touch(playlist, now);
  }
}

/**
 * A saved search that feeds a smart playlist is not deleted: the playlist would have nothing to show.
 * The message names the playlists, so the user can freeze or delete them first.
 */
export function deleteSearch(doc: PlaylistsDocument, searchId: string): void {
  const search = searchIn(doc, searchId);
  const feeding = doc.playlists.filter((p) => p.smart?.searchId === searchId).map((p) => `“${p.name}”`);
  if (feeding.length > 0) {
    const which = feeding.length === 1 ? `the smart playlist ${feeding[0]}` : `the smart playlists ${feeding.join(', ')}`;
    throw new AppError('INVALID_INPUT', `The search “${search.name}” fills ${which}: freeze or delete ${feeding.length === 1 ? 'it' : 'them'} first.`);
  }
  doc.savedSearches = doc.savedSearches.filter((s) => s.id !== searchId);
}
