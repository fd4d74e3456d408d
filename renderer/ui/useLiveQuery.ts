import { useCallback, useEffect, useRef, useState } from 'react';
import { BridgeError, errorMessage } from './bridge';
import type { ErrorCode } from '../../shared/errors';
import type { LibraryChange } from '../../shared/domain/libraryChange';
import { useLibraryChanged } from './useLibraryChanged';

/** Why a load failed. The code is kept (null for non-bridge failures) so views can tell "not found" apart. */
export type QueryError = { code: ErrorCode | null; message: string };

/** Any failure as a QueryError, keeping a bridge error's code. */
export const toQueryError = (e: unknown): QueryError => ({
  code: e instanceof BridgeError ? e.code : null,
  message: errorMessage(e),
});

export type LiveQuery<T> = {
  /** The last value loaded or set; kept when a later load fails, null until the first answer. */
  data: T | null;
  error: QueryError | null;
  reload: () => void;
  /** Takes a fresher value (e.g. an action's answer) and drops any load still in flight. */
  set: (value: T) => void;
  /** Drops any load still in flight without changing what is shown. */
  cancel: () => void;
};

export type LiveQueryOptions = {
  /** Refetch on every `library:changed` event (default true), or on those the function picks. */
  refetchOnLibraryChange?: boolean | ((change: LibraryChange) => boolean);
};

/**
 * Loads a value from the main process and keeps it current: the latest request wins, answers
 * arriving after unmount (or after `deps` changed) are ignored, and it refetches when the library
 * changes. `load` may change every render; only `deps` decide when the value starts over.
 */
export function useLiveQuery<T>(load: () => Promise<T>, deps: readonly unknown[], { refetchOnLibraryChange = true }: LiveQueryOptions = {}): LiveQuery<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<QueryError | null>(null);
  const latestRequest = useRef(0);
  // Read through a ref so `reload` stays stable (views use it in effect dependencies).
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    // Wrapped so a loader that throws synchronously is reported like a rejection.
    new Promise<T>((resolve) => resolve(latestLoad.current())).then(
      (value) => {
        if (request !== latestRequest.current) return; // superseded, or the view is gone
        setData(() => value); // an updater, in case T is itself a function
        setError(null);
      },
      (e: unknown) => {
        if (request !== latestRequest.current) return;
        setError(toQueryError(e));
      },
    );
  }, []);

  const cancel = useCallback(() => {
    latestRequest.current++;
  }, []);

  const set = useCallback(
    (value: T) => {
      cancel();
      setData(() => value);
      setError(null);
    },
    [cancel],
  );

  useEffect(() => {
    // New deps describe a different thing: never show the previous one's value or error meanwhile.
    setData(null);
    setError(null);
    reload();
    return cancel;
    // The caller's list describes the query; `reload` and `cancel` are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useLibraryChanged((change) => {
    if (typeof refetchOnLibraryChange === 'function' ? refetchOnLibraryChange(change) : refetchOnLibraryChange) reload();
  });

  return { data, error, reload, set, cancel };
}
