import { reviewId, type Annotations, type StoredReview } from '../domain/annotations';
import type { RubricCriterion, RubricReview } from './rubric';

/** One criterion's answer as a reviewer edits it: a rating 1–5, or null for "not applicable"/unrated. */
export type Answer = RubricReview['answers'][number];

/** The reviewer's stored review of this call, found by the id their name gives. */
export function reviewOf(annotations: Annotations, reviewer: string): StoredReview | null {
  const id = reviewId(reviewer);
  return annotations.reviews.find((r) => r.id === id) ?? null;
}

/** One answer per criterion, in the criteria's order: what the review says, else unrated with no note. */
export function answersFor(review: RubricReview | null, criteria: readonly RubricCriterion[]): Answer[] {
  return criteria.map((c) => {
    const answer = review?.answers.findLast((a) => a.criterionId === c.id);
    return { criterionId: c.id, rating: answer?.rating ?? null, note: answer?.note ?? '' };
  });
}

/** Whether two answer lists say the same (ratings and trimmed notes, in order). */
export const sameAnswers = (a: readonly Answer[], b: readonly Answer[]): boolean =>
  a.length === b.length && a.every((x, i) => x.criterionId === b[i]!.criterionId && x.rating === b[i]!.rating && x.note.trim() === b[i]!.note.trim());

/**
 * The review to store: the reviewer's answers to the current criteria, plus whatever they answered to
 * criteria since removed from the rubric (kept, so putting a criterion back brings its answers back).
 */
export function reviewToStore({
  reviewer,
  answers,
  previous,
  now,
}: {
  reviewer: string;
  answers: readonly Answer[];
  previous: RubricReview | null;
  now: Date;
}): StoredReview {
  const answered = new Set(answers.map((a) => a.criterionId));
  const retired = (previous?.answers ?? []).filter((a) => !answered.has(a.criterionId));
  return {
    id: reviewId(reviewer),
    reviewer: reviewer.trim(),
    updatedAt: now.toISOString(),
    answers: [...answers.map((a) => ({ criterionId: a.criterionId, rating: a.rating, note: a.note.trim() })), ...retired],
  };
}
