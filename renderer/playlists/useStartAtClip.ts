import { useEffect, useRef } from 'react';
import type { PlaylistItem } from '../../shared/playlists/views';

/**
 * Opened at one of its clips (`#/playlists/<id>?clip=<clipId>`, a search result): once the clips are
 * loaded that clip becomes current and plays. Once per clip asked, so a later refresh of the list
 * (a library change) does not take the player back to it.
 */
export function useStartAtClip(clipId: string | undefined, items: readonly PlaylistItem[], startAt: (index: number) => void): void {
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (!clipId || started.current === clipId) return;
    const index = items.findIndex((item) => item.clip.id === clipId);
    if (index < 0) return; // not loaded yet
    started.current = clipId;
    startAt(index);
  }, [clipId, items, startAt]);
}
