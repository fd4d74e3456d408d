import { useEffect, useRef } from 'react';
import { ownsKeys } from './usePlayerKeys';

/** `?` (Shift+/ on most layouts: the character, not the key, is what counts) opens the keyboard help. */
export function useHelpKey(open: () => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.key !== '?' || e.repeat) return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (ownsKeys(target)) return; // a "?" typed into a field is text
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
