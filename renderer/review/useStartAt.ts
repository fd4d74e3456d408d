import { useEffect } from 'react';
import type { Player } from './player/usePlayback';

/**
 * Opens the call at a moment: seeks there once the recording's metadata is known, so the transcript
 * and the lane show that moment. A scorecard's or a comparison's link only shows it (the reviewer
 * presses Space); with `play` (a search result) it plays from there at once.
 */
export function useStartAt({ media, controls }: Pick<Player, 'media' | 'controls'>, at: number | undefined, play = false): void {
  useEffect(() => {
    if (at === undefined || !media) return;
    const go = () => {
      controls.seek(at);
      if (play && media.paused) controls.toggle();
    };
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA) {
      go();
      return;
    }
    media.addEventListener('loadedmetadata', go, { once: true });
    return () => media.removeEventListener('loadedmetadata', go);
  }, [media, controls, at, play]);
}
