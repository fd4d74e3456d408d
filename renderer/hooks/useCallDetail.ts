import { useCallback, useEffect, useRef, useState } from 'react';
import { BridgeError, call, errorMessage } from '../bridge';
import { CallId, type CallDetail } from '../../shared/domain/call';
import type { ErrorCode } from '../../shared/errors';
import { useLibraryChanged } from './useLibraryChanged';

export type CallDetailState = {
  call: CallDetail | null;
  error: { code: ErrorCode | null; message: string } | null;
  reload: () => void;
  /** Pauses applying updates (for example while the call is being deleted). */
  freeze: (frozen: boolean) => void;
};

/** One call's full document, refetched when the library changes. */
export function useCallDetail(callId: string): CallDetailState {
  const [detail, setDetail] = useState<CallDetail | null>(null);
  const [error, setError] = useState<CallDetailState['error']>(null);
  const latestRequest = useRef(0);
  const frozen = useRef(false);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    if (!CallId.safeParse(callId).success) {
      setError({ code: 'NOT_FOUND', message: 'This link does not point to a call in your library.' });
      return;
    }
    call('calls:get', { callId }).then(
      (value) => {
        if (request !== latestRequest.current || frozen.current) return;
        setDetail(value);
        setError(null);
      },
      (e: unknown) => {
        if (request !== latestRequest.current || frozen.current) return;
        setError({ code: e instanceof BridgeError ? e.code : null, message: errorMessage(e) });
      },
    );
  }, [callId]);

  useEffect(() => {
    frozen.current = false;
    setDetail(null);
    setError(null);
    reload();
    return () => {
      latestRequest.current++;
    };
  }, [reload]);
  useLibraryChanged(reload);

  const freeze = useCallback((value: boolean) => {
    frozen.current = value;
  }, []);

  return { call: detail, error, reload, freeze };
}
