import { useId } from 'react';

/** What each rating means, so two managers read "3" the same way. */
export const RATING_LABELS: Record<number, string> = { 1: 'Not done', 2: 'Weak', 3: 'Partly', 4: 'Good', 5: 'Excellent' };
const OPTIONS: Array<{ value: number | null; short: string; label: string }> = [
  { value: null, short: 'n/a', label: 'Not applicable or not rated' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: n, short: String(n), label: RATING_LABELS[n]! })),
];

/** A 1–5 rating as segmented buttons (a radio group), with "n/a" for null. */
export function RubricRating({
  title,
  value,
  disabled,
  onChange,
}: {
  title: string;
  value: number | null;
  disabled: boolean;
  onChange: (v: number | null) => void;
}) {
  const name = useId();
  return (
    <div className="rubric-rating" role="radiogroup" aria-label={`Rating: ${title}`} data-testid="rubric-rating">
      {OPTIONS.map((o) => (
        <label
          key={o.short}
          className={value === o.value ? 'rating-option checked' : 'rating-option'}
          title={o.value === null ? o.label : `${o.value}: ${o.label}`}
          data-testid="rubric-rating-option"
          data-rating={o.short}
        >
          <input type="radio" name={name} checked={value === o.value} disabled={disabled} onChange={() => onChange(o.value)} />
          <span className="rating-short">{o.short}</span>
          {o.value !== null && <span className="rating-word">{o.label}</span>}
        </label>
      ))}
    </div>
  );
}
