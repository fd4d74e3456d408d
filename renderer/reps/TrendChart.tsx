import { useId } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from 'recharts';
import { navigate } from '../ui/useRoute';
import { plottedCount, timeDomain, timeTicks, trendRows, valueAxis, type RepTrendPoint, type TrendChartSpec, type TrendRow } from './trendSeries';
import { formatDateTime } from '../ui/format';

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dayYearFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: '2-digit' });
const YEAR_MS = 365 * 86_400_000;

/** Where a point leads: the call's scorecard, the figures this chart comes from. */
const openCall = (callId: string) => navigate({ name: 'scorecard', callId });

/**
 * A call on the line: a dot that opens the call. Drawn by us rather than Recharts' default dot so it can
 * carry the call's id and be clicked; hovering shows the tooltip with the call's title.
 */
function PointDot({ cx, cy, payload }: DotItemDotProps) {
  const row = payload as TrendRow;
  if (row.value === null || typeof cx !== 'number' || typeof cy !== 'number') return null;
  return (
    <circle
      className="trend-point"
      data-testid="trend-point"
      data-call-id={row.callId}
      cx={cx}
      cy={cy}
      r={5}
      role="link"
      tabIndex={0}
      aria-label={`Open ${row.title}, ${formatDateTime(row.recordedAt)}`}
      onClick={() => openCall(row.callId)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') openCall(row.callId);
      }}
    />
  );
}

function PointTooltip({ active, payload, chart }: TooltipContentProps & { chart: TrendChartSpec }) {
  const row = payload?.[0]?.payload as TrendRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="trend-tooltip" data-testid="trend-tooltip">
      <p className="trend-tooltip-title">{row.title}</p>
      <p className="muted">{formatDateTime(row.recordedAt)}</p>
      <p className="trend-tooltip-value">
        {chart.title}: <strong>{row.value === null ? 'not available' : chart.format(row.value)}</strong>
      </p>
    </div>
  );
}

/** One of the rep's small multiples: a figure call by call over time; a missing figure is a gap. */
export function TrendChart({ chart, points }: { chart: TrendChartSpec; points: readonly RepTrendPoint[] }) {
  const titleId = useId();
  const rows = trendRows(points, chart);
  const [lo, hi] = timeDomain(rows);
  const format = hi - lo > YEAR_MS / 2 ? dayYearFormat : dayFormat;
  const plotted = plottedCount(rows);
  const y = valueAxis(rows, chart);
  return (
    <figure className="trend-chart card" data-testid="trend-chart" data-chart={chart.id} aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="trend-chart-title">
          {chart.title}
        </h3>
        <p className="muted trend-chart-hint">{chart.hint}</p>
      </figcaption>
      <LineChart responsive data={rows} className="trend-chart-plot" style={{ width: '100%', height: 170 }} margin={{ top: 8, right: 14, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} className="trend-grid" />
        {chart.band && <ReferenceArea y1={chart.band[0]} y2={chart.band[1]} className="trend-band" ifOverflow="hidden" />}
        <XAxis
          dataKey="x"
          type="number"
          scale="time"
          domain={[lo, hi]}
          ticks={timeTicks(rows)}
          tickFormatter={(x: number) => format.format(new Date(x))}
          tick={{ fontSize: 11 }}
        />
        <YAxis domain={[chart.domain[0], y.top]} ticks={y.ticks} width={34} tick={{ fontSize: 11 }} />
        <Tooltip content={(props) => <PointTooltip {...props} chart={chart} />} isAnimationActive={false} />
        <Line dataKey="value" type="linear" className="trend-line" connectNulls={false} isAnimationActive={false} dot={PointDot} activeDot={false} />
      </LineChart>
      {plotted === 0 && <p className="muted trend-chart-empty">No call has this figure yet.</p>}
      <p className="visually-hidden">
        {rows.map((r) => `${formatDateTime(r.recordedAt)}: ${r.value === null ? 'not available' : chart.format(r.value)}`).join('; ')}
      </p>
    </figure>
  );
}
