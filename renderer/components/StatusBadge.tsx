import type { CallStatus } from '../../shared/domain/call';

const descriptions: Record<CallStatus, string> = {
  imported: 'Imported, not transcribed yet',
  transcribing: 'Transcription in progress',
  transcribed: 'Transcript ready',
  interrupted: 'Transcription was interrupted: resume it from the call',
  failed: 'Transcription failed',
  damaged: 'The recording or its document is damaged',
};

export function StatusBadge({ status, testId }: { status: CallStatus; testId?: string }) {
  return (
    <span className={`badge badge-${status}`} title={descriptions[status]} data-testid={testId}>
      {status}
    </span>
  );
}
