import { call } from '../bridge';
import type { LibraryInfo } from '../../shared/contract';
import { useLiveQuery } from './useLiveQuery';

export type LibraryInfoState = {
  info: LibraryInfo | null;
  error: string | null;
  reload: () => void;
  /** Takes a fresher answer (from an action) and drops any request still in flight. */
  set: (info: LibraryInfo) => void;
};

/** The library folder and its state, refetched on every `library:changed` event. */
export function useLibraryInfo(): LibraryInfoState {
  const { data, error, reload, set } = useLiveQuery(() => call('library:info', {}), []);
  return { info: data, error: error?.message ?? null, reload, set };
}
