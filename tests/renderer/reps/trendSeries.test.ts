import { describe, expect, it } from 'vitest';
import {
  TREND_CHARTS,
  plottedCount,
  timeDomain,
  timeTicks,
  trendRows,
  valueAxis,
  type RepTrendPoint,
  type TrendChartId,
} from '../../../renderer/reps/trendSeries';

const chart = (id: TrendChartId) => TREND_CHARTS.find((c) => c.id === id)!;

const point = (callId: string, recordedAt: string, p: Partial<RepTrendPoint> = {}): RepTrendPoint => ({
  callId,
  recordedAt,
  title: `Call ${callId}`,
  depthReached: 2,
  missedPer10Min: 1.5,
  talkRatio: 0.523,
  overallScore: 61,
  ...p,
});

const DAY = 86_400_000;

describe('trend rows for the charts', () => {
  const points = [
    point('b', '2026-03-10T10:00:00.000Z', { overallScore: null, talkRatio: null }),
    point('a', '2026-03-01T09:00:00.000Z', { depthReached: 1, missedPer10Min: 4.25 }),
    point('c', '2026-03-20T15:30:00.000Z', { depthReached: 3, missedPer10Min: 0, talkRatio: 0.4 }),
  ];

  it('one row per call, oldest first, x being the recording time and the title kept for hovering', () => {
    const rows = trendRows(points, chart('depth'));
    expect(rows.map((r) => r.callId)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toEqual({ x: Date.parse('2026-03-01T09:00:00.000Z'), callId: 'a', title: 'Call a', recordedAt: '2026-03-01T09:00:00.000Z', value: 1 });
    expect(rows.map((r) => r.value)).toEqual([1, 2, 3]);
  });

  it('null figures stay null (a gap in the line), never 0', () => {
    expect(trendRows(points, chart('overall')).map((r) => r.value)).toEqual([61, null, 61]);
    expect(trendRows(points, chart('talk')).map((r) => r.value)).toEqual([52.3, null, 40]);
    expect(plottedCount(trendRows(points, chart('overall')))).toBe(2);
  });

  it('talk ratio is plotted in percent with the ideal band up to 45%', () => {
    expect(chart('talk').band).toEqual([0, 45]);
    expect(chart('talk').format(52.3)).toBe('52%');
  });

  it('a call with an unreadable date is left off rather than plotted at 1970', () => {
    expect(trendRows([point('x', 'not a date'), ...points], chart('depth')).map((r) => r.callId)).toEqual(['a', 'b', 'c']);
  });

  it('the time axis has room around the calls, also for one call alone', () => {
    const rows = trendRows(points, chart('depth'));
    const [lo, hi] = timeDomain(rows);
    expect(lo).toBeLessThan(rows[0]!.x);
    expect(hi).toBeGreaterThan(rows[2]!.x);
    const one = trendRows([points[0]!], chart('depth'));
    expect(timeDomain(one)).toEqual([one[0]!.x - DAY, one[0]!.x + DAY]);
  });

  it('ticks: every call’s date when there are few, else evenly picked with the first and last', () => {
    const rows = trendRows(points, chart('depth'));
    expect(timeTicks(rows)).toEqual(rows.map((r) => r.x));
    const many = trendRows(
      Array.from({ length: 20 }, (_, i) => point(`p${i}`, new Date(Date.UTC(2026, 0, 1 + i)).toISOString())),
      chart('depth'),
    );
    const ticks = timeTicks(many, 5);
    expect(ticks).toHaveLength(5);
    expect(ticks[0]).toBe(many[0]!.x);
    expect(ticks[4]).toBe(many[19]!.x);
  });

  it('missed follow-ups: the y axis grows with the data in round steps, from at least 2', () => {
    expect(valueAxis(trendRows(points, chart('missed')), chart('missed'))).toEqual({ top: 6, ticks: [0, 2, 4, 6] });
    const missed = (v: number) => trendRows([point('z', '2026-01-01T00:00:00.000Z', { missedPer10Min: v })], chart('missed'));
    expect(valueAxis(missed(0), chart('missed'))).toEqual({ top: 2, ticks: [0, 0.5, 1, 1.5, 2] });
    expect(valueAxis(missed(54.55), chart('missed'))).toEqual({ top: 60, ticks: [0, 20, 40, 60] });
    expect(valueAxis(missed(8), chart('missed'))).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueAxis([], chart('overall'))).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] });
  });
});
