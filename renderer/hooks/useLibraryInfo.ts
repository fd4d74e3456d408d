import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../bridge';
import type { LibraryInfo } from '../../shared/contract';
import { useLibraryChanged } from './useLibraryChanged';

/** The library folder and its state, refetched on every `library:changed` event. */
export function useLibraryInfo(): { info: LibraryInfo | null; error: string | null; reload: () => void; set: (info: LibraryInfo) => void } {
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    call('library:info', {}).then(
      (value) => {
        if (request !== latestRequest.current) return;
        setInfo(value);
        setError(null);
      },
      (e: unknown) => {
        if (request === latestRequest.current) setError(errorMessage(e));
      },
    );
  }, []);

  /** Takes a fresher answer (from an action) and drops any request still in flight. */
  const set = useCallback((value: LibraryInfo) => {
    latestRequest.current++;
    setInfo(value);
    setError(null);
  }, []);

  useEffect(() => {
    reload();
    return () => {
      latestRequest.current++;
    };
  }, [reload]);
  useLibraryChanged(reload);

  return { info, error, reload, set };
}
