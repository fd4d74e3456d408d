import { useEffect, useRef } from 'react';
import { call } from '../bridge';
import type { JobFinished } from '../../shared/domain/job';
import type { Transcript } from '../../shared/domain/transcript';
import { useLiveQuery, type QueryError } from './useLiveQuery';

export type TranscriptState = {
  /** undefined until the first answer; null when the call has no transcript. */
  transcript: Transcript | null | undefined;
  error: QueryError | null;
  /** Loads it again now (after an import, without waiting for the library change). */
  reload: () => void;
};

/**
 * A call's transcript, refetched on library changes and whenever a job for this call finishes
 * (`finished` is that call's latest outcome, a new object per event).
 */
export function useTranscript(callId: string, finished: JobFinished | null): TranscriptState {
  // Wrapped: the query's null means "no answer yet", the method's null means "no transcript".
  const query = useLiveQuery(async () => ({ transcript: await call('calls:transcript', { callId }) }), [callId]);
  const { reload } = query;
  const seen = useRef(finished);
  useEffect(() => {
    if (finished === seen.current) return; // the outcome we mounted with is already in the first load
    seen.current = finished;
    if (finished) reload();
  }, [finished, reload]);

  return { transcript: query.data?.transcript, error: query.error, reload };
}
