import { useMemo, useState } from 'react';
import type { Answer } from '../../../shared/scorecard/reviewAnswers';

/** A rubric being filled in and not saved yet: the answers, and the name typed when the library has none. */
export type RubricDraft = { answers: Answer[]; name: string };

export type RubricDraftControl = {
  /** Null when nothing is being edited: the form shows the saved review. */
  draft: RubricDraft | null;
  setDraft: (draft: RubricDraft | null) => void;
};

/**
 * Held by the Review view, above its tabs: going to the transcript to check a moment and coming back
 * keeps what was typed into the rubric.
 */
export function useRubricDraft(): RubricDraftControl {
  const [draft, setDraft] = useState<RubricDraft | null>(null);
  return useMemo(() => ({ draft, setDraft }), [draft]);
}
