import type { JobInfo } from '../../shared/domain/job';
import { formatJobProgress } from '../ui/format';

const stageNames: Record<JobInfo['stage'], string> = {
  waiting: 'Waiting for the transcription ahead of it',
  decoding: 'Preparing the audio',
  transcribing: 'Transcribing',
  speakers: 'Finding who speaks when',
};

/**
 * A transcription job's progress: a bar and "42% · 1:10 left" (or "Queued"). A native <progress>
 * because the page's CSP allows no inline styles to size a custom bar.
 */
export function JobProgress({ job, detailed = false }: { job: JobInfo; detailed?: boolean }) {
  const label = formatJobProgress(job, detailed);
  const queued = job.state === 'queued';
  return (
    <div
      className={`job-progress${detailed ? ' detailed' : ''}`}
      data-testid="job-progress"
      data-percent={Math.floor(job.percent)}
      data-state={job.state}
      title={stageNames[job.stage]}
    >
      {/* No value while queued: an indeterminate bar says "not started" better than an empty one. */}
      <progress className="progress-bar" max={100} value={queued ? undefined : job.percent} aria-label="Transcription progress" />
      <span className="job-progress-label" role="status">
        {label}
      </span>
    </div>
  );
}
