import { createContext, useContext, useMemo } from 'react';
import { call } from './bridge';
import type { LibraryInfo } from '../../shared/contract';
import { useLiveQuery } from './useLiveQuery';

export type LibraryInfoState = {
  info: LibraryInfo | null;
  error: string | null;
  reload: () => void;
  /** Takes a fresher answer (from an action) and drops any request still in flight. */
  set: (info: LibraryInfo) => void;
};

export const LibraryInfoContext = createContext<LibraryInfoState | null>(null);

/**
 * The library folder and its state, loaded once for the whole app (App provides it) and refetched on
 * every `library:changed` event: one request per change, and an action's fresher answer reaches every
 * reader at once.
 */
export function useLibraryInfoSource(): LibraryInfoState {
  const { data, error, reload, set } = useLiveQuery(() => call('library:info', {}), []);
  const message = error?.message ?? null;
  return useMemo(() => ({ info: data, error: message, reload, set }), [data, message, reload, set]);
}

export function useLibraryInfo(): LibraryInfoState {
  const value = useContext(LibraryInfoContext);
  if (!value) throw new Error('useLibraryInfo needs the LibraryInfoContext that App provides.');
  return value;
}
