import { useEffect, useMemo, type ReactNode } from 'react';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { useMyName } from '../../settings/useMyName';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { cancelReveal } from '../transcript/useRevealTurn';
import { useStoredFlag } from '../../ui/useStoredFlag';
import { useSuggestionActions } from './useSuggestionActions';
import { useLearnedMeaning } from './useLearnedMeaning';
import { useSuggestionKeys } from './useSuggestionKeys';
import { SuggestionActionsContext, SuggestionsContext, useSuggestions } from './useSuggestions';

const CHIPS_KEY = 'callReview.suggestionChips';

type Props = {
  callId: string;
  turns: readonly Turn[];
  speakers: readonly Speaker[];
  /** The transcript tab is showing (the chips with it): Enter / Backspace act only then. */
  inTranscript: boolean;
  children: ReactNode;
};

/**
 * Under the review annotations: computes the call's suggestions once for the transcript's chips and the
 * side panel, binds Enter / Backspace, and remembers whether the chips show.
 */
export function SuggestionsProvider({ callId, turns, speakers, inTranscript, children }: Props) {
  const { annotations, change, currentTurn } = useReviewAnnotationsValue();
  const meaning = useLearnedMeaning(callId);
  const computed = useSuggestions(turns, speakers, annotations, meaning);
  const [chipsShown, showChips] = useStoredFlag(CHIPS_KEY, true);
  const { author } = useMyName();
  const actions = useSuggestionActions({ change, speakers, author, meaning });
  useSuggestionKeys({ byTurn: computed.byTurn, enabled: chipsShown && inTranscript, currentTurn, actions });
  useEffect(() => cancelReveal, []);
  useEffect(() => actions.recomputed(), [actions, computed.all]);
  const value = useMemo(() => ({ ...computed, chipsShown, showChips, inTranscript }), [computed, chipsShown, showChips, inTranscript]);
  return (
    <SuggestionActionsContext value={actions}>
      <SuggestionsContext value={value}>{children}</SuggestionsContext>
    </SuggestionActionsContext>
  );
}
