import type { CallStatus } from '../../shared/domain/call';

const descriptions: Record<CallStatus, string> = {
  imported: 'Imported, not transcribed yet',
  transcribing: 'Transcription in progress',
  transcribed: 'Transcript ready',
  interrupted: 'Transcription was interrupted: resume it to go on from where it stopped',
  failed: 'Transcription failed',
  damaged: 'The recording or its document is damaged',
};

/** A call's status; `title` (the call's status message, when it has one) replaces the generic tooltip. */
export function StatusBadge({ status, testId, title }: { status: CallStatus; testId?: string; title?: string | null }) {
  return (
    <span className={`badge badge-${status}`} title={title || descriptions[status]} data-testid={testId}>
      {status}
    </span>
  );
}
