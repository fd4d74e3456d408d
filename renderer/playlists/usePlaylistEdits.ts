import { useMemo } from 'react';
import type { PlaylistView } from '../../shared/playlists/views';
import { call } from '../ui/bridge';
import type { LiveQuery } from '../ui/useLiveQuery';
import { moveBy, moveTo, sameOrder } from './clipOrder';

export type PlaylistEdits = {
  playlistId: string;
  /** A drop: the clip at `from` now at `to`. */
  reorder: (from: number, to: number) => void;
  /** Move up (−1) or down (+1) a place. */
  move: (clipId: string, step: 1 | -1) => void;
  remove: (clipId: string) => void;
};

/** The view with the clips in a new order, shown at once while the backend saves it. */
const inOrder = (view: PlaylistView, ids: readonly string[]): PlaylistView => ({
  playlist: { ...view.playlist, clipIds: [...ids] },
  items: ids.map((id) => view.items.find((i) => i.clip.id === id)!),
});

/**
 * An ordinary playlist's hand edits (null for a smart one: its clips are what its search finds). A new
 * order shows at once and is then saved; whatever happens, the saved playlist is read again, so a refused
 * order (the list changed meanwhile) puts back what is saved, and `run` shows why.
 */
export function usePlaylistEdits(view: LiveQuery<PlaylistView>, run: (work: () => Promise<void>) => Promise<boolean>): PlaylistEdits | null {
  const data = view.data;
  const { set, reload } = view;
  return useMemo(() => {
    if (!data || data.playlist.smart) return null;
    const playlistId = data.playlist.id;
    const ids = data.items.map((i) => i.clip.id);
    const save = (next: string[]) => {
      if (sameOrder(next, ids)) return;
      set(inOrder(data, next));
      void run(async () => {
        try {
          await call('playlists:reorder', { playlistId, clipIds: next });
        } finally {
          reload();
        }
      });
    };
    return {
      playlistId,
      reorder: (from, to) => save(moveTo(ids, from, to)),
      move: (clipId, step) => {
        const next = moveBy(ids, clipId, step);
        if (next) save(next);
      },
      remove: (clipId) =>
        void run(async () => {
          await call('playlists:removeClip', { playlistId, clipId });
          reload();
        }),
    };
  }, [data, set, reload, run]);
}
