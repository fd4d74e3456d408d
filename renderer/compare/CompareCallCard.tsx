import type { CallScorecardState } from '../scorecard/useCallScorecard';
import { hrefFor } from '../ui/useRoute';
import { ErrorMessage } from '../ui/ErrorMessage';
import { DateTime, formatDuration } from '../ui/format';

/** One side of the comparison: which call, its overall score and the formula that gives it. */
export function CompareCallCard({ side, callId, state }: { side: 'A' | 'B'; callId: string; state: CallScorecardState }) {
  const { call, scorecard, error, hasTranscript } = state;
  const reps = call?.speakers.filter((s) => s.role === 'rep').map((s) => s.name) ?? [];
  return (
    <section className="card compare-card" data-testid={`compare-card-${side.toLowerCase()}`} aria-label={`Call ${side}`}>
      <p className="compare-side">Call {side}</p>
      <ErrorMessage testId={`compare-error-${side.toLowerCase()}`}>{error && `Could not load call ${side}: ${error.message}`}</ErrorMessage>
      {!call && !error && (
        <p className="loading" role="status">
          Loading call {side}…
        </p>
      )}
      {call && scorecard && (
        <>
          <h2 className="compare-title">
            <a href={hrefFor({ name: 'scorecard', callId })} data-testid="compare-call-link">
              {call.title}
            </a>
          </h2>
          <p className="muted">
            <DateTime iso={call.recordedAt} /> · {formatDuration(call.durationSec)}
            {reps.length > 0 && ` · rep ${reps.join(', ')}`}
          </p>
          <p className="compare-overall" data-testid="compare-overall">
            <span className="compare-overall-value">{scorecard.overall.value ?? '—'}</span>
            <span className="muted">{scorecard.overall.value === null ? 'no score yet' : '/ 100 overall'}</span>
          </p>
          <p className="compare-formula" data-testid="compare-formula">
            {scorecard.overall.formula}
          </p>
          {!hasTranscript && <p className="muted compare-note">This call has no transcript yet: its talk, question and patience figures are not available.</p>}
          {scorecard.conversation.notes.length > 0 && hasTranscript && (
            <ul className="muted compare-note">
              {scorecard.conversation.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
