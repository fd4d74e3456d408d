import { z } from 'zod';
import { RubricReview } from '../scorecard/rubric';

/**
 * What reviewers mark on a call. Marks are anchored to a time span of the recording, not to turn or word
 * indexes: splitting, merging or retyping turns keeps word timings, so a mark stays on its words.
 */
export const Span = z.object({ start: z.number().nonnegative(), end: z.number().nonnegative() }).refine((s) => s.end >= s.start, 'A span ends after it starts');
export type Span = z.infer<typeof Span>;

export const PainLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type PainLevel = z.infer<typeof PainLevel>;
export const PAIN_LEVEL_NAMES: Record<PainLevel, string> = { 1: 'Symptom', 2: 'Business impact', 3: 'Personal stakes' };

const Authored = { id: z.string().min(1), author: z.string(), createdAt: z.iso.datetime() };

export const PainTag = z.object({
  ...Authored,
  level: PainLevel,
  span: Span,
  /** The chain this pain belongs to, and the shallower tag it drills into (null for a chain's symptom). */
  chainId: z.string().nullable(),
  parentId: z.string().nullable(),
});
export type PainTag = z.infer<typeof PainTag>;

export const PainChain = z.object({ id: z.string().min(1), topic: z.string() });
export type PainChain = z.infer<typeof PainChain>;

export const FollowUpReason = z.enum(['pivoted-to-pitch', 'changed-topic', 'accepted-at-face-value', 'talked-over']);
export type FollowUpReason = z.infer<typeof FollowUpReason>;
export const FollowUp = z.object({ ...Authored, span: Span, reason: FollowUpReason, shouldHaveAsked: z.string() });
export type FollowUp = z.infer<typeof FollowUp>;

export const Comment = z.object({ ...Authored, at: z.number().nonnegative(), span: Span.nullable(), text: z.string().min(1) });
export type Comment = z.infer<typeof Comment>;

/**
 * A moment the scorecard counts that is neither a pain nor a miss: a door the prospect opened (whether or
 * not the rep walked through it) or the rep's pitch (demo offer, product/feature talk). Set by a reviewer
 * or by accepting a suggestion (suggestions skip spans that already carry a mark of their kind).
 */
export const MomentKind = z.enum(['door-opener', 'pitch']);
export type MomentKind = z.infer<typeof MomentKind>;
export const Moment = z.object({ ...Authored, kind: MomentKind, span: Span });
export type Moment = z.infer<typeof Moment>;

export const StoredReview = RubricReview.extend({ id: z.string().min(1) });
export type StoredReview = z.infer<typeof StoredReview>;
/** A reviewer's one review per call: saving again replaces it (and undo brings the previous back). */
export const reviewId = (reviewer: string): string => `review:${reviewer.trim().toLocaleLowerCase()}`;

export const Annotations = z.object({
  tags: z.array(PainTag),
  chains: z.array(PainChain),
  followUps: z.array(FollowUp),
  comments: z.array(Comment),
  // Added after the first documents were written: those load with none.
  moments: z.array(Moment).default([]),
  /** Suggestions a reviewer rejected, by id, so they stay gone. */
  dismissed: z.array(z.object({ id: z.string().min(1) })).default([]),
  /** Managers' rubric answers, one review per reviewer (id derived from the reviewer's name). */
  reviews: z.array(StoredReview).default([]),
});
export type Annotations = z.infer<typeof Annotations>;
export const emptyAnnotations = (): Annotations => ({
  tags: [],
  chains: [],
  followUps: [],
  comments: [],
  moments: [],
  dismissed: [],
  reviews: [],
});

export type Collection = keyof Annotations;
type Item<C extends Collection> = Annotations[C][number];

/**
 * Every change is a command; applying one returns the command that undoes it, so undo/redo is just
 * applying commands (the renderer keeps the two stacks, the main process saves each result).
 */
export type AnnotationCommand =
  | { [C in Collection]: { type: 'put'; collection: C; item: Item<C> } }[Collection]
  | { type: 'remove'; collection: Collection; id: string }
  /** Several changes as one undo step (deleting a chain also unlinks its tags). */
  | { type: 'batch'; commands: AnnotationCommand[] };

const ITEM_SCHEMAS = {
  tags: PainTag,
  chains: PainChain,
  followUps: FollowUp,
  comments: Comment,
  moments: Moment,
  dismissed: z.object({ id: z.string().min(1) }),
  reviews: StoredReview,
} as const;
const COLLECTIONS = Object.keys(ITEM_SCHEMAS) as [Collection, ...Collection[]];
export const AnnotationCommand: z.ZodType<AnnotationCommand> = z.union([
  ...COLLECTIONS.map((collection) => z.object({ type: z.literal('put'), collection: z.literal(collection), item: ITEM_SCHEMAS[collection] })),
  z.object({ type: z.literal('remove'), collection: z.enum(COLLECTIONS), id: z.string() }),
  z.object({ type: z.literal('batch'), commands: z.array(z.lazy(() => AnnotationCommand)) }),
] as unknown as [z.ZodType<AnnotationCommand>, z.ZodType<AnnotationCommand>]);

const NOTHING: AnnotationCommand = { type: 'batch', commands: [] };

export function applyCommand(a: Annotations, command: AnnotationCommand): { next: Annotations; inverse: AnnotationCommand } {
  if (command.type === 'batch') {
    let next = a;
    const inverses: AnnotationCommand[] = [];
    for (const c of command.commands) {
      const r = applyCommand(next, c);
      next = r.next;
      inverses.unshift(r.inverse); // undone in reverse order
    }
    return { next, inverse: { type: 'batch', commands: inverses } };
  }
  const list = a[command.collection] as { id: string }[];
  const id = command.type === 'put' ? command.item.id : command.id;
  const index = list.findIndex((x) => x.id === id);
  const old = list[index];
  const restore = (): AnnotationCommand =>
    old ? ({ type: 'put', collection: command.collection, item: old } as AnnotationCommand) : { type: 'remove', collection: command.collection, id };
  if (command.type === 'remove') {
    if (!old) return { next: a, inverse: NOTHING };
    return { next: { ...a, [command.collection]: list.filter((x) => x.id !== id) }, inverse: restore() };
  }
  const nextList = old ? list.map((x) => (x.id === id ? command.item : x)) : [...list, command.item];
  return { next: { ...a, [command.collection]: nextList }, inverse: restore() };
}
