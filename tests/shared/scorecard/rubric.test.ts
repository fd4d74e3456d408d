import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, RubricCriterion, RubricReview, summariseReviews } from '../../../shared/scorecard/rubric';

const review = (reviewer: string, updatedAt: string, answers: Array<[string, number | null, string?]>): RubricReview => ({
  reviewer,
  updatedAt,
  answers: answers.map(([criterionId, rating, note = '']) => ({ criterionId, rating: rating as RubricReview['answers'][number]['rating'], note })),
});

describe('manager rubric', () => {
  it('the default criteria are our method, valid against the schema', () => {
    expect(DEFAULT_CRITERIA.map((c) => c.id)).toEqual([
      'goals-first',
      'business-impact',
      'personal-impact',
      'quantified-pain',
      'followed-doors',
      'earned-challenge',
      'next-step-deciders',
    ]);
    for (const c of DEFAULT_CRITERIA) expect(RubricCriterion.parse(c)).toEqual(c);
  });

  it('ratings are whole numbers 1–5 or null', () => {
    const answer = (rating: unknown) =>
      RubricReview.safeParse({ reviewer: 'Mo', updatedAt: '2026-11-24T10:00:00.000Z', answers: [{ criterionId: 'goals-first', rating, note: '' }] }).success;
    expect([answer(1), answer(5), answer(null)]).toEqual([true, true, true]);
    expect([answer(0), answer(6), answer(2.5), answer('3')]).toEqual([false, false, false, false]);
  });

  it('summarises several reviewers per criterion: mean of ratings, count, notes', () => {
    const s = summariseReviews([
      review('Mo', '2026-11-24T10:00:00.000Z', [
        ['goals-first', 4, 'Opened well'],
        ['business-impact', 2],
        ['personal-impact', null, 'n/a'],
        ['retired', 1],
      ]),
      review('Ana', '2026-11-24T11:00:00.000Z', [
        ['goals-first', 5],
        ['business-impact', 3, 'Stopped at symptoms'],
      ]),
    ]);
    expect(s.reviewers).toEqual(['Mo', 'Ana']);
    expect(s.criteria.slice(0, 4)).toEqual([
      { criterionId: 'goals-first', title: 'Asked about goals first', mean: 4.5, count: 2, notes: [{ reviewer: 'Mo', note: 'Opened well' }] },
      { criterionId: 'business-impact', title: 'Explored business impact', mean: 2.5, count: 2, notes: [{ reviewer: 'Ana', note: 'Stopped at symptoms' }] },
      { criterionId: 'personal-impact', title: 'Explored personal impact', mean: null, count: 0, notes: [{ reviewer: 'Mo', note: 'n/a' }] },
      { criterionId: 'quantified-pain', title: 'Quantified the pain', mean: null, count: 0, notes: [] },
    ]);
    expect(s.criteria).toHaveLength(7); // the retired criterion is not listed
    expect(s.mean).toBe(3.5); // (4.5 + 2.5) / 2: each rated criterion weighs the same
  });

  it('a reviewer who saved twice counts once, with the latest review', () => {
    const s = summariseReviews([
      review('Mo', '2026-11-25T09:00:00.000Z', [['goals-first', 2]]),
      review('Mo', '2026-11-24T09:00:00.000Z', [
        ['goals-first', 5],
        ['business-impact', 5],
      ]),
    ]);
    expect(s.criteria[0]).toMatchObject({ mean: 2, count: 1 });
    expect(s.criteria[1]).toMatchObject({ mean: null, count: 0 });
    expect(s.reviewers).toEqual(['Mo']);
  });

  it('custom criteria, and no reviews at all', () => {
    const s = summariseReviews([review('Mo', '2026-11-24T10:00:00.000Z', [['x', 3]])], [{ id: 'x', title: 'X', description: '' }]);
    expect(s.criteria).toEqual([{ criterionId: 'x', title: 'X', mean: 3, count: 1, notes: [] }]);
    expect(summariseReviews([])).toMatchObject({ mean: null, reviewers: [] });
  });
});
