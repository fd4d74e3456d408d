import type { Clip } from '../../../shared/domain/clip';
import type { ClipRange } from '../../../shared/playlists/clipRange';
import { call } from '../../ui/bridge';
import type { PlaylistChoice } from './clipDraft';

export type ClipToSave = { callId: string; range: ClipRange; title: string; note: string; playlist: PlaylistChoice };
export type SavedClip = { clip: Clip; playlist: { id: string; name: string } | null };

/**
 * Saves the clip, into the chosen playlist. A new playlist is made first and its id kept in `made`, so
 * that saving again after a failure adds to it instead of making a second one of the same name.
 */
export async function saveClip(input: ClipToSave, made: { playlist: { id: string; name: string } | null }): Promise<SavedClip> {
  let playlist: { id: string; name: string } | null = null;
  if (input.playlist.kind === 'new') {
    const name = input.playlist.name.trim();
    if (made.playlist?.name !== name) {
      const created = await call('playlists:create', { name });
      made.playlist = { id: created.id, name: created.name };
    }
    playlist = made.playlist;
  } else if (input.playlist.kind === 'existing') {
    playlist = { id: input.playlist.playlistId, name: input.playlist.name };
  }
  const note = input.note.trim();
  const clip = await call('clips:create', {
    callId: input.callId,
    start: input.range.start,
    end: input.range.end,
    title: input.title.trim(),
    ...(note ? { note } : {}),
    ...(playlist ? { playlistId: playlist.id } : {}),
  });
  return { clip, playlist };
}
