import { useId, useState, type FormEvent } from 'react';
import type { FollowUp } from '../../../shared/domain/annotations';
import { FOLLOW_UP_REASONS, type FollowUpReason } from './marks';
import type { StepResult } from '../history/useAnnotations';
import { useDialogSave } from '../useDialogSave';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextAreaField } from '../../ui/Field';
import { formatTimestamp } from '../../ui/format';
import { submitOnCtrlEnter } from '../../ui/submitOnCtrlEnter';

type Props = {
  /** Where the turn starts, and its opening words. */
  time: number;
  quote: string;
  /** The turn's follow-up when editing one; null for a new one. */
  existing: FollowUp | null;
  onSave: (fields: { reason: FollowUpReason; shouldHaveAsked: string }) => Promise<StepResult>;
  onRemove: () => Promise<StepResult>;
  onClose: () => void;
};

/**
 * Marks (or edits) the prospect's turn where the rep missed the door: why it was missed and what the
 * rep should have asked. The dialog stays open with what was typed when the save fails.
 */
export function FollowUpDialog({ time, quote, existing, onSave, onRemove, onClose }: Props) {
  const [reason, setReason] = useState<FollowUpReason | null>(existing?.reason ?? null);
  const [asked, setAsked] = useState(existing?.shouldHaveAsked ?? '');
  const { busy, error, setError, save: run } = useDialogSave(onClose);
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!reason) return setError('Pick what happened at this turn.');
    void run(() => onSave({ reason, shouldHaveAsked: asked.trim() }));
  };

  return (
    <Dialog
      title={existing ? 'Edit missed follow-up' : 'Missed follow-up'}
      onClose={() => !busy && onClose()}
      testId="follow-up-dialog"
      className="mark-dialog"
    >
      <p className="mark-dialog-quote" data-testid="follow-up-dialog-quote">
        <span className="mark-time">{formatTimestamp(time)}</span> “{quote}”
      </p>
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter}>
        <fieldset className="mark-reasons" disabled={busy}>
          <legend className="field-label">What did the rep do instead of following up?</legend>
          {FOLLOW_UP_REASONS.map((r) => (
            <label key={r.value} className="radio-line">
              <input
                type="radio"
                name={`${id}-reason`}
                value={r.value}
                data-testid="follow-up-reason"
                checked={reason === r.value}
                onChange={() => {
                  setReason(r.value);
                  setError(null);
                }}
              />
              {r.label}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label="What should have been asked?"
          className="text-input mark-textarea"
          data-testid="follow-up-asked"
          rows={3}
          maxLength={2000}
          value={asked}
          disabled={busy}
          placeholder="“Tell me more: what does that cost the team each month?”"
          onChange={(e) => setAsked(e.target.value)}
        />
        <ErrorMessage testId="follow-up-error">{error}</ErrorMessage>
        <DialogActions busy={busy} onCancel={onClose} submitLabel="Save" busyLabel="Saving…" submitTestId="follow-up-save" cancelTestId="follow-up-cancel">
          {existing && (
            <button
              type="button"
              className="button danger-outline mark-remove"
              data-testid="follow-up-remove"
              disabled={busy}
              onClick={() => void run(onRemove)}
            >
              Remove
            </button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
