import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../ui/ErrorMessage';
import { submitOnCtrlEnter } from '../ui/submitOnCtrlEnter';
import { useAction } from '../ui/useAction';

type Props = { initial: string; onSave: (note: string) => Promise<void>; onClose: () => void };

/** A clip's note, written in place: Ctrl/Cmd+Enter or Save keeps it, Escape or Cancel leaves it as it was. */
export function ClipNoteEditor({ initial, onSave, onClose }: Props) {
  const [note, setNote] = useState(initial);
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    void run(async () => {
      await onSave(note.trim());
      onClose();
    });
  };
  return (
    <form
      className="clip-note-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else submitOnCtrlEnter(e);
      }}
    >
      <textarea
        className="text-input playlist-textarea"
        data-testid="clip-note-input"
        aria-label="Clip note"
        rows={3}
        maxLength={5000}
        value={note}
        disabled={busy}
        autoFocus
        onChange={(e) => setNote(e.target.value)}
      />
      <ErrorMessage testId="clip-note-error">{error}</ErrorMessage>
      <div className="button-row">
        <button type="submit" className="button small primary" data-testid="clip-note-save" disabled={busy}>
          {busy ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" className="button small" onClick={onClose} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
