import type { CallDetail } from '../../shared/domain/call';
import type { TranscriptionControl } from './useTranscription';
import { JobProgress } from './JobProgress';
import { CancelButton, StartButton } from './TranscriptionButtons';
import { TranscriptionError } from './TranscriptionError';

type Props = { call: CallDetail; control: TranscriptionControl };

/**
 * The Review header's transcription controls: progress and Cancel while a job runs, Resume after an
 * interruption, Re-transcribe once there is a transcript. A first Transcribe and "Try again" live in
 * the transcript panel instead, so the page never shows two buttons for the same request.
 */
export function ReviewTranscription({ call, control }: Props) {
  if (control.job) {
    return (
      <div className="review-transcription" data-testid="review-job">
        <div className="review-transcription-row">
          <JobProgress job={control.job} detailed />
          <CancelButton control={control} />
        </div>
        <TranscriptionError error={control.error} />
      </div>
    );
  }

  const action =
    call.status === 'interrupted' ? (
      <StartButton control={control} label="Resume" testId="resume-button" primary />
    ) : call.status === 'transcribed' ? (
      <StartButton control={control} label="Re-transcribe" />
    ) : null;
  const cancelled = control.finished?.outcome === 'cancelled';
  if (!action && !cancelled) return null;

  return (
    <div className="review-transcription">
      <div className="review-transcription-row">
        {cancelled && (
          <span className="muted" role="status" data-testid="transcription-outcome">
            {control.finished?.message ?? 'Transcription cancelled.'}
          </span>
        )}
        {action}
      </div>
      {action && <TranscriptionError error={control.error} />}
    </div>
  );
}
