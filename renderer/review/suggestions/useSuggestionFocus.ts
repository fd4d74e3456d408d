import { useSyncExternalStore } from 'react';
import type { Span } from '../../../shared/domain/annotations';

type Focused = { turnId: string; span: Span } | null;

/*
 * Module state on purpose (one Review view at a time): the chip under the pointer or focus marks its
 * words in its row, and only that row subscribes to a change of its own answer.
 */
let focused: Focused = null;
const listeners = new Set<() => void>();

/** The chip whose words to mark, or null to mark none. */
export function focusSuggestion(next: Focused): void {
  if (focused?.turnId === next?.turnId && focused?.span === next?.span) return;
  focused = next;
  listeners.forEach((l) => l());
}

/** Unmarks the words of this span if they are the ones marked (a chip losing focus, or going away). */
export function unfocusSuggestion(span: Span): void {
  if (focused?.span === span) focusSuggestion(null);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The span of this turn's focused suggestion, null when none of its chips is focused or hovered. */
export function useFocusedSuggestionSpan(turnId: string): Span | null {
  return useSyncExternalStore(subscribe, () => (focused?.turnId === turnId ? focused.span : null));
}
