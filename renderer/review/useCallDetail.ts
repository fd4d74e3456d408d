import { useCallback, useEffect, useRef } from 'react';
import { BridgeError, call } from '../ui/bridge';
import { CallId, type CallDetail } from '../../shared/domain/call';
import { touches } from '../../shared/domain/libraryChange';
import { useLibraryChanged } from '../ui/useLibraryChanged';
import { useLiveQuery, type QueryError } from '../ui/useLiveQuery';

export type CallDetailState = {
  call: CallDetail | null;
  error: QueryError | null;
  reload: () => void;
  /** Pauses applying updates (for example while the call is being deleted). */
  freeze: (frozen: boolean) => void;
};

/** One call's full document, refetched when the library says it changed. */
export function useCallDetail(callId: string): CallDetailState {
  const frozen = useRef(false);
  const query = useLiveQuery(
    async () => {
      // A malformed link can never name a call: answer "not found" without asking the main process.
      if (!CallId.safeParse(callId).success) {
        throw new BridgeError('NOT_FOUND', 'This link does not point to a call in your library.');
      }
      return call('calls:get', { callId });
    },
    [callId],
    // Refetched below instead, so a call being deleted is not reloaded into a "not found" error.
    { refetchOnLibraryChange: false },
  );
  const { reload: refetch, cancel } = query;

  useEffect(() => {
    frozen.current = false;
  }, [callId]);

  const reload = useCallback(() => {
    if (!frozen.current) refetch();
  }, [refetch]);
  useLibraryChanged((change) => {
    if (touches(change, callId, 'call')) reload();
  });

  const freeze = useCallback(
    (value: boolean) => {
      frozen.current = value;
      if (value) cancel(); // an answer already on its way would be just as stale
    },
    [cancel],
  );

  return { call: query.data, error: query.error, reload, freeze };
}
