import { useMemo } from 'react';
import { isMac, keyLabel } from '../review/keys/keymap';
import { openSearch } from './openSearch';

/** The library header's way into search, showing its key. */
export function SearchButton() {
  const mod = useMemo(() => keyLabel('Mod', isMac()), []);
  return (
    <button
      type="button"
      className="button search-button"
      data-testid="search-button"
      aria-keyshortcuts={`${mod === 'Cmd' ? 'Meta' : 'Control'}+K`}
      onClick={openSearch}
    >
      Search calls <kbd>{mod} K</kbd>
    </button>
  );
}
