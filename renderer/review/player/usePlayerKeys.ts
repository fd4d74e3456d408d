import { useEffect } from 'react';
import type { PlayerControls } from './playback';

/** How far ← and → move the playhead. */
export const SKIP_SECONDS = 5;

/** Where keys belong to what has focus: typing, choosing, and dialogs. */
export const ownsKeys = (target: Element) =>
  target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog, [role="dialog"]') !== null;

/**
 * Space plays or pauses and ←/→ skip 5 s anywhere in the Review view, except while the user types
 * or picks something. On a focused button Space keeps its meaning (press it), except on the player's
 * own buttons: after clicking −5 s, Space should pause, not skip again.
 */
export function usePlayerKeys(controls: PlayerControls): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : document.body;
      if (ownsKeys(target)) return;
      if (e.key === ' ') {
        const button = target.closest('button, a, summary');
        if (button && !button.closest('[data-testid="player"]')) return;
        e.preventDefault(); // no page scroll, no button press
        if (!e.repeat) controls.toggle();
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        controls.skip(e.key === 'ArrowLeft' ? -SKIP_SECONDS : SKIP_SECONDS);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controls]);
}
