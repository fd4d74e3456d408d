import type { CallSummary } from '../../shared/domain/call';
import type { TranscriptionControl } from './useTranscription';
import { JobProgress } from './JobProgress';
import { StatusBadge } from './StatusBadge';
import { CancelButton, StartButton } from './TranscriptionButtons';
import { TranscriptionError } from './TranscriptionError';

type Props = { call: CallSummary; control: TranscriptionControl };

/** A library row's status: the badge, or a running job's progress, with the action that fits. */
export function TranscriptionCell({ call, control }: Props) {
  const { job } = control;
  const action = job ? (
    <CancelButton control={control} small />
  ) : call.status === 'interrupted' ? (
    <StartButton control={control} label="Resume" testId="resume-button" small />
  ) : call.status === 'imported' || call.status === 'failed' ? (
    <StartButton control={control} label="Transcribe" small />
  ) : null;

  return (
    <div className="status-cell">
      <div className="status-line">
        {job ? <JobProgress job={job} /> : <StatusBadge status={call.status} testId="call-status" title={call.statusMessage} />}
        {/* Its own click area: a button or the Settings link must not also open the call. */}
        {action && <span onClick={(e) => e.stopPropagation()}>{action}</span>}
      </div>
      {control.error && (
        <div onClick={(e) => e.stopPropagation()}>
          <TranscriptionError error={control.error} />
        </div>
      )}
    </div>
  );
}
