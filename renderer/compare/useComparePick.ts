import { useCallback, useState } from 'react';
import { comparePair, togglePick } from './comparePair';
import { navigate } from '../ui/useRoute';

export type ComparePick = {
  picked: string[];
  toggle: (callId: string) => void;
  clear: () => void;
  /** Opens the comparison of the two ticked calls (older as A). */
  open: () => void;
  ready: boolean;
};

/** Ticking two calls of a list to compare them; `calls` is the list they come from (for their dates). */
export function useComparePick(calls: readonly { id: string; recordedAt: string }[]): ComparePick {
  const [picked, setPicked] = useState<string[]>([]);
  // A ticked call that left the list (deleted, filtered out of the rep's calls) is no longer ticked.
  const live = picked.filter((id) => calls.some((c) => c.id === id));
  const pair = comparePair(live, calls);
  const toggle = useCallback((callId: string) => setPicked((p) => togglePick(p, callId)), []);
  const clear = useCallback(() => setPicked([]), []);
  const open = () => {
    if (pair) navigate({ name: 'compare', ...pair });
  };
  return { picked: live, toggle, clear, open, ready: pair !== null };
}
