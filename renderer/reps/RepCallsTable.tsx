import type { ComparePick } from '../compare/useComparePick';
import { hrefFor, navigate } from '../ui/useRoute';
import { TREND_CHARTS, type RepTrendPoint } from './trendSeries';
import { ComparePickBox } from '../compare/ComparePickBar';
import { DateTime } from '../ui/format';

/** A figure as the charts show it, or a dash that says it is missing (never a 0). */
function FigureCell({ point, chartIndex }: { point: RepTrendPoint; chartIndex: number }) {
  const chart = TREND_CHARTS[chartIndex]!;
  const value = chart.pick(point);
  return (
    <td className="numeric" data-testid={`rep-call-${chart.id}`}>
      {value === null ? <span title="not available">—</span> : chart.format(value)}
    </td>
  );
}

/** The rep's calls with the charted figures, oldest first like the charts; tick two to compare them. */
export function RepCallsTable({ points, pick }: { points: readonly RepTrendPoint[]; pick: ComparePick }) {
  return (
    <table className="call-table rep-calls">
      <thead>
        <tr>
          <th scope="col" className="col-pick">
            <span className="visually-hidden">Compare</span>
          </th>
          <th scope="col">Recorded</th>
          <th scope="col">Call</th>
          {TREND_CHARTS.map((c) => (
            <th scope="col" key={c.id} className="numeric">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr
            key={p.callId}
            className="call-row"
            data-testid="rep-call-row"
            data-call-id={p.callId}
            onClick={() => navigate({ name: 'scorecard', callId: p.callId })}
          >
            <td className="col-pick" onClick={(e) => e.stopPropagation()}>
              <ComparePickBox pick={pick} callId={p.callId} title={p.title} />
            </td>
            <td className="col-date">
              <DateTime iso={p.recordedAt} />
            </td>
            <td className="call-title" data-testid="rep-call-title">
              <a href={hrefFor({ name: 'scorecard', callId: p.callId })} onClick={(e) => e.stopPropagation()}>
                {p.title}
              </a>
            </td>
            {TREND_CHARTS.map((c, i) => (
              <FigureCell key={c.id} point={p} chartIndex={i} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
