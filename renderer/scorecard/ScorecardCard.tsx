import { PAIN_LEVEL_NAMES, type PainLevel } from '../../shared/domain/annotations';
import type { Scorecard } from '../../shared/scorecard';
import { hrefFor } from '../ui/useRoute';

function Fact({ label, value, testId, flag }: { label: string; value: string; testId: string; flag?: boolean }) {
  return (
    <div className={flag ? 'scorecard-fact flagged' : 'scorecard-fact'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function pitchText(pitch: Scorecard['pitch']): string {
  if (pitch.pitchedBeforePain.value) return 'Yes: pitched first';
  if (pitch.firstPitchAt.value === null) return pitch.firstPersonalPainAt.value === null ? '— (nothing marked)' : 'No pitch marked';
  return 'No';
}

/**
 * The scorecard at a glance, at the top of the side column: it follows every tag and mark as it is
 * made. The full scorecard, with evidence and the rubric, is the Scorecard tab.
 */
export function ScorecardCard({ callId, scorecard, showLink }: { callId: string; scorecard: Scorecard | null; showLink: boolean }) {
  const deepest = scorecard?.depth.deepest.value ?? 0;
  const ft = scorecard?.followThrough;
  return (
    <section className="card scorecard-card" aria-labelledby="scorecard-card-heading" data-testid="scorecard-card">
      <div className="card-header">
        <h3 id="scorecard-card-heading" className="card-title">
          Scorecard
        </h3>
        {showLink && (
          <a className="button small" href={hrefFor({ name: 'scorecard', callId })} data-testid="open-scorecard">
            Open scorecard
          </a>
        )}
      </div>
      {!scorecard ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <div className="scorecard-card-score">
            <span className="overall-number small" data-testid="scorecard-card-score">
              {scorecard.overall.value ?? '—'}
            </span>
            <span className="overall-scale">{scorecard.overall.value === null ? 'no score yet' : 'of 100'}</span>
          </div>
          <details className="scorecard-card-formula">
            <summary>How it is scored</summary>
            <p data-testid="scorecard-card-formula">{scorecard.overall.formula}</p>
          </details>
          <dl className="scorecard-facts">
            <Fact label="Pain chains" value={String(scorecard.depth.chains.value)} testId="scorecard-card-chains" />
            <Fact
              label="Deepest level"
              value={deepest === 0 ? '0 (no pain tagged)' : `${deepest} · ${PAIN_LEVEL_NAMES[deepest as PainLevel]}`}
              testId="scorecard-card-deepest"
            />
            <Fact
              label="Missed follow-ups"
              value={
                ft && ft.doors.value > 0 ? `${ft.missed.value} of ${ft.doors.value} ${ft.doors.value === 1 ? 'door' : 'doors'}` : String(ft?.missed.value ?? 0)
              }
              testId="scorecard-card-missed"
            />
            <Fact label="Pitch before pain" value={pitchText(scorecard.pitch)} testId="scorecard-card-pitch" flag={scorecard.pitch.pitchedBeforePain.value} />
          </dl>
        </>
      )}
    </section>
  );
}
