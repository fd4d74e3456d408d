import { useEffect } from 'react';
import type { Player } from './player/usePlayback';

/**
 * Opens the call at a moment (a link from a scorecard or a comparison): seeks there once the
 * recording's metadata is known, so the transcript and the lane show that moment. It does not start
 * playback; the reviewer presses Space.
 */
export function useStartAt({ media, controls }: Pick<Player, 'media' | 'controls'>, at: number | undefined): void {
  useEffect(() => {
    if (at === undefined || !media) return;
    const go = () => controls.seek(at);
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA) {
      go();
      return;
    }
    media.addEventListener('loadedmetadata', go, { once: true });
    return () => media.removeEventListener('loadedmetadata', go);
  }, [media, controls, at]);
}
