import type { CallSummary } from '../../shared/domain/call';
import type { JobFinished } from '../../shared/domain/job';

type Props = { call: Pick<CallSummary, 'status' | 'statusMessage'>; finished: JobFinished | null };

/**
 * One small line under a call's title about its last transcription: why it failed (from the call, so
 * it survives a restart), a caveat on a finished one, or that it was cancelled, and why when it was not the user (from this session's
 * last outcome: a job stopped by a switch of library folders says so when the user switches back).
 */
export function CallNote({ call, finished }: Props) {
  if (call.status === 'failed') {
    return (
      <p className="call-note error" data-testid="call-status-message">
        {call.statusMessage ?? 'Transcription failed.'}
      </p>
    );
  }
  // Transcribed, with a caveat (words timed without DTW where the engine stalled with it).
  if (finished?.outcome === 'transcribed' && finished.message && call.status === 'transcribed') {
    return (
      <p className="call-note" data-testid="call-status-message">
        {finished.message}
      </p>
    );
  }
  if (finished?.outcome === 'cancelled' && call.status !== 'transcribing') {
    return (
      <p className="call-note" data-testid="call-status-message">
        {finished.message ?? 'Transcription cancelled.'}
      </p>
    );
  }
  return null;
}
