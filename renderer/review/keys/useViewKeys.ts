import { useEffect, useRef } from 'react';
import { ownsKeys } from '../player/usePlayerKeys';

/**
 * A handler for plain keys; it answers false to leave a key alone (nothing to act on: the key keeps its
 * default and other listeners still see it).
 */
export type ViewKeyHandler = (key: string, event: KeyboardEvent) => boolean | void;

/**
 * Binds plain keys of a view (`keys` as `KeyboardEvent.key`, letters lower-case): ignored with Ctrl, Cmd
 * or Alt, when held down, when another listener already took the key, and while the focus owns keys
 * (typing, choosing, a dialog). A Shift-ed letter or digit is another key; keys that need Shift to be
 * typed ("?") match by their character. The handler is read through a ref, so the listener is bound once.
 */
export function useViewKeys(keys: readonly string[], handler: ViewKeyHandler): void {
  const latest = useRef(handler);
  latest.current = handler;
  const joined = keys.join('\u0000');
  useEffect(() => {
    const wanted = new Set(joined.split('\u0000'));
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (e.shiftKey && /^[a-z0-9]$/i.test(e.key)) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (!wanted.has(key)) return;
      if (ownsKeys(e.target instanceof Element ? e.target : document.body)) return;
      if (latest.current(key, e) === false) return;
      e.preventDefault(); // taken: no page scroll, and no letter typed into what the key opens
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [joined]);
}
