import { useEffect, useRef } from 'react';
import { ownsKeys } from '../player/usePlayerKeys';
import { viewKeyOf } from './viewKey';

/**
 * A handler for plain keys; it answers false to leave a key alone (nothing to act on: the key keeps its
 * default and other listeners still see it).
 */
export type ViewKeyHandler = (key: string, event: KeyboardEvent) => boolean | void;

/**
 * Binds plain keys of a view (`keys` as `viewKeyOf` names them: characters, letters lower-case, digits
 * by their physical key): ignored with Ctrl, Cmd or Alt, when held down, when another listener already
 * took the key, and while the focus owns keys (typing, choosing, a dialog). The handler is read through
 * a ref, so the listener is bound once.
 */
export function useViewKeys(keys: readonly string[], handler: ViewKeyHandler): void {
  const latest = useRef(handler);
  latest.current = handler;
  const joined = keys.join('\u0000');
  useEffect(() => {
    const wanted = new Set(joined.split('\u0000'));
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const key = viewKeyOf(e);
      if (key === null || !wanted.has(key)) return;
      if (ownsKeys(e.target instanceof Element ? e.target : document.body)) return;
      if (latest.current(key, e) === false) return;
      e.preventDefault(); // taken: no page scroll, and no letter typed into what the key opens
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [joined]);
}
