import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotations } from '../../shared/domain/annotations';
import type { Turn } from '../../shared/domain/transcript';
import { useHistoryTarget } from '../appCommands';
import { groupTagsByTurn, type TagsByTurn } from './tags/tagsByTurn';
import type { ActiveTurnStore } from './player/activeTurn';
import { useAnnotationKeys } from './tags/useAnnotationKeys';
import { useAnnotations, type AnnotationsControl, type SaveState, type TranscriptAccess } from './history/useAnnotations';
import { useLibraryInfo } from '../ui/useLibraryInfo';

/** What the transcript, the lane and the chains panel read of the call's annotations. */
export type ReviewAnnotations = {
  annotations: Annotations | null;
  loadError: string | null;
  tagsByTurn: TagsByTurn;
  selectedTurnId: string | null;
  /** Stable: rows keep it in their memo. */
  select: (turnId: string) => void;
  /** The turn keys act on: the one selected, else the one playing. */
  currentTurn: () => Turn | null;
  /** Stable functions of the history: an annotation command, any step (edits), undo, redo. */
  apply: AnnotationsControl['apply'];
  change: AnnotationsControl['change'];
  undo: () => void;
  redo: () => void;
};

export const ReviewAnnotationsContext = createContext<ReviewAnnotations | null>(null);

/** Whether the latest change is on disk, for the saved indicator. */
export const SaveStateContext = createContext<SaveState>({ kind: 'idle' });
export const useSaveState = (): SaveState => useContext(SaveStateContext);

export function useReviewAnnotationsValue(): ReviewAnnotations {
  const value = useContext(ReviewAnnotationsContext);
  if (!value) throw new Error('useReviewAnnotationsValue needs a ReviewAnnotationsContext above it.');
  return value;
}

const EMPTY: TagsByTurn = new Map();

/**
 * Owned by the Review view: loads the annotations, keeps the selected turn (set by a click, and moved by
 * the playhead when it enters another turn, so 1/2/3 always act on the turn marked as selected) and binds
 * the annotation keys.
 */
export function useReviewAnnotations(
  callId: string,
  turns: readonly Turn[],
  active: ActiveTurnStore,
  transcript: TranscriptAccess,
  /** False while the transcript is not shown: then there is no current turn for keys to act on. */
  turnsShown = true,
): { review: ReviewAnnotations; saveState: SaveState } {
  const control = useAnnotations(callId, transcript);
  const { info } = useLibraryInfo();
  const [selectedTurnId, setSelected] = useState<string | null>(null);
  useEffect(() => {
    // The store may already sit in a turn (opening the call, a reload): that turn is the one to tag.
    const id = turns[active.index()]?.id;
    if (id) setSelected((chosen) => chosen ?? id);
    return active.onIndexChange((i) => i >= 0 && setSelected(turns[i]?.id ?? null));
  }, [active, turns]);
  const select = useCallback((turnId: string) => setSelected(turnId), []);

  const selectedRef = useRef(selectedTurnId);
  selectedRef.current = selectedTurnId;
  const currentTurn = useCallback(() => {
    if (!turnsShown) return null;
    const id = selectedRef.current;
    const chosen = id ? turns.find((t) => t.id === id) : undefined;
    return chosen ?? turns[active.index()] ?? null;
  }, [turns, active, turnsShown]);
  useAnnotationKeys({ control, turns, currentTurn, author: info?.myName?.trim() || 'Reviewer' });

  const previous = useRef<TagsByTurn>(EMPTY);
  const tags = control.annotations?.tags;
  const tagsByTurn = useMemo(() => (tags ? groupTagsByTurn(turns, tags, previous.current) : EMPTY), [turns, tags]);
  previous.current = tagsByTurn;

  const { annotations, loadError, saveState, apply, change, undo, redo } = control;
  // The save state is not part of the value: it changes twice per keystroke, and only the saved
  // indicator reads it (SaveStateContext), so a save does not re-render every panel and row.
  useHistoryTarget(useMemo(() => ({ undo, redo }), [undo, redo]));
  const review = useMemo(
    () => ({ annotations, loadError, tagsByTurn, selectedTurnId, select, currentTurn, apply, change, undo, redo }),
    [annotations, loadError, tagsByTurn, selectedTurnId, select, currentTurn, apply, change, undo, redo],
  );
  return { review, saveState };
}
