/**
 * The range of the call the reviewer selected for a clip (Shift+drag on the waveform, or [ and ] at the
 * playhead). `start === end` is half a range: one end is set and the other awaited. Pure maths and a
 * tiny store, so the waveform's regions, the keys and the bar under the player share one source of truth.
 */
export type Selection = { start: number; end: number };

/** A range a clip can be made of: both ends set, end after start. */
export const isRange = (s: Selection | null): boolean => s !== null && s.end > s.start;

const clamp = (t: number, durationSec: number) => Math.min(Math.max(0, t), durationSec);

/** `[` at `t`: the range's new start, keeping its end when that is later; else half a range at `t`. */
export function setStartAt(selection: Selection | null, t: number, durationSec: number): Selection {
  const at = clamp(t, durationSec);
  return selection && selection.end > at ? { start: at, end: selection.end } : { start: at, end: at };
}

/** `]` at `t`: the range's new end, keeping its start when that is earlier; else half a range at `t`. */
export function setEndAt(selection: Selection | null, t: number, durationSec: number): Selection {
  const at = clamp(t, durationSec);
  return selection && selection.start < at ? { start: selection.start, end: at } : { start: at, end: at };
}

/** A drag from `anchor` to `t`, either way, inside the call. */
export function dragRange(anchor: number, t: number, durationSec: number): Selection {
  const [a, b] = [clamp(anchor, durationSec), clamp(t, durationSec)];
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

const same = (a: Selection | null, b: Selection | null) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

export type SelectionStore = {
  get: () => Selection | null;
  set: (selection: Selection | null) => void;
  subscribe: (listener: () => void) => () => void;
};

/** Notifies only on a change: the regions write back what they were told, which must not loop. */
export function createSelectionStore(): SelectionStore {
  let current: Selection | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (selection) => {
      if (same(current, selection)) return;
      current = selection;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
