import { useCallback } from 'react';
import { usePlayer } from '../review/player/usePlayback';

/** Seeks the call's player to a moment and plays from there (an evidence click: hear why). */
export function usePlayFrom(): (time: number) => void {
  const { controls, playback } = usePlayer();
  return useCallback(
    (time: number) => {
      controls.seek(time);
      if (!playback.get().playing) controls.toggle();
    },
    [controls, playback],
  );
}
