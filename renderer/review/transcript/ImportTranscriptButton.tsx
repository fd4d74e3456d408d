import { useState } from 'react';
import { call } from '../../ui/bridge';
import { useAction } from '../../ui/useAction';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';

type Props = {
  callId: string;
  /** A transcript already exists: importing replaces it, so the user confirms first. */
  replaces: boolean;
  /** Transcription is running: the main process refuses an import meanwhile. */
  disabled: boolean;
  onImported: () => void;
};

/** Makes a Zoom/Teams WebVTT or SRT file the call's transcript (the main process shows the file picker). */
export function ImportTranscriptButton({ callId, replaces, disabled, onImported }: Props) {
  const { busy, error, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const pick = () =>
    run(async () => {
      const { imported } = await call('transcripts:import', { callId });
      if (imported) onImported();
    });

  return (
    <div className="import-transcript">
      <button
        type="button"
        className="button small"
        data-testid="import-transcript"
        title={replaces ? 'Replaces the current transcript with the one in the file' : undefined}
        disabled={disabled || busy}
        onClick={() => (replaces ? setConfirming(true) : void pick())}
      >
        {busy ? 'Importing…' : 'Import transcript (VTT/SRT)…'}
      </button>
      <ErrorMessage testId="import-transcript-error">{error}</ErrorMessage>
      {confirming && (
        <ConfirmDialog
          title="Replace the transcript?"
          message="The transcript you see, with any corrections made to it, is replaced by the one in the file. Tags, follow-ups and comments stay at their times in the recording."
          confirmLabel="Choose file"
          onConfirm={async () => {
            setConfirming(false);
            await pick();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
