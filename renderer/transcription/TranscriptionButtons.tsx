import type { TranscriptionControl } from './useTranscription';

type StartProps = {
  control: TranscriptionControl;
  /** "Transcribe", "Re-transcribe", "Try again": all the same request. */
  label: string;
  /** Resume keeps its own test id; every other start is a transcribe button. */
  testId?: 'transcribe-button' | 'resume-button';
  primary?: boolean;
  small?: boolean;
};

/** Starts (or restarts, or resumes) the call's transcription. */
export function StartButton({ control, label, testId = 'transcribe-button', primary = false, small = false }: StartProps) {
  return (
    <button
      type="button"
      className={`button${small ? ' small' : ''}${primary ? ' primary' : ''}`}
      data-testid={testId}
      onClick={() => void control.start()}
      disabled={control.busy}
    >
      {control.busy ? 'Starting…' : label}
    </button>
  );
}

/** Stops the call's queued or running job; nothing partial is kept. */
export function CancelButton({ control, small = false }: { control: TranscriptionControl; small?: boolean }) {
  return (
    <button
      type="button"
      className={`button${small ? ' small' : ''} danger-outline`}
      data-testid="cancel-transcription"
      onClick={() => void control.cancel()}
      disabled={control.busy}
    >
      {control.busy ? 'Cancelling…' : 'Cancel'}
    </button>
  );
}
