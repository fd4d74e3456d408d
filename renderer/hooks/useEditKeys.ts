import { useEffect, useRef } from 'react';
import type { Turn } from '../../shared/domain/transcript';
import type { TranscriptEdits } from '../edits/editActions';
import { ownsKeys } from './usePlayerKeys';

/**
 * E edits the current turn's text, S splits it before the word last clicked in it, M merges it with the
 * next turn; anywhere in the Review view except while the user types, picks something or is in a dialog.
 */
export function useEditKeys(edits: TranscriptEdits, currentTurn: () => Turn | null): void {
  // Read through a ref so the listener is bound once.
  const latest = useRef(currentTurn);
  latest.current = currentTurn;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.repeat) return;
      const key = e.key.toLowerCase();
      if (key !== 'e' && key !== 's' && key !== 'm') return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (ownsKeys(target)) return;
      const turn = latest.current();
      if (!turn) return;
      e.preventDefault(); // E must not type an "e" into the editor it opens
      if (key === 'e') edits.startEdit(turn.id);
      else if (key === 's') void edits.split(turn.id);
      else void edits.merge(turn.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [edits]);
}
