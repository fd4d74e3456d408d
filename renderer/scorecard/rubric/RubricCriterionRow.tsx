import { useId } from 'react';
import type { CriterionSummary, RubricCriterion } from '../../../shared/scorecard';
import type { Answer } from '../../../shared/scorecard/reviewAnswers';
import { ratingText } from '../../../shared/formats/scorecardReport';
import { RubricRating } from './RubricRating';

/** Another reviewer's answer to this criterion, read-only. */
export type OtherAnswer = { reviewer: string; rating: number | null; note: string };

type Props = {
  criterion: RubricCriterion;
  answer: Answer;
  summary: CriterionSummary | undefined;
  others: OtherAnswer[];
  disabled: boolean;
  onChange: (answer: Answer) => void;
};

/** One criterion: my rating and note, the mean of everyone's ratings, and the other reviewers' answers. */
export function RubricCriterionRow({ criterion, answer, summary, others, disabled, onChange }: Props) {
  const noteId = useId();
  return (
    <li className="rubric-criterion" data-testid="rubric-criterion" data-criterion-id={criterion.id}>
      <div className="rubric-criterion-head">
        <div>
          <h4 className="rubric-criterion-title">{criterion.title}</h4>
          {criterion.description && <p className="muted rubric-criterion-description">{criterion.description}</p>}
        </div>
        <span className="rubric-mean" data-testid="rubric-mean" title="Mean of every reviewer’s rating (n/a not counted)">
          {summary ? `Mean: ${ratingText(summary.mean, summary.count)}` : 'Mean: not rated'}
        </span>
      </div>
      <RubricRating title={criterion.title} value={answer.rating} disabled={disabled} onChange={(rating) => onChange({ ...answer, rating })} />
      <label htmlFor={noteId} className="visually-hidden">
        Note on “{criterion.title}”
      </label>
      <textarea
        id={noteId}
        className="text-input rubric-note"
        data-testid="rubric-note"
        rows={1}
        maxLength={2000}
        placeholder="Note (optional): what you heard, what to try next time"
        value={answer.note}
        disabled={disabled}
        onChange={(e) => onChange({ ...answer, note: e.target.value })}
      />
      {others.length > 0 && (
        <ul className="rubric-others" aria-label="Other reviewers">
          {others.map((o) => (
            <li key={o.reviewer} data-testid="rubric-other">
              <span className="rubric-other-name">{o.reviewer}</span>{' '}
              <span className="rubric-other-rating">{o.rating === null ? 'n/a' : `${o.rating} of 5`}</span>
              {o.note && <span className="rubric-other-note"> — {o.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
