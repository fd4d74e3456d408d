import type { Turn } from '../../../shared/domain/transcript';
import type { SuggestionsByTurn } from './suggestionsByTurn';
import type { SuggestionActions } from './useSuggestions';
import { useViewKeys } from '../keys/useViewKeys';

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
  useViewKeys(['Enter', 'Backspace'], (key, e) => {
    const target = e.target instanceof Element ? e.target : document.body;
    if (e.shiftKey || (key === 'Enter' && target.closest(PRESSABLE))) return false;
    const { byTurn, enabled, currentTurn, actions } = options;
    if (!enabled) return false;
    const turn = currentTurn();
    const next = turn ? byTurn.get(turn.id)?.find((s) => !actions.busy(s.id)) : undefined;
    if (!next) return false;
    if (key === 'Enter') actions.accept(next);
    else actions.dismiss(next);
  });
}
