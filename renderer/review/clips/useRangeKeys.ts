import type { PlaybackStore } from '../player/playback';
import { useViewKeys } from '../keys/useViewKeys';
import { setEndAt, setStartAt, type SelectionStore } from './rangeSelection';

/** [ and ] set the selected range's start and end at the playhead; Esc clears it (when there is one). */
export function useRangeKeys(store: SelectionStore, playback: PlaybackStore, durationSec: number): void {
  useViewKeys(['[', ']', 'Escape'], (key) => {
    const selection = store.get();
    const time = playback.get().time;
    if (key === '[') store.set(setStartAt(selection, time, durationSec));
    else if (key === ']') store.set(setEndAt(selection, time, durationSec));
    else if (selection === null)
      return false; // nothing to clear: Esc stays free for others
    else store.set(null);
  });
}
