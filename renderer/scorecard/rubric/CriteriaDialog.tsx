import { useState, type FormEvent } from 'react';
import { DEFAULT_CRITERIA, type RubricCriterion } from '../../../shared/scorecard';
import { call } from '../../ui/bridge';
import { useAction } from '../../ui/useAction';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorMessage } from '../../ui/ErrorMessage';

const MAX_CRITERIA = 20;
const newCriterion = (): RubricCriterion => ({ id: `criterion-${crypto.randomUUID().slice(0, 8)}`, title: '', description: '' });
const sameAsDefaults = (rows: readonly RubricCriterion[]) =>
  rows.length === DEFAULT_CRITERIA.length &&
  rows.every((r, i) => r.id === DEFAULT_CRITERIA[i]!.id && r.title === DEFAULT_CRITERIA[i]!.title && r.description === DEFAULT_CRITERIA[i]!.description);

/**
 * Edits what managers rate calls on in this library: title and description per criterion, add, remove,
 * reorder, or go back to our method's criteria. Answers to a removed criterion stay with the reviews.
 */
export function CriteriaDialog({ criteria, onClose }: { criteria: readonly RubricCriterion[]; onClose: () => void }) {
  const [rows, setRows] = useState<RubricCriterion[]>(() => criteria.map((c) => ({ ...c })));
  const [invalid, setInvalid] = useState<ReadonlySet<number>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const update = (i: number, patch: Partial<RubricCriterion>) => {
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    if (patch.title?.trim()) setInvalid(new Set([...invalid].filter((j) => j !== i)));
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setRows(next);
    setInvalid(new Set());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const untitled = new Set(rows.flatMap((r, i) => (r.title.trim() ? [] : [i])));
    setInvalid(untitled);
    if (rows.length === 0) return setProblem('Keep at least one criterion.');
    if (untitled.size > 0) return setProblem(`Give every criterion a title (${[...untitled].map((i) => `number ${i + 1}`).join(', ')}).`);
    setProblem(null);
    const cleaned = rows.map((r) => ({ id: r.id, title: r.title.trim(), description: r.description.trim() }));
    // Our method's list as it ships is saved as "the defaults", so it follows later wording fixes.
    const ok = await run(async () => void (await call('library:setRubricCriteria', { criteria: sameAsDefaults(cleaned) ? null : cleaned })));
    if (ok) onClose();
  };

  return (
    <Dialog title="Rubric criteria" onClose={() => !busy && onClose()} testId="criteria-dialog" className="criteria-dialog">
      <p className="dialog-message">What managers rate this library’s calls on. Removing a criterion keeps the ratings already given to it.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ol className="criteria-list">
          {rows.map((r, i) => (
            <li key={r.id} className="criteria-row" data-testid="criterion-row">
              <div className="criteria-fields">
                <input
                  type="text"
                  className="text-input"
                  data-testid="criterion-title"
                  aria-label={`Criterion ${i + 1} title`}
                  aria-invalid={invalid.has(i)}
                  placeholder="Title, e.g. “Asked about goals first”"
                  maxLength={200}
                  value={r.title}
                  disabled={busy}
                  onChange={(e) => update(i, { title: e.target.value })}
                />
                {invalid.has(i) && (
                  <span className="field-error" data-testid="criterion-title-error">
                    A criterion needs a title.
                  </span>
                )}
                <textarea
                  className="text-input criteria-description"
                  data-testid="criterion-description"
                  aria-label={`Criterion ${i + 1} description`}
                  placeholder="What a good rating looks like (optional)"
                  rows={2}
                  maxLength={1000}
                  value={r.description}
                  disabled={busy}
                  onChange={(e) => update(i, { description: e.target.value })}
                />
              </div>
              <div className="criteria-row-actions">
                <button
                  type="button"
                  className="button small quiet"
                  data-testid="criterion-up"
                  aria-label={`Move criterion ${i + 1} up`}
                  disabled={busy || i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button small quiet"
                  data-testid="criterion-down"
                  aria-label={`Move criterion ${i + 1} down`}
                  disabled={busy || i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button small quiet danger-text"
                  data-testid="criterion-remove"
                  aria-label={`Remove criterion ${i + 1}`}
                  disabled={busy}
                  onClick={() => {
                    setRows(rows.filter((_, j) => j !== i));
                    setInvalid(new Set());
                  }}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button
            type="button"
            className="button small"
            data-testid="criterion-add"
            disabled={busy || rows.length >= MAX_CRITERIA}
            onClick={() => setRows([...rows, newCriterion()])}
          >
            Add criterion
          </button>
          <button
            type="button"
            className="button small quiet"
            data-testid="criteria-reset"
            disabled={busy}
            onClick={() => {
              setRows(DEFAULT_CRITERIA.map((c) => ({ ...c })));
              setInvalid(new Set());
              setProblem(null);
            }}
          >
            Reset to our method’s criteria
          </button>
          {rows.length >= MAX_CRITERIA && <span className="muted">At most {MAX_CRITERIA} criteria.</span>}
        </div>
        <ErrorMessage testId="criteria-error">{problem ?? (error && `Not saved: ${error}`)}</ErrorMessage>
        <DialogActions
          busy={busy}
          onCancel={onClose}
          submitLabel="Save criteria"
          busyLabel="Saving…"
          submitTestId="criteria-save"
          cancelTestId="criteria-cancel"
        />
      </form>
    </Dialog>
  );
}
