import { z } from 'zod';

export const JobInfo = z.object({
  callId: z.string(),
  state: z.enum(['queued', 'running']),
  /** 'speakers': finding who speaks when from the voices (mono calls, with speaker models set). */
  stage: z.enum(['waiting', 'decoding', 'transcribing', 'speakers']),
  /** 0–100. */
  percent: z.number().min(0).max(100),
  elapsedSec: z.number().nonnegative(),
  /** Estimated seconds left; null until there is enough progress to tell. */
  etaSec: z.number().nonnegative().nullable(),
});
export type JobInfo = z.infer<typeof JobInfo>;

export const JobFinished = z.object({
  callId: z.string(),
  outcome: z.enum(['transcribed', 'cancelled', 'failed']),
  message: z.string().nullable(),
});
export type JobFinished = z.infer<typeof JobFinished>;

/** Time left from the share done so far; silent for the first 3 % where the rate means little. */
export function estimateSecondsLeft(fraction: number, elapsedSec: number): number | null {
  if (fraction < 0.03 || elapsedSec <= 0) return null;
  return Math.max(0, (elapsedSec / fraction) * (1 - fraction));
}
