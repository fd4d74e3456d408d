import { useSyncExternalStore } from 'react';
import type { ClipSource } from './clipDraft';

/*
 * The clip the reviewer asked to make, for the Review view's one Make clip dialog. Module state on purpose,
 * like the notice: the asks come from a turn's menu (closed by then), a chain card, a follow-up and the
 * range under the player, and one Review view is open at a time.
 */
export type ClipRequest = ClipSource & { id: number };

let current: ClipRequest | null = null;
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function requestClip(source: ClipSource): void {
  current = { ...source, id: nextId++ };
  emit();
}

export function closeClipRequest(): void {
  if (!current) return;
  current = null;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useClipRequest(): ClipRequest | null {
  return useSyncExternalStore(subscribe, () => current);
}
