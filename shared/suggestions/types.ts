import { z } from 'zod';
import { FollowUpReason, PainLevel, Span } from '../domain/annotations';

export const SuggestionKind = z.enum(['door-opener', 'pitch', 'missed-follow-up', 'pain']);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

/** Words that made the rule fire, with where they were said (for highlighting and for the reason). */
export const Evidence = z.object({ span: Span, text: z.string() });
export type Evidence = z.infer<typeof Evidence>;

const Base = {
  /** `kind@startMs`: the same words give the same id after a reload or a turn split, so a dismissal sticks. */
  id: z.string().min(1),
  span: Span,
  /** The turn the span starts in, when the suggestion was made (turn ids change with edits; spans don't). */
  turnId: z.string(),
  /** Short explanation for the reviewer, quoting the matched words. */
  reason: z.string(),
  /** The words the span covers, as said. */
  excerpt: z.string(),
  evidence: z.array(Evidence),
};

export const Suggestion = z.discriminatedUnion('kind', [
  z.object({ ...Base, kind: z.literal('door-opener') }),
  z.object({ ...Base, kind: z.literal('pitch') }),
  z.object({ ...Base, kind: z.literal('pain'), level: PainLevel }),
  z.object({
    ...Base,
    kind: z.literal('missed-follow-up'),
    /** 'pivoted-to-pitch' when the reply pitched, 'changed-topic' when it moved on without digging. */
    followUpReason: FollowUpReason,
    /** A probing question the rep could have asked instead. */
    shouldHaveAsked: z.string(),
  }),
]);
export type Suggestion = z.infer<typeof Suggestion>;

export const suggestionId = (kind: SuggestionKind, span: Span): string => `${kind}@${Math.round(span.start * 1000)}`;
