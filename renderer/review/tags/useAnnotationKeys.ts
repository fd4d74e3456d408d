import { useEffect, useRef } from 'react';
import type { PainLevel } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { clearSelection, selectedWords } from './selectedWords';
import { toggleSpanTagCommand, toggleTagCommand } from './tagging';
import type { AnnotationsControl } from '../history/useAnnotations';
import { showNotice } from '../notice/useReviewNotice';
import { ownsKeys } from '../player/usePlayerKeys';
import { useViewKeys } from '../keys/useViewKeys';

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
  // Read through a ref so the undo listener is bound once, not on every annotation change.
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      if (ownsKeys(e.target instanceof Element ? e.target : document.body)) return; // the field's own undo
      e.preventDefault();
      if (e.shiftKey) latest.current.control.redo();
      else latest.current.control.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useViewKeys(['1', '2', '3'], (key) => {
    const { control, turns, currentTurn, author } = options;
    const level = LEVELS[key]!;
    const fresh = { id: crypto.randomUUID(), author, createdAt: new Date().toISOString() };
    const words = selectedWords();
    if (words.kind === 'across') {
      showNotice({ text: 'Nothing tagged: the selection crosses turns. Select words within one turn to tag them.' });
      return;
    }
    if (words.kind === 'words') {
      const selectedTurn = turns.find((t) => t.id === words.turnId);
      if (!selectedTurn) return false;
      clearSelection(); // the words are tagged (or untagged): the highlight shows them from now on
      control.apply((a) => toggleSpanTagCommand(a, selectedTurn, words, level, fresh));
      return;
    }
    const turn = currentTurn();
    if (!turn) return false;
    // Built when its turn in the save queue comes, from the annotations as they are then.
    control.apply((a) => toggleTagCommand(a, turns, turn, level, fresh));
  });
}
