import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useEditState, useTranscriptEditsValue } from './useTranscriptEdits';

/**
 * A turn's text in a textarea: Enter or Save saves (words that survive keep their timings), Esc or
 * Cancel closes. The draft is kept in the edit store, not here, so a re-render or the row scrolling out
 * of the virtual list never loses what was typed; a failed save keeps it, with the reason.
 */
export function TurnTextEditor({ turnId }: { turnId: string }) {
  const edits = useTranscriptEditsValue();
  const editor = useEditState((s) => (s.editor?.turnId === turnId ? s.editor : null));
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    const textarea = field.current;
    if (!textarea) return;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  if (!editor) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void edits.saveEdit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      edits.cancelEdit();
    }
  };

  return (
    <div className="turn-editor" data-testid="turn-editor">
      <label className="visually-hidden" htmlFor={id}>
        Text of this turn
      </label>
      <textarea
        ref={field}
        id={id}
        className="turn-editor-text"
        data-testid="turn-editor-text"
        value={editor.draft}
        readOnly={editor.saving}
        rows={Math.min(8, Math.max(2, Math.ceil(editor.draft.length / 70)))}
        aria-invalid={editor.error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => edits.setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {editor.error && (
        <p className="error-message" role="alert" data-testid="turn-editor-error">
          {editor.error}
        </p>
      )}
      <div className="turn-editor-actions">
        <button type="button" className="button primary small" data-testid="turn-editor-save" disabled={editor.saving} onClick={() => void edits.saveEdit()}>
          {editor.saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button small" data-testid="turn-editor-cancel" onClick={edits.cancelEdit}>
          Cancel
        </button>
        <span className="hint" id={`${id}-hint`}>
          <kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels · retyped words keep their timing
        </span>
      </div>
    </div>
  );
}
