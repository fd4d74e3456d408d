import type { ReactNode } from 'react';
import type { CallDetail } from '../../../shared/domain/call';
import type { Turn } from '../../../shared/domain/transcript';
import { useReviewAnnotationsValue } from '../useReviewAnnotations';
import { useTranscriptFind } from './useTranscriptFind';
import type { TranscriptState } from './useTranscript';
import type { TranscriptionControl } from '../../transcription/useTranscription';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportTranscript } from './ExportTranscript';
import { FindBar } from './FindBar';
import { ImportTranscriptButton } from './ImportTranscriptButton';
import { StartButton } from '../../transcription/TranscriptionButtons';
import { TranscriptionError } from '../../transcription/TranscriptionError';
import { TranscriptTurns } from './TranscriptTurns';

type Props = { call: CallDetail; control: TranscriptionControl };

const NO_TURNS: Turn[] = [];

/** What to say when there is no transcript to show, with the first Transcribe and Import buttons when they fit. */
function NoTranscript({ call, control, importButton }: Props & { importButton: ReactNode }) {
  if (control.job || call.status === 'transcribing') {
    return <p className="transcript-empty muted">Transcribing… The transcript appears here when it is done.</p>;
  }
  if (call.status === 'interrupted') {
    return (
      <div className="transcript-empty">
        <p className="muted">{call.statusMessage ?? 'Transcription was interrupted.'} Use Resume above to transcribe it again.</p>
        {importButton}
      </div>
    );
  }
  return (
    <div className="transcript-empty" data-testid="no-transcript">
      <p className="muted">No transcript yet</p>
      {call.status === 'imported' && (
        <>
          <StartButton control={control} label="Transcribe" primary />
          <TranscriptionError error={control.error} />
          <p className="hint">Transcription runs on this computer; nothing is uploaded.</p>
        </>
      )}
      <p className="hint">Already have one from Zoom or Teams?</p>
      {importButton}
    </div>
  );
}

/**
 * The call's transcript, or why there is none yet; a failed transcription shows its reason first.
 * The Review view loads the transcript (the player and the lane use it too) and passes it in.
 */
export function TranscriptPanel({ call, control, state, onChanged }: Props & { state: TranscriptState; onChanged: () => void }) {
  const { transcript, error, reload } = state;
  const failed = call.status === 'failed' && !control.job;
  const { currentTurn } = useReviewAnnotationsValue();
  const find = useTranscriptFind(transcript?.turns ?? NO_TURNS, currentTurn);
  const findable = !!transcript && transcript.turns.length > 0;
  const importButton = (
    <ImportTranscriptButton
      callId={call.id}
      replaces={!!transcript}
      disabled={!!control.job || call.status === 'transcribing'}
      onImported={() => {
        reload();
        onChanged();
      }}
    />
  );
  // Shown in the header when there is something to replace; otherwise the empty state offers it.
  const importInHeader = transcript !== undefined && (transcript !== null || failed);

  return (
    <section className="card transcript-panel" aria-label="Transcript" data-testid="transcript-panel">
      <div className="card-header">
        <h3 className="card-title">Transcript</h3>
        <div className="card-actions">
          {findable && find.open && <FindBar find={find} />}
          {findable && !find.open && (
            <button type="button" className="button small" data-testid="find-button" aria-keyshortcuts="Control+F Meta+F" onClick={find.show}>
              Find
            </button>
          )}
          {importInHeader && importButton}
          {transcript && <ExportTranscript callId={call.id} />}
        </div>
      </div>
      {failed && (
        <div className="transcript-failed" role="alert" data-testid="transcription-failed">
          <h4>Transcription failed</h4>
          <p>{call.statusMessage ?? 'The transcription did not finish.'}</p>
          <StartButton control={control} label="Try again" primary />
          <TranscriptionError error={control.error} />
        </div>
      )}
      <ErrorMessage testId="transcript-error">{error?.message}</ErrorMessage>
      {transcript === undefined && !error && (
        <p className="transcript-empty loading" role="status">
          Loading transcript…
        </p>
      )}
      {transcript && <TranscriptTurns callId={call.id} transcript={transcript} speakers={call.speakers} find={find} />}
      {transcript === null && !failed && <NoTranscript call={call} control={control} importButton={importButton} />}
    </section>
  );
}
