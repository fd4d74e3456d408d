import { lazy, Suspense } from 'react';
import { useComparePick } from '../compare/useComparePick';
import { useRepTrend } from './useReps';
import { TREND_CHARTS } from './trendSeries';
import { ComparePickBar } from '../compare/ComparePickBar';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ExportRepCsv } from './ExportRepCsv';
import { RepCallsTable } from './RepCallsTable';

// The charting library is most of this view's weight: loaded when a rep's trend is first shown, not at start-up.
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

/** Calls that could not be read are named, so a gap in the trend is never a mystery. */
function Unreadable({ titles }: { titles: readonly string[] }) {
  if (titles.length === 0) return null;
  return (
    <div className="rep-unreadable" role="status" data-testid="rep-unreadable">
      <p>
        {titles.length === 1 ? 'One call' : `${titles.length} calls`} of this rep could not be read and {titles.length === 1 ? 'is' : 'are'} not on the charts:{' '}
        {titles.map((t) => `“${t}”`).join(', ')}. Open {titles.length === 1 ? 'it' : 'them'} from the library to see what is wrong.
      </p>
    </div>
  );
}

/** One rep: trend charts of their calls, the calls' figures, export, and picking two calls to compare. */
export function RepTrendPanel({ repName }: { repName: string }) {
  const trend = useRepTrend(repName);
  const points = trend.data?.points ?? [];
  const pick = useComparePick(points.map((p) => ({ id: p.callId, recordedAt: p.recordedAt })));

  return (
    <section className="rep-trend" aria-labelledby="rep-trend-title" data-testid="rep-trend">
      <header className="rep-trend-header">
        <div>
          <h2 id="rep-trend-title" className="rep-trend-title" data-testid="rep-trend-title">
            {repName}
          </h2>
          {trend.data && (
            <p className="muted">
              {points.length} {points.length === 1 ? 'call' : 'calls'}, oldest first. Click a point or a row to open that call’s scorecard.
            </p>
          )}
        </div>
        <ExportRepCsv repName={repName} disabled={trend.data !== null && points.length === 0} />
      </header>

      <ErrorMessage testId="rep-trend-error">{trend.error && `Could not load ${repName}’s trend: ${trend.error.message}`}</ErrorMessage>
      {!trend.data && !trend.error && (
        <p className="loading" role="status">
          Loading {repName}’s calls…
        </p>
      )}

      {trend.data && (
        <>
          <Unreadable titles={trend.data.unreadable} />
          {points.length === 0 ? (
            <p className="muted" data-testid="rep-no-calls">
              No call of {repName} could be scored. Check that a speaker on their calls is still marked as the rep.
            </p>
          ) : (
            <>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Drawing the charts…
                  </p>
                }
              >
                <div className="trend-grid-charts">
                  {TREND_CHARTS.map((chart) => (
                    <TrendChart key={chart.id} chart={chart} points={points} />
                  ))}
                </div>
              </Suspense>
              <ComparePickBar pick={pick} />
              <RepCallsTable points={points} pick={pick} />
            </>
          )}
        </>
      )}
    </section>
  );
}
