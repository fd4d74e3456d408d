import { useCallback, useState } from 'react';
import { useOpenSearchRequests } from './openSearch';
import { SearchPanel, type SearchDraft } from './SearchPanel';
import { useSearchKey } from './useSearchKey';

const EMPTY: SearchDraft = { text: '', filters: {} };

/**
 * The search panel for the whole app: Ctrl/Cmd+K, the menu's Search calls… and the library's Search
 * button open it over any view. What was asked survives closing it, until the app quits.
 */
export function SearchHost() {
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [draft, setDraft] = useState<SearchDraft>(EMPTY);
  const show = useCallback(() => {
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  useSearchKey(show, open);
  useOpenSearchRequests(show);
  return open ? <SearchPanel draft={draft} onDraft={setDraft} onClose={close} focusRequest={focusRequest} /> : null;
}
