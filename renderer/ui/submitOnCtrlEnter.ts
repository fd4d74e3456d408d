import type { KeyboardEvent } from 'react';

/** Ctrl/Cmd+Enter in a form's text area saves it (plain Enter keeps adding lines). */
export function submitOnCtrlEnter(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}
