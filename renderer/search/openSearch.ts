import { useEffect, useRef } from 'react';
import type { LikeTurn } from './searchDraft';

// Whoever shows the search panel (the app's SearchHost) listens here, so any view, the menu and the
// library's Search button can open it without holding its state.
type Listener = (like?: LikeTurn) => void;
const listeners = new Set<Listener>();

/** Opens the search panel over the current view (or focuses its box when it is open). */
export function openSearch(): void {
  for (const listener of listeners) listener();
}

/** "Find moments like this": opens the search panel on a new search for the moments like that turn. */
export function findMomentsLike(like: LikeTurn): void {
  for (const listener of listeners) listener(like);
}

/** Runs `open` whenever something asks for the search panel; read through a ref, bound once. */
export function useOpenSearchRequests(open: Listener): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const listener: Listener = (like) => latest.current(like);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
