import { useCallback } from 'react';
import { call } from '../ui/bridge';
import type { LibraryInfo } from '../../shared/contract';
import type { CallSummary } from '../../shared/domain/call';
import { useLibraryInfo } from '../ui/useLibraryInfo';
import { useLiveQuery } from '../ui/useLiveQuery';

export type LibraryState = {
  calls: CallSummary[] | null;
  info: LibraryInfo | null;
  /** Why the list or the library info could not be loaded. */
  error: string | null;
  reload: () => void;
};

/** The call list and library info, refetched on every `library:changed` event. */
export function useLibrary(): LibraryState {
  const list = useLiveQuery(() => call('calls:list', {}), []);
  const library = useLibraryInfo();
  const { reload: reloadList } = list;
  const { reload: reloadInfo } = library;

  const reload = useCallback(() => {
    reloadList();
    reloadInfo();
  }, [reloadList, reloadInfo]);

  // Show nothing until both have answered once, so an empty list never flashes its "import your
  // first call" prompt just before the library's problem banner arrives.
  const answered = (list.data !== null || list.error !== null) && (library.info !== null || library.error !== null);
  if (!answered) return { calls: null, info: null, error: null, reload };

  // Both may fail for the same reason (e.g. an unreadable folder): say it once.
  const errors = [list.error?.message, library.error].filter((m): m is string => !!m);
  return { calls: list.data, info: library.info, error: errors.length ? [...new Set(errors)].join(' ') : null, reload };
}
