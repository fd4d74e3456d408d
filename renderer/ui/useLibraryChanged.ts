import { useEffect, useRef } from 'react';
import { onEvent } from './bridge';
import type { EventPayload } from '../../shared/contract';

/** Runs `cb` whenever the main process reports a library change; unsubscribes on unmount. */
export function useLibraryChanged(cb: (payload: EventPayload<'library:changed'>) => void): void {
  const latest = useRef(cb);
  useEffect(() => {
    latest.current = cb;
  });
  useEffect(() => onEvent('library:changed', (payload) => latest.current(payload)), []);
}
