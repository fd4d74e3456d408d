import { z } from 'zod';
import type { Scorecard } from './scorecard';

/** One call's point on a rep's trend charts; small enough to keep for every call in the library index. */
export const TrendPoint = z.object({
  callId: z.string(),
  recordedAt: z.iso.datetime(),
  depthReached: z.number().int().min(0).max(3),
  missedPer10Min: z.number().nonnegative().nullable(),
  talkRatio: z.number().min(0).max(1).nullable(),
  overallScore: z.number().min(0).max(100).nullable(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const trendPoint = (callId: string, recordedAt: string, s: Scorecard): TrendPoint => ({
  callId,
  recordedAt,
  depthReached: s.depth.deepest.value,
  missedPer10Min: s.followThrough.missedPer10Min.value,
  talkRatio: s.conversation.talkTime.ratio.value,
  overallScore: s.overall.value,
});
