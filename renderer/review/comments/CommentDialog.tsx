import { useState, type FormEvent } from 'react';
import type { StepResult } from '../history/useAnnotations';
import { useDialogSave } from '../useDialogSave';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { InputField, TextAreaField } from '../../ui/Field';
import { submitOnCtrlEnter } from '../../ui/submitOnCtrlEnter';

type Props = {
  /** Where the comment sits: "On the turn at 0:02: “…”" or "At 0:04". */
  where: string;
  /** The comment's text when editing; null for a new one. */
  initialText: string | null;
  /** The library has no name yet: ask for one (saved with the library, so it is asked once). */
  askName: boolean;
  onSave: (fields: { text: string; name: string | null }) => Promise<StepResult>;
  onClose: () => void;
};

/** Writes or edits a comment; stays open with the text when the save fails. */
export function CommentDialog({ where, initialText, askName, onSave, onClose }: Props) {
  const [text, setText] = useState(initialText ?? '');
  const [name, setName] = useState('');
  const { busy, error, setError, save } = useDialogSave(onClose);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (askName && !name.trim()) return setError('Add your name, so others know who wrote this.');
    if (!text.trim()) return setError('Write the comment first.');
    void save(() => onSave({ text: text.trim(), name: askName ? name.trim() : null }));
  };

  return (
    <Dialog title={initialText === null ? 'Comment' : 'Edit comment'} onClose={() => !busy && onClose()} testId="comment-dialog" className="mark-dialog">
      <p className="mark-dialog-quote" data-testid="comment-dialog-where">
        {where}
      </p>
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter}>
        {askName && (
          <InputField
            label="Your name"
            type="text"
            className="text-input"
            data-testid="comment-author"
            value={name}
            maxLength={100}
            disabled={busy}
            placeholder="Shown with your comments"
            onChange={(e) => setName(e.target.value)}
          />
        )}
        <TextAreaField
          label="Comment"
          className="text-input mark-textarea"
          data-testid="comment-text"
          rows={4}
          maxLength={4000}
          value={text}
          disabled={busy}
          onChange={(e) => setText(e.target.value)}
        />
        <ErrorMessage testId="comment-error">{error}</ErrorMessage>
        <DialogActions busy={busy} onCancel={onClose} submitLabel="Save" busyLabel="Saving…" submitTestId="comment-save" cancelTestId="comment-cancel">
          <span className="muted mark-dialog-hint">Ctrl+Enter saves</span>
        </DialogActions>
      </form>
    </Dialog>
  );
}
