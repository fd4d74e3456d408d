import { useCallback, useEffect, useMemo, useRef } from 'react';
import { call } from '../../ui/bridge';
import type { JobFinished } from '../../../shared/domain/job';
import type { Transcript } from '../../../shared/domain/transcript';
import { touches } from '../../../shared/domain/libraryChange';
import type { TranscriptAccess } from '../history/useAnnotations';
import { useLiveQuery, type QueryError } from '../../ui/useLiveQuery';

export type TranscriptState = {
  /** undefined until the first answer; null when the call has no transcript. */
  transcript: Transcript | null | undefined;
  error: QueryError | null;
  /** Loads it again now (after an import, without waiting for the library change). */
  reload: () => void;
  /** Shows an edited transcript the main process has saved (an edit answers with the turns it saved). */
  replace: (transcript: Transcript) => void;
};

/**
 * A call's transcript, refetched when the library says this call's transcript changed (not for other
 * calls, nor for this page's own edits: those answer with the turns saved) and whenever a job for this
 * call finishes (`finished` is that call's latest outcome, a new object per event).
 */
export function useTranscript(callId: string, finished: JobFinished | null): TranscriptState {
  // Wrapped: the query's null means "no answer yet", the method's null means "no transcript".
  const query = useLiveQuery(async () => ({ transcript: await call('calls:transcript', { callId }) }), [callId], {
    refetchOnLibraryChange: (change) => touches(change, callId, 'transcript'),
  });
  const { reload, set } = query;
  const replace = useCallback((transcript: Transcript) => set({ transcript }), [set]);
  const seen = useRef(finished);
  useEffect(() => {
    if (finished === seen.current) return; // the outcome we mounted with is already in the first load
    seen.current = finished;
    if (finished) reload();
  }, [finished, reload]);

  return { transcript: query.data?.transcript, error: query.error, reload, replace };
}

/**
 * The shown transcript for the edit history: stable, and an edit updates it at once, so an edit queued
 * right behind another builds on its result rather than on the state React has not rendered yet.
 */
export function useTranscriptAccess({ transcript, replace }: TranscriptState): TranscriptAccess {
  const latest = useRef(transcript);
  latest.current = transcript;
  return useMemo(
    () => ({
      current: () => latest.current ?? null,
      replace: (t: Transcript) => {
        latest.current = t;
        replace(t);
      },
    }),
    [replace],
  );
}
