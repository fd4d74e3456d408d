import { useViewKeys } from './useViewKeys';

/** `?` (Shift+/ on most layouts: the character, not the key, is what counts) opens the keyboard help. */
export function useHelpKey(open: () => void): void {
  useViewKeys(['?'], () => open()); // a "?" typed into a field stays text (useViewKeys leaves fields alone)
}
