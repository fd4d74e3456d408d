import { useEffect } from 'react';
import { onEvent } from './ui/bridge';
import { ownsKeys } from './review/player/usePlayerKeys';
import { openSearch } from './search/openSearch';
import { requestDemo, type DemoCommand } from './library/DemoHost';
import { requestAbout } from './about/AboutHost';

export type AppCommand = 'undo' | 'redo' | 'search' | 'about' | DemoCommand;
type History = { undo: () => void; redo: () => void };

// The history the Edit menu acts on: the open call's, registered by the Review view while it is shown.
let history: History | null = null;

/** Makes `target` the history Undo/Redo act on; the returned function lets go of it. */
export function useHistoryTarget(target: History): void {
  useEffect(() => {
    history = target;
    return () => {
      if (history === target) history = null;
    };
  }, [target]);
}

const editable = (el: Element) => el.matches('input, textarea, [contenteditable=""], [contenteditable="true"]');

/**
 * The Edit and Help menus' commands. Search calls… opens the search panel; the demo's go to DemoHost, About to AboutHost. Undo/Redo: typing is undone in the
 * field that has focus (as the menu's role would), otherwise the open call's history steps back or
 * forward; in a dialog or a picker nothing happens.
 */
export function runAppCommand(command: AppCommand): void {
  if (command === 'search') {
    openSearch();
    return;
  }
  if (command === 'about') {
    requestAbout();
    return;
  }
  if (command === 'open-demo' || command === 'reset-demo') {
    requestDemo(command);
    return;
  }
  const focused = document.activeElement ?? document.body;
  if (editable(focused)) {
    document.execCommand(command); // deprecated, but still the way to reach a field's own undo stack
    return;
  }
  if (ownsKeys(focused) || !history) return;
  if (command === 'undo') history.undo();
  else history.redo();
}

/** Listens for the menu's commands for the whole app. */
export function useAppCommands(): void {
  useEffect(() => onEvent('app:command', ({ command }) => runAppCommand(command)), []);
}
