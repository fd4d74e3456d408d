import { useId, useState, type FormEvent } from 'react';
import { reviewId } from '../../../shared/domain/annotations';
import { rubricText } from '../../../shared/formats/scorecardReport';
import type { RubricCriterion, RubricSummary } from '../../../shared/scorecard';
import { answersFor, reviewOf, reviewToStore, sameAnswers, type Answer } from '../../../shared/scorecard/reviewAnswers';
import { errorMessage } from '../../ui/bridge';
import { useMyName } from '../../settings/useMyName';
import { useReviewAnnotationsValue } from '../../review/useReviewAnnotations';
import type { RubricDraftControl } from './useRubricDraft';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CriteriaDialog } from './CriteriaDialog';
import { RubricCriterionRow, type OtherAnswer } from './RubricCriterionRow';

type Props = { criteria: readonly RubricCriterion[]; summary: RubricSummary; draftControl: RubricDraftControl };

/**
 * The manager rubric: my rating and note per criterion (saved as my review of this call, one undo step),
 * the other reviewers' answers beside mine, and the mean per criterion. What I type is a draft held above
 * the tabs until saved, so nothing is lost by looking something up in the transcript.
 */
export function RubricForm({ criteria, summary, draftControl }: Props) {
  const { annotations, apply } = useReviewAnnotationsValue();
  const { myName, save: saveName } = useMyName();
  const { draft, setDraft } = draftControl;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [editingCriteria, setEditingCriteria] = useState(false);
  const nameId = useId();

  const saved = annotations && myName ? reviewOf(annotations, myName) : null;
  const savedAnswers = answersFor(saved, criteria);
  // The draft is shown through the current criteria: one edited away meanwhile drops out, a new one appears.
  const answers = draft ? answersFor({ answers: draft.answers, reviewer: '', updatedAt: '' }, criteria) : savedAnswers;
  const name = draft?.name ?? '';
  const dirty = draft !== null && !sameAnswers(answers, savedAnswers);
  const others: OtherAnswer[][] = criteria.map(
    (c) =>
      (annotations?.reviews ?? [])
        .filter((r) => !myName || r.id !== reviewId(myName))
        .flatMap((r) =>
          r.answers
            .filter((a) => a.criterionId === c.id)
            .slice(-1)
            .map((a) => ({ reviewer: r.reviewer, rating: a.rating, note: a.note })),
        )
        .filter((a) => a.rating !== null || a.note.trim()), // "n/a" with nothing said adds nothing to read
  );

  const edit = (next: Partial<{ answers: Answer[]; name: string }>) => {
    setSavedAs(null);
    setError(null);
    const nextDraft = { answers: next.answers ?? answers, name: next.name ?? name };
    // Back to what is saved: no draft, so nothing reads as unsaved.
    setDraft(sameAnswers(nextDraft.answers, savedAnswers) && !nextDraft.name.trim() ? null : nextDraft);
  };
  const editAnswer = (i: number, answer: Answer) => edit({ answers: answers.map((a, j) => (j === i ? answer : a)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !annotations) return;
    if (!myName && !name.trim()) return setError('Add your name first: reviews are kept per reviewer.');
    setBusy(true);
    setError(null);
    let reviewer: string;
    try {
      reviewer = myName ?? (await saveName(name));
    } catch (err) {
      setBusy(false);
      return setError(`Your name was not saved, so neither was the review: ${errorMessage(err)}`);
    }
    const result = await apply((a) => ({
      type: 'put',
      collection: 'reviews',
      item: reviewToStore({ reviewer, answers, previous: reviewOf(a, reviewer), now: new Date() }),
    }));
    setBusy(false);
    if (!result.ok) return setError(`Not saved: ${result.message}`); // the draft stays, with everything typed
    setDraft(null);
    setSavedAs(reviewer);
  };

  return (
    <section className="card rubric-card" aria-labelledby="rubric-heading" data-testid="rubric-form">
      <div className="card-header">
        <h3 id="rubric-heading" className="card-title">
          Manager rubric
        </h3>
        <button type="button" className="button small quiet" data-testid="edit-criteria" onClick={() => setEditingCriteria(true)}>
          Edit criteria
        </button>
      </div>
      <p className="rubric-summary" data-testid="rubric-summary">
        {rubricText(summary)}
      </p>
      <form onSubmit={(e) => void submit(e)}>
        {myName ? (
          <p className="muted rubric-reviewer" data-testid="rubric-reviewer">
            Your review, as <strong>{myName}</strong>
            {saved ? '' : ' (not rated yet)'}.
          </p>
        ) : (
          <div className="field rubric-name-field">
            <label htmlFor={nameId} className="field-label">
              Your name
            </label>
            <input
              id={nameId}
              type="text"
              className="text-input"
              data-testid="rubric-name"
              value={name}
              maxLength={100}
              disabled={busy}
              placeholder="Kept with the library, shown with your review"
              onChange={(e) => edit({ name: e.target.value })}
            />
          </div>
        )}
        <ol className="rubric-criteria">
          {criteria.map((c, i) => (
            <RubricCriterionRow
              key={c.id}
              criterion={c}
              answer={answers[i]!}
              summary={summary.criteria.find((s) => s.criterionId === c.id)}
              others={others[i]!}
              disabled={busy || !annotations}
              onChange={(a) => editAnswer(i, a)}
            />
          ))}
        </ol>
        <ErrorMessage testId="rubric-error">{error}</ErrorMessage>
        <div className="rubric-actions">
          {dirty && (
            <span className="unsaved" data-testid="rubric-unsaved">
              Unsaved changes
            </span>
          )}
          {savedAs && !dirty && (
            <span className="success-message" role="status" data-testid="rubric-result">
              Saved as {savedAs}.
            </span>
          )}
          {draft && (
            <button
              type="button"
              className="button quiet"
              data-testid="rubric-discard"
              disabled={busy}
              onClick={() => {
                setError(null);
                setDraft(null);
              }}
            >
              Discard changes
            </button>
          )}
          <button type="submit" className="button primary" data-testid="rubric-save" disabled={busy || !annotations || !dirty}>
            {busy ? 'Saving…' : 'Save review'}
          </button>
        </div>
      </form>
      {editingCriteria && <CriteriaDialog criteria={criteria} onClose={() => setEditingCriteria(false)} />}
    </section>
  );
}
