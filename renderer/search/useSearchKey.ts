import { useEffect, useRef } from 'react';
import { isMac } from '../review/keys/keymap';

/**
 * Ctrl+K (Cmd+K on macOS) anywhere, even while typing in a field: the key is the app's, not a view's.
 * Another dialog keeps it (its task comes first); the search panel itself takes it to refocus its box.
 * By the physical key too, so a layout whose K types another letter (Cyrillic "л") still opens it.
 */
export function useSearchKey(open: () => void, isOpen: boolean): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const mac = isMac();
    const onKey = (e: KeyboardEvent) => {
      const modifier = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
      if (!modifier || e.shiftKey || e.altKey || e.repeat) return;
      if (e.key.toLowerCase() !== 'k' && !(e.code === 'KeyK' && !/^[a-z]$/i.test(e.key))) return;
      if (!isOpen && document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault(); // Chromium's own Ctrl+K would focus an address bar the app has not got
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isOpen]);
}
