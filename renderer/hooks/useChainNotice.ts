import { useSyncExternalStore } from 'react';

/** A short message about tagging or chains: why a key did nothing, or what just happened (with Undo). */
export type ChainNotice = { text: string; action?: { label: string; run: () => void } };

type Shown = ChainNotice & { id: number };

/*
 * Module state on purpose: the tag keys are bound by a hook that renders nothing, and the message shows
 * in the chains panel's toast; one Review view is open at a time.
 */
let current: Shown | null = null;
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows a notice (replacing the one shown); the same text again restarts its timer. */
export function showChainNotice(notice: ChainNotice): void {
  current = { ...notice, id: nextId++ };
  emit();
}

export function dismissChainNotice(): void {
  if (!current) return;
  current = null;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useChainNotice(): Shown | null {
  return useSyncExternalStore(subscribe, () => current);
}
