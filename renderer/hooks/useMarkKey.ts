import { useEffect, useRef } from 'react';
import { ownsKeys } from './usePlayerKeys';

/**
 * One plain letter key of the Review view (F missed follow-up, C comment, P pitch, O door-opener), ignored with Ctrl/Cmd/Alt
 * (Ctrl+F is find), while typing or in a dialog, and when held down. `onKey` is read through a ref, so
 * the listener is bound once.
 */
export function useMarkKey(key: 'f' | 'c' | 'p' | 'o', onKey: () => void): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.repeat) return;
      if (e.key.toLowerCase() !== key) return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (ownsKeys(target)) return;
      e.preventDefault(); // the dialog opening must not receive the letter
      latest.current();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [key]);
}
