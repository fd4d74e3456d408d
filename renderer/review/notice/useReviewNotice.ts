import { useSyncExternalStore } from 'react';

/** A short message in the Review view: why a key did nothing, or what just happened (with Undo). */
export type ReviewNotice = { text: string; action?: { label: string; run: () => void } };

type Shown = ReviewNotice & { id: number };

/*
 * Module state on purpose: keys are bound by hooks that render nothing, and every message shows in the
 * one toast of the Review view; one Review view is open at a time.
 */
let current: Shown | null = null;
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows a notice (replacing the one shown); the same text again restarts its timer. */
export function showNotice(notice: ReviewNotice): void {
  current = { ...notice, id: nextId++ };
  emit();
}

export function dismissNotice(): void {
  if (!current) return;
  current = null;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useReviewNotice(): Shown | null {
  return useSyncExternalStore(subscribe, () => current);
}
