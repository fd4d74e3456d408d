import type { Turn } from '../../../shared/domain/transcript';
import type { TranscriptEdits } from './editActions';
import { useViewKeys } from '../keys/useViewKeys';

/**
 * E edits the current turn's text, S splits it before the word last clicked in it, M merges it with the
 * next turn; anywhere in the Review view except while the user types, picks something or is in a dialog.
 */
export function useEditKeys(edits: TranscriptEdits, currentTurn: () => Turn | null): void {
  useViewKeys(['e', 's', 'm'], (key) => {
    const turn = currentTurn();
    if (!turn) return false;
    if (key === 'e') edits.startEdit(turn.id);
    else if (key === 's') void edits.split(turn.id);
    else void edits.merge(turn.id);
  });
}
