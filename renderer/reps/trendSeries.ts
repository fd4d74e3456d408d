import { TALK_RATIO_IDEAL } from '../../shared/scorecard/overall';
import type { TrendPoint } from '../../shared/scorecard/trend';

/** One call on a rep's trend, as `reps:trend` answers it. */
export type RepTrendPoint = TrendPoint & { title: string };

export type TrendChartId = 'depth' | 'missed' | 'talk' | 'overall';

/** What one of the small-multiple charts plots and how its axis reads. */
export type TrendChartSpec = {
  id: TrendChartId;
  title: string;
  /** In words under the title: which way is good. */
  hint: string;
  /** Fixed y range; `null` as the top lets the data decide (with at least `minTop`). */
  domain: [number, number | null];
  minTop?: number;
  ticks?: number[];
  /** Shaded "good" range, if the figure has one. */
  band?: [number, number];
  pick: (p: TrendPoint) => number | null;
  format: (v: number) => string;
};

const round1 = (x: number) => Math.round(x * 10) / 10;

export const TREND_CHARTS: readonly TrendChartSpec[] = [
  {
    id: 'depth',
    title: 'Depth reached',
    hint: '0 none · 1 symptom · 2 business impact · 3 personal stakes',
    domain: [0, 3],
    ticks: [0, 1, 2, 3],
    pick: (p) => p.depthReached,
    format: (v) => `${v} of 3`,
  },
  {
    id: 'missed',
    title: 'Missed follow-ups per 10 min',
    hint: 'Lower is better',
    domain: [0, null],
    minTop: 2,
    pick: (p) => p.missedPer10Min,
    format: (v) => String(round1(v)),
  },
  {
    id: 'talk',
    title: 'Talk ratio (rep share)',
    hint: `Shaded: the ideal, up to ${Math.round(TALK_RATIO_IDEAL * 100)}%`,
    domain: [0, 100],
    ticks: [0, 25, 50, 75, 100],
    band: [0, TALK_RATIO_IDEAL * 100],
    pick: (p) => (p.talkRatio === null ? null : round1(p.talkRatio * 100)),
    format: (v) => `${Math.round(v)}%`,
  },
  {
    id: 'overall',
    title: 'Overall score',
    hint: '0–100, higher is better',
    domain: [0, 100],
    ticks: [0, 25, 50, 75, 100],
    pick: (p) => p.overallScore,
    format: (v) => `${v} / 100`,
  },
];

/** One plotted call: x is the recording time in ms; a null value is a gap in the line, never a 0. */
export type TrendRow = { x: number; callId: string; title: string; recordedAt: string; value: number | null };

/** The rows of one chart, oldest first; calls with an unreadable date are left off (they have no x). */
export function trendRows(points: readonly RepTrendPoint[], chart: TrendChartSpec): TrendRow[] {
  return points
    .map((p) => ({ x: Date.parse(p.recordedAt), callId: p.callId, title: p.title, recordedAt: p.recordedAt, value: chart.pick(p) }))
    .filter((r) => Number.isFinite(r.x))
    .sort((a, b) => a.x - b.x);
}

const DAY_MS = 86_400_000;

/** The x range: the calls' span with a little room, so the first and last dots are not cut in half. */
export function timeDomain(rows: readonly TrendRow[]): [number, number] {
  if (rows.length === 0) return [0, DAY_MS];
  const min = rows[0]!.x;
  const max = rows.at(-1)!.x;
  const pad = max > min ? (max - min) * 0.06 : DAY_MS;
  return [min - pad, max + pad];
}

/** Date ticks: every call when there are few, else up to `max` evenly picked (always first and last). */
export function timeTicks(rows: readonly TrendRow[], max = 6): number[] {
  const xs = [...new Set(rows.map((r) => r.x))];
  if (xs.length <= max) return xs;
  const step = (xs.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => xs[Math.round(i * step)]!);
}

/** A round step (1, 2 or 5 times a power of ten) of at least `raw`, so ticks read 0, 20, 40, 60. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/**
 * The y axis of a chart: fixed for bounded figures; for one whose range follows the data, from 0 to the
 * largest value (at least `minTop`) rounded up to a round step, in about four steps.
 */
export function valueAxis(rows: readonly TrendRow[], chart: TrendChartSpec): { top: number; ticks: number[] | undefined } {
  if (chart.domain[1] !== null) return { top: chart.domain[1], ticks: chart.ticks };
  const largest = Math.max(chart.minTop ?? 1, ...rows.map((r) => r.value ?? 0));
  const step = niceStep(largest / 4);
  const top = Math.ceil(largest / step - 1e-9) * step;
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 1000) / 1000) };
}

/** How many of a chart's calls have a value (a chart with none says so instead of drawing nothing). */
export const plottedCount = (rows: readonly TrendRow[]): number => rows.filter((r) => r.value !== null).length;
