import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../bridge';
import type { LibraryInfo } from '../../shared/contract';
import type { CallSummary } from '../../shared/domain/call';
import { useLibraryChanged } from './useLibraryChanged';

export type LibraryState = {
  calls: CallSummary[] | null;
  info: LibraryInfo | null;
  /** Why the list or the library info could not be loaded. */
  error: string | null;
  reload: () => void;
};

/** The call list and library info, refetched on every `library:changed` event. */
export function useLibrary(): LibraryState {
  const [calls, setCalls] = useState<CallSummary[] | null>(null);
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    void Promise.allSettled([call('calls:list', {}), call('library:info', {})]).then(([list, lib]) => {
      if (request !== latestRequest.current) return; // a newer reload superseded this one
      const errors: string[] = [];
      if (list.status === 'fulfilled') setCalls(list.value);
      else errors.push(errorMessage(list.reason));
      if (lib.status === 'fulfilled') setInfo(lib.value);
      else errors.push(errorMessage(lib.reason));
      setError(errors.length ? [...new Set(errors)].join(' ') : null);
    });
  }, []);

  useEffect(() => {
    reload();
    // Ignore answers that arrive after the view is gone.
    return () => {
      latestRequest.current++;
    };
  }, [reload]);
  useLibraryChanged(reload);

  return { calls, info, error, reload };
}
