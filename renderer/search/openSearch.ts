import { useEffect, useRef } from 'react';

// Whoever shows the search panel (the app's SearchHost) listens here, so any view, the menu and the
// library's Search button can open it without holding its state.
const listeners = new Set<() => void>();

/** Opens the search panel over the current view (or focuses its box when it is open). */
export function openSearch(): void {
  for (const listener of listeners) listener();
}

/** Runs `open` whenever something asks for the search panel; read through a ref, bound once. */
export function useOpenSearchRequests(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const listener = () => latest.current();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
