import type { CallDetail } from '../../shared/domain/call';
import { DateTime, formatDuration, speakerNames } from '../ui/format';
import { RecordedAtForm } from './RecordedAtForm';
import { StatusBadge } from '../transcription/StatusBadge';

/** The call's own metadata: when, how long, who, and where it stands. */
export function CallFacts({ call, onChanged }: { call: CallDetail; onChanged: () => void }) {
  return (
    <section className="card call-facts" aria-label="About this call">
      <RecordedAtForm callId={call.id} recordedAt={call.recordedAt} onSaved={onChanged} />
      <dl className="details">
        <dt>Duration</dt>
        <dd>{formatDuration(call.durationSec)}</dd>
        <dt>Speakers</dt>
        <dd>{speakerNames(call.speakers)}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={call.status} testId="review-status" />
        </dd>
        <dt>Tracks</dt>
        <dd>{call.tracks.length}</dd>
        <dt>Imported</dt>
        <dd>
          <DateTime iso={call.importedAt} />
        </dd>
      </dl>
    </section>
  );
}
