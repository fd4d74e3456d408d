import type { Turn } from '../../../shared/domain/transcript';
import { hasStarted, turnAt, wordAt } from '../../../shared/domain/timeline';
import type { PlaybackStore } from './playback';

/** A row's slice: -2 when its turn is not the current one, else the current word's index (-1: none). */
export const INACTIVE = -2;

/**
 * Which turn and word the playhead is in, derived from the playback store. Listeners are kept per
 * turn and only the turns whose slice changed are told, so a playback tick re-renders at most the
 * row that was current and the one that is now, never the whole transcript.
 */
export type ActiveTurnStore = {
  connect(playback: PlaybackStore): () => void;
  /** Index of the current turn in `turns`; -1 before the first. */
  index(): number;
  onIndexChange(listener: (index: number) => void): () => void;
  slice(turnId: string): number;
  subscribeTurn(turnId: string, listener: () => void): () => void;
};

export function createActiveTurnStore(turns: readonly Turn[]): ActiveTurnStore {
  let turnIndex = -1;
  let wordIndex = -1;
  const byTurn = new Map<string, Set<() => void>>();
  const indexListeners = new Set<(index: number) => void>();
  const notifyTurn = (index: number) => {
    const id = turns[index]?.id;
    if (id !== undefined) byTurn.get(id)?.forEach((l) => l());
  };

  const update = (time: number) => {
    const current = turns[turnIndex];
    const next = turns[turnIndex + 1];
    // Playback moves forward a few ms per tick: check the current turn before searching again, by the
    // same rule (and clock slack) as the search.
    const stays = current && hasStarted(current.start, time) && !(next && hasStarted(next.start, time));
    const t = stays ? turnIndex : turnAt(turns, time);
    const w = t >= 0 ? wordAt(turns[t]!, time) : -1;
    if (t === turnIndex && w === wordIndex) return;
    const previous = turnIndex;
    turnIndex = t;
    wordIndex = w;
    if (previous !== t) {
      notifyTurn(previous);
      indexListeners.forEach((l) => l(t));
    }
    notifyTurn(t);
  };

  return {
    connect(playback) {
      update(playback.get().time);
      return playback.subscribe(() => update(playback.get().time));
    },
    index: () => turnIndex,
    onIndexChange(listener) {
      indexListeners.add(listener);
      return () => indexListeners.delete(listener);
    },
    slice: (turnId) => (turns[turnIndex]?.id === turnId ? wordIndex : INACTIVE),
    subscribeTurn(turnId, listener) {
      let set = byTurn.get(turnId);
      if (!set) byTurn.set(turnId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) byTurn.delete(turnId);
      };
    },
  };
}
