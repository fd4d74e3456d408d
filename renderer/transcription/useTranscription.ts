import { useCallback, useState } from 'react';
import { call } from '../ui/bridge';
import type { JobFinished, JobInfo } from '../../shared/domain/job';
import { useJobs } from './useJobs';
import { toQueryError, type QueryError } from '../ui/useLiveQuery';
import { askForFirstModel } from './firstModelRequest';

export type TranscriptionControl = {
  job: JobInfo | null;
  /** How the call's last job ended, while no new one runs. */
  finished: JobFinished | null;
  /** A start or cancel request is on its way: its button is disabled meanwhile. */
  busy: boolean;
  /** Why the last start or cancel failed (MODEL_MISSING, …), shown next to the button. */
  error: QueryError | null;
  /** Transcribe, re-transcribe and resume are all this one request. */
  start: () => Promise<void>;
  cancel: () => Promise<void>;
};

/** One call's transcription job and the actions on it. */
export function useTranscription(callId: string): TranscriptionControl {
  const { jobs, finished, mark, offer } = useJobs();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<QueryError | null>(null);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toQueryError(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const start = useCallback(
    () =>
      run(async () => {
        // No model yet: the first-model dialog offers one and starts this call once it is there.
        if ((await call('models:info', {})).current === null) return askForFirstModel(callId);
        const since = mark();
        offer(await call('transcription:start', { callId }), since);
      }),
    [run, mark, offer, callId],
  );

  const cancel = useCallback(
    () =>
      run(async () => {
        await call('transcription:cancel', { callId });
      }),
    [run, callId],
  );

  const job = jobs.get(callId) ?? null;
  return { job, finished: job ? null : (finished.get(callId) ?? null), busy, error, start, cancel };
}
