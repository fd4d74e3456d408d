import { useEffect, useRef } from 'react';
import type { PainLevel } from '../../shared/domain/annotations';
import type { Turn } from '../../shared/domain/transcript';
import { clearSelection, selectedWords } from '../annotations/selectedWords';
import { toggleSpanTagCommand, toggleTagCommand } from '../annotations/tagging';
import type { AnnotationsControl } from './useAnnotations';
import { showNotice } from './useReviewNotice';
import { ownsKeys } from './usePlayerKeys';

type Options = {
  control: AnnotationsControl;
  turns: readonly Turn[];
  /** The turn 1/2/3 act on: the one clicked last or reached by the playhead. */
  currentTurn: () => Turn | null;
  author: string;
};

const LEVELS: Record<string, PainLevel> = { '1': 1, '2': 2, '3': 3 };

/**
 * 1 / 2 / 3 tag the current turn (again: untag) or, when words of one turn are selected with the mouse,
 * just those words; Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z redoes, anywhere
 * in the Review view except while the user types or picks something (there Ctrl+Z is the field's own undo).
 */
export function useAnnotationKeys(options: Options): void {
  // Read through a ref so the listener is bound once, not on every annotation change.
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (ownsKeys(target)) return;
      const { control, turns, currentTurn, author } = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) control.redo();
        else control.undo();
        return;
      }
      const level = LEVELS[e.key];
      if (mod || e.shiftKey || !level || e.repeat) return;
      const fresh = { id: crypto.randomUUID(), author, createdAt: new Date().toISOString() };
      const words = selectedWords();
      if (words.kind === 'across') {
        e.preventDefault();
        showNotice({ text: 'Nothing tagged: the selection crosses turns. Select words within one turn to tag them.' });
        return;
      }
      if (words.kind === 'words') {
        const selectedTurn = turns.find((t) => t.id === words.turnId);
        if (!selectedTurn) return;
        e.preventDefault();
        clearSelection(); // the words are tagged (or untagged): the highlight shows them from now on
        control.apply((a) => toggleSpanTagCommand(a, selectedTurn, words, level, fresh));
        return;
      }
      const turn = currentTurn();
      if (!turn) return;
      e.preventDefault();
      // Built when its turn in the save queue comes, from the annotations as they are then.
      control.apply((a) => toggleTagCommand(a, turns, turn, level, fresh));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
