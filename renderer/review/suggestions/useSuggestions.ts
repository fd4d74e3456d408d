import { createContext, useContext, useDeferredValue, useMemo, useRef } from 'react';
import type { Annotations } from '../../../shared/domain/annotations';
import type { Speaker } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { suggest, suggestionsUnavailable, type Suggestion } from '../../../shared/suggestions';
import type { Meaning } from '../../../shared/suggestions/learned';
import { groupSuggestionsByTurn, type SuggestionsByTurn } from './suggestionsByTurn';

/** A call's open suggestions: all of them in time order, the same grouped per turn, or why there are none. */
export type CallSuggestions = {
  all: readonly Suggestion[];
  /** Each turn's array stays the same object while its suggestions say the same (rows memo on it). */
  byTurn: SuggestionsByTurn;
  /** Why the call gets none (roles missing), null when roles are known. */
  unavailable: string | null;
};

const NONE: readonly Suggestion[] = [];
const EMPTY: SuggestionsByTurn = new Map();

const NOT_YET = { turns: [] as readonly Turn[], annotations: null as Annotations | null };

/**
 * Runs the on-device rules over the call. `suggest` keeps each turn's analysis, so after the first run
 * a change to the annotations (accepting, dismissing, tagging) costs ~20 ms on a 2,000-turn call; the
 * first run takes ~0.5 s on an hour's call. The inputs are deferred, so the transcript, the waveform
 * and a tag's badge show first and the suggestions follow in a background render. `meaning`: the call's
 * turn vectors and the learned weights, when there are vectors (the classifier adds what the rules miss).
 */
export function useSuggestions(turns: readonly Turn[], speakers: readonly Speaker[], annotations: Annotations | null, meaning?: Meaning): CallSuggestions {
  const input = useDeferredValue(
    useMemo(() => ({ turns, annotations }), [turns, annotations]),
    NOT_YET,
  );
  const deferredMeaning = useDeferredValue(meaning);
  const all = useMemo(
    () => (input.annotations ? suggest({ turns: input.turns, speakers, annotations: input.annotations, meaning: deferredMeaning }) : NONE),
    [input, speakers, deferredMeaning],
  );
  const previous = useRef<SuggestionsByTurn>(EMPTY);
  const byTurn = useMemo(() => groupSuggestionsByTurn(all, previous.current), [all]);
  previous.current = byTurn;
  const unavailable = useMemo(() => suggestionsUnavailable(speakers), [speakers]);
  return useMemo(() => ({ all, byTurn, unavailable }), [all, byTurn, unavailable]);
}

/** What the panel and the transcript read: the suggestions, and whether chips show on the rows. */
export type ReviewSuggestions = CallSuggestions & { chipsShown: boolean; showChips: (shown: boolean) => void; inTranscript: boolean };

/** Stable for the view's lifetime: chips inside memoized rows read it without re-rendering on every change. */
export type SuggestionActions = {
  accept: (s: Suggestion) => void;
  dismiss: (s: Suggestion) => void;
  /** Removes a door-opener or pitch moment (an accepted suggestion the reviewer changed their mind about). */
  removeMoment: (id: string) => void;
  /** Accepted or dismissed, waiting for its save: keys skip it, so a second press takes the next one. */
  busy: (id: string) => boolean;
  /** The suggestions were computed again (saved accepts and dismissals now show): they stop being busy. */
  recomputed: () => void;
};

const NO_REVIEW_SUGGESTIONS: ReviewSuggestions = { all: NONE, byTurn: EMPTY, unavailable: null, chipsShown: false, showChips: () => {}, inTranscript: false };

export const SuggestionsContext = createContext<ReviewSuggestions>(NO_REVIEW_SUGGESTIONS);
export const SuggestionActionsContext = createContext<SuggestionActions | null>(null);

export const useSuggestionsValue = (): ReviewSuggestions => useContext(SuggestionsContext);

export function useSuggestionActionsValue(): SuggestionActions {
  const value = useContext(SuggestionActionsContext);
  if (!value) throw new Error('useSuggestionActionsValue needs a SuggestionsProvider above it.');
  return value;
}
