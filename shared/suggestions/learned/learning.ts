import { z } from 'zod';

/** What Settings shows of the learning from this machine's reviews. */
export const LearningInfo = z.object({
  /** Examples from the reviewers' accepts, dismissals and hand marks. */
  examples: z.number().int().nonnegative(),
  /** Goes up each time the weights in use change (retrained or reset): the Review view refetches them. */
  revision: z.number().int().nonnegative(),
  /** Why earlier examples were set aside (an unreadable file), null otherwise. */
  notice: z.string().nullable(),
});
export type LearningInfo = z.infer<typeof LearningInfo>;
