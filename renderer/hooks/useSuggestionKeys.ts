import { useEffect, useRef } from 'react';
import type { Turn } from '../../shared/domain/transcript';
import type { SuggestionsByTurn } from '../annotations/suggestionsByTurn';
import { ownsKeys } from './usePlayerKeys';
import type { SuggestionActions } from './useSuggestions';

type Options = {
  byTurn: SuggestionsByTurn;
  /** Off while the chips are hidden: a key must not act on a suggestion the reviewer cannot see. */
  enabled: boolean;
  currentTurn: () => Turn | null;
  actions: SuggestionActions;
};

/** Where Enter already means something: pressing the focused control. */
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="menuitem"], [role="checkbox"], [role="tab"]';

/**
 * Enter accepts and Backspace dismisses the current turn's first open suggestion, except while the
 * user types or is in a dialog, and Enter on a focused button still presses it. A key with no
 * suggestion on the turn is left alone.
 */
export function useSuggestionKeys(options: Options): void {
  // Read through a ref so the listener is bound once.
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.repeat) return;
      if (e.key !== 'Enter' && e.key !== 'Backspace') return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (ownsKeys(target) || (e.key === 'Enter' && target.closest(PRESSABLE))) return;
      const { byTurn, enabled, currentTurn, actions } = latest.current;
      if (!enabled) return;
      const turn = currentTurn();
      const next = turn ? byTurn.get(turn.id)?.find((s) => !actions.busy(s.id)) : undefined;
      if (!next) return;
      e.preventDefault();
      if (e.key === 'Enter') actions.accept(next);
      else actions.dismiss(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
