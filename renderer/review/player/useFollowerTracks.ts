import { useEffect, type RefObject } from 'react';

/** Further than this apart (seconds), a follower is moved back to the leader's time. */
const MAX_DRIFT = 0.15;

/**
 * A call recorded as one file per speaker plays all of them at once: the first track's element is
 * the player (wavesurfer, the controls and the transcript follow it) and the <audio> elements inside
 * `group` copy what it does: play, pause, seeks, speed and volume, corrected whenever they drift.
 */
export function useFollowerTracks(leader: HTMLMediaElement | null, group: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = group.current;
    if (!leader || !box) return;
    const each = (apply: (follower: HTMLMediaElement) => void) => box.querySelectorAll('audio').forEach(apply);
    const align = (f: HTMLMediaElement) => {
      if (Math.abs(f.currentTime - leader.currentTime) > MAX_DRIFT) f.currentTime = leader.currentTime;
    };
    const handlers: Record<string, () => void> = {
      play: () =>
        each((f) => {
          align(f);
          f.play().catch(() => {}); // interrupted by a pause, as the leader was
        }),
      pause: () => each((f) => f.pause()),
      seeking: () => each((f) => (f.currentTime = leader.currentTime)),
      timeupdate: () => each(align),
      ratechange: () =>
        each((f) => {
          f.defaultPlaybackRate = leader.defaultPlaybackRate;
          f.playbackRate = leader.playbackRate;
        }),
      volumechange: () =>
        each((f) => {
          f.volume = leader.volume;
          f.muted = leader.muted;
        }),
    };
    const events = Object.entries(handlers);
    events.forEach(([event, handler]) => leader.addEventListener(event, handler));
    return () => {
      events.forEach(([event, handler]) => leader.removeEventListener(event, handler));
      each((f) => f.pause());
    };
  }, [leader, group]);
}
