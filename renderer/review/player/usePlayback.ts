import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Turn } from '../../../shared/domain/transcript';
import { createActiveTurnStore, type ActiveTurnStore } from './activeTurn';
import { bindMedia, createControls, createPlaybackStore, type PlaybackState, type PlaybackStore, type PlayerControls } from './playback';

/** One call's player, shared by the waveform, the player bar, the speaker lane and the transcript. */
export type Player = {
  playback: PlaybackStore;
  active: ActiveTurnStore;
  controls: PlayerControls;
  media: HTMLAudioElement | null;
  /** A callback ref for the <audio> element that plays the call. */
  setMedia: (media: HTMLAudioElement | null) => void;
};

export const PlayerContext = createContext<Player | null>(null);

/** Owned by the Review view; `turns` is what the active-turn store searches (stable per transcript). */
export function usePlayerSource(turns: readonly Turn[]): Player {
  const playback = useMemo(createPlaybackStore, []);
  const [media, setMedia] = useState<HTMLAudioElement | null>(null);
  // Controls read the element through a ref so their identity never changes (rows keep them in memo).
  const mediaRef = useRef(media);
  useEffect(() => {
    mediaRef.current = media;
    return media ? bindMedia(media, playback) : undefined;
  }, [media, playback]);
  const controls = useMemo(() => createControls(() => mediaRef.current, playback), [playback]);

  const active = useMemo(() => createActiveTurnStore(turns), [turns]);
  useEffect(() => active.connect(playback), [active, playback]);

  return useMemo(() => ({ playback, active, controls, media, setMedia }), [playback, active, controls, media]);
}

export function usePlayer(): Player {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer needs a PlayerContext above it.');
  return player;
}

/**
 * A slice of the playback state; the component re-renders only when the slice changes, so `select`
 * should return a primitive (e.g. whole seconds for a clock, not the raw time).
 */
export function usePlaybackValue<T>(select: (state: PlaybackState) => T): T {
  const { playback } = usePlayer();
  return useSyncExternalStore(playback.subscribe, () => select(playback.get()));
}

/** A transcript row's slice: INACTIVE, or the index of the word being spoken in its turn. */
export function useTurnSlice(turnId: string): number {
  const { active } = usePlayer();
  const subscribe = useCallback((listener: () => void) => active.subscribeTurn(turnId, listener), [active, turnId]);
  return useSyncExternalStore(subscribe, () => active.slice(turnId));
}
