import { describe, expect, it } from 'vitest';
import { emptyAnnotations, StoredReview } from '../../../shared/domain/annotations';
import { answersFor, reviewOf, reviewToStore, sameAnswers } from '../../../shared/scorecard/reviewAnswers';

const criteria = [
  { id: 'a', title: 'A', description: '' },
  { id: 'b', title: 'B', description: '' },
];
const stored: StoredReview = {
  id: 'review:mo lee',
  reviewer: 'Mo Lee',
  updatedAt: '2026-11-24T10:00:00.000Z',
  answers: [
    { criterionId: 'a', rating: 4, note: 'Good opener' },
    { criterionId: 'retired', rating: 2, note: 'Old criterion' },
  ],
};

describe('a reviewer’s rubric answers', () => {
  it('finds the reviewer’s review by name, whatever the case and spaces', () => {
    const annotations = { ...emptyAnnotations(), reviews: [stored] };
    expect(reviewOf(annotations, ' mo LEE ')).toBe(stored);
    expect(reviewOf(annotations, 'Ana')).toBeNull();
  });

  it('answers every current criterion in order, unrated when the review has none', () => {
    expect(answersFor(stored, criteria)).toEqual([
      { criterionId: 'a', rating: 4, note: 'Good opener' },
      { criterionId: 'b', rating: null, note: '' },
    ]);
    expect(answersFor(null, criteria).map((a) => a.rating)).toEqual([null, null]);
  });

  it('stores trimmed answers under the reviewer’s id and keeps answers to retired criteria', () => {
    const review = reviewToStore({
      reviewer: ' Mo Lee ',
      answers: [
        { criterionId: 'a', rating: 5, note: '  Better  ' },
        { criterionId: 'b', rating: null, note: '' },
      ],
      previous: stored,
      now: new Date('2026-11-25T09:00:00.000Z'),
    });
    expect(StoredReview.parse(review)).toEqual({
      id: 'review:mo lee',
      reviewer: 'Mo Lee',
      updatedAt: '2026-11-25T09:00:00.000Z',
      answers: [
        { criterionId: 'a', rating: 5, note: 'Better' },
        { criterionId: 'b', rating: null, note: '' },
        { criterionId: 'retired', rating: 2, note: 'Old criterion' },
      ],
    });
  });

  it('tells a changed draft from the saved answers, ignoring spaces around notes', () => {
    const saved = answersFor(stored, criteria);
    expect(
      sameAnswers(
        saved,
        saved.map((a) => ({ ...a, note: ` ${a.note} ` })),
      ),
    ).toBe(true);
    expect(
      sameAnswers(
        saved,
        saved.map((a, i) => (i === 1 ? { ...a, rating: 3 } : a)),
      ),
    ).toBe(false);
  });
});
