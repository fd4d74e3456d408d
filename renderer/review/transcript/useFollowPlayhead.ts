import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActiveTurnStore } from '../player/activeTurn';

/** Keys that scroll a focused list: pressing one means the user is reading elsewhere. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

export type FollowPlayhead = {
  following: boolean;
  resume: () => void;
  /** Stops following, as a user scroll does: for jumps the user asked for (a find match, J/K). */
  stop: () => void;
};

/**
 * The transcript scrolls to the current turn as playback moves, until the user scrolls it
 * themselves (wheel, touch, scroll keys, the scrollbar); then it stays put and `following` is false
 * until `resume` (the "Back to playhead" button, or clicking a word). Programmatic scrolls fire none
 * of those input events, so they never count as the user's.
 */
export function useFollowPlayhead(
  /** The transcript's scrolling element (state, not a ref: it mounts after the first transcript). */
  scroller: HTMLElement | null,
  scrollToIndex: (index: number) => void,
  active: ActiveTurnStore,
): FollowPlayhead {
  const [following, setFollowing] = useState(true);
  const followingRef = useRef(true);
  const stop = useCallback(() => {
    followingRef.current = false;
    setFollowing(false);
  }, []);

  useEffect(() => {
    const element = scroller;
    if (!element) return;
    const onKey = (e: KeyboardEvent) => SCROLL_KEYS.has(e.key) && stop();
    // A press on the container itself, not on a row, is a press on its scrollbar.
    const onPointer = (e: PointerEvent) => e.target === element && stop();
    element.addEventListener('wheel', stop, { passive: true });
    element.addEventListener('touchmove', stop, { passive: true });
    element.addEventListener('keydown', onKey);
    element.addEventListener('pointerdown', onPointer);
    return () => {
      element.removeEventListener('wheel', stop);
      element.removeEventListener('touchmove', stop);
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('pointerdown', onPointer);
    };
  }, [scroller, stop]);

  useEffect(
    () =>
      active.onIndexChange((index) => {
        if (followingRef.current && index >= 0) scrollToIndex(index);
      }),
    [active, scrollToIndex],
  );

  const resume = useCallback(() => {
    followingRef.current = true;
    setFollowing(true);
    const index = active.index();
    if (index >= 0) scrollToIndex(index);
  }, [active, scrollToIndex]);

  return { following, resume, stop };
}
