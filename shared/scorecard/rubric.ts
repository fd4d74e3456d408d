import { z } from 'zod';
import { round } from './evidence';

/** One thing a manager rates a call on. */
export const RubricCriterion = z.object({ id: z.string().min(1), title: z.string().min(1), description: z.string() });
export type RubricCriterion = z.infer<typeof RubricCriterion>;

/** Our method, as a manager checks it: pain is found and deepened before anything is sold. */
export const DEFAULT_CRITERIA: readonly RubricCriterion[] = [
  {
    id: 'goals-first',
    title: 'Asked about goals first',
    description: 'Opened by asking what the prospect is trying to achieve before talking about problems or the product.',
  },
  { id: 'business-impact', title: 'Explored business impact', description: 'Took a symptom to what it costs the business: revenue, time, risk, customers.' },
  {
    id: 'personal-impact',
    title: 'Explored personal impact',
    description: 'Found what the problem means for the person: their targets, workload, standing, career.',
  },
  { id: 'quantified-pain', title: 'Quantified the pain', description: 'Put numbers on it with the prospect: how often, how much, how long, what it costs.' },
  {
    id: 'followed-doors',
    title: 'Followed up on door-openers instead of pitching',
    description: 'When the prospect opened a door, asked about it rather than answering with the product.',
  },
  {
    id: 'earned-challenge',
    title: 'Earned the right to challenge',
    description: 'Understood enough, and showed it, before questioning how the prospect sees things.',
  },
  {
    id: 'next-step-deciders',
    title: 'Secured a next step with the people who decide',
    description: 'Ended with a dated next step that includes whoever signs off.',
  },
];

export const Rating = z.number().int().min(1).max(5);

/** One reviewer's ratings of one call; several reviewers rate the same call, each with their own review. */
export const RubricReview = z.object({
  reviewer: z.string().min(1),
  updatedAt: z.iso.datetime(),
  answers: z.array(z.object({ criterionId: z.string().min(1), rating: Rating.nullable(), note: z.string() })),
});
export type RubricReview = z.infer<typeof RubricReview>;

export type CriterionSummary = {
  criterionId: string;
  title: string;
  /** Mean of the reviewers' ratings (1–5); null when nobody rated it. */
  mean: number | null;
  /** Reviewers who rated it (a null rating — "not applicable" — is not counted). */
  count: number;
  notes: Array<{ reviewer: string; note: string }>;
};

export type RubricSummary = {
  criteria: CriterionSummary[];
  /** Mean of the criteria's means (each criterion weighs the same however many rated it); null if none. */
  mean: number | null;
  reviewers: string[];
};

/**
 * Per criterion, the mean of every reviewer's rating. A reviewer counts once per criterion (their last
 * answer wins if a review lists it twice); answers to criteria not in `criteria` (a retired criterion) are
 * left out rather than shown without a title.
 */
export function summariseReviews(reviews: readonly RubricReview[], criteria: readonly RubricCriterion[] = DEFAULT_CRITERIA): RubricSummary {
  // One review per reviewer: a reviewer listed twice is counted with their latest review only.
  const latest = new Map<string, RubricReview>();
  for (const r of [...reviews].sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt))) latest.set(r.reviewer, r);
  const rawMeans: number[] = [];
  const summaries = criteria.map((c): CriterionSummary => {
    const byReviewer = new Map<string, { rating: number | null; note: string }>();
    for (const r of latest.values()) {
      for (const a of r.answers) if (a.criterionId === c.id) byReviewer.set(r.reviewer, a);
    }
    const ratings = [...byReviewer.values()].flatMap((a) => (a.rating === null ? [] : [a.rating]));
    const mean = ratings.length ? ratings.reduce((s, x) => s + x, 0) / ratings.length : null;
    if (mean !== null) rawMeans.push(mean);
    return {
      criterionId: c.id,
      title: c.title,
      mean: mean === null ? null : round(mean, 2),
      count: ratings.length,
      notes: [...byReviewer].filter(([, a]) => a.note.trim()).map(([reviewer, a]) => ({ reviewer, note: a.note })),
    };
  });
  return {
    criteria: summaries,
    mean: rawMeans.length ? round(rawMeans.reduce((s, x) => s + x, 0) / rawMeans.length, 2) : null,
    reviewers: [...latest.keys()],
  };
}
