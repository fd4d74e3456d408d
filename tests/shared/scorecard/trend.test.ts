import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../../shared/scorecard/scorecard';
import { TrendPoint, trendPoint } from '../../../shared/scorecard/trend';
import { annotations, discoveryCall } from './fixtures';

describe('trend point', () => {
  it('the figures a rep’s trend charts plot, one call at a time', () => {
    const p = trendPoint('call-0001', '2026-11-24T10:00:00.000Z', computeScorecard(discoveryCall()));
    expect(p).toEqual({ callId: 'call-0001', recordedAt: '2026-11-24T10:00:00.000Z', depthReached: 3, missedPer10Min: 1, talkRatio: 0.422, overallScore: 68 });
    expect(TrendPoint.parse(p)).toEqual(p);
  });

  it('an unscored call gives gaps (null), not zeros', () => {
    const p = trendPoint('call-0002', '2026-11-25T10:00:00.000Z', computeScorecard({ turns: [], speakers: [], annotations: annotations({}), duration: 0 }));
    expect(p).toMatchObject({ depthReached: 0, missedPer10Min: null, talkRatio: null, overallScore: null });
    expect(TrendPoint.safeParse(p).success).toBe(true);
  });
});
