import { isMonoCall, type CallDetail } from '../../../shared/domain/call';
import { RedetectSpeakers } from './RedetectSpeakers';
import { SpeakerCountField } from './SpeakerCountField';
import { SpeakerRow } from './SpeakerRow';

/** Who is talking in the call: names as the transcript shows them, and who the rep is. */
export function SpeakersPanel({ call, onChanged }: { call: CallDetail; onChanged: () => void }) {
  return (
    <section className="card speakers-panel" aria-labelledby="speakers-heading" data-testid="speakers-panel">
      <h3 id="speakers-heading" className="card-title">
        Speakers
      </h3>
      {call.speakers.length === 0 ? (
        <p className="muted">Speakers appear here once the call has a transcript.</p>
      ) : (
        <ul className="speaker-list">
          {call.speakers.map((s) => (
            <SpeakerRow key={s.id} callId={call.id} speaker={s} onChanged={onChanged} voices={call.hasTranscript ? { mono: isMonoCall(call) } : null} />
          ))}
        </ul>
      )}
      {isMonoCall(call) && call.hasTranscript && <RedetectSpeakers callId={call.id} initialCount={call.speakerCount} onChanged={onChanged} />}
      {isMonoCall(call) && !call.hasTranscript && <SpeakerCountField callId={call.id} count={call.speakerCount} onChanged={onChanged} />}
    </section>
  );
}
