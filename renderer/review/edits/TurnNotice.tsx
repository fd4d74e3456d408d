import { useEditState, useTranscriptEditsValue } from './useTranscriptEdits';

/** Why an edit key or menu action did nothing on this turn (or why its save failed), under its text. */
export function TurnNotice({ turnId }: { turnId: string }) {
  const edits = useTranscriptEditsValue();
  const text = useEditState((s) => (s.notice?.turnId === turnId ? s.notice.text : null));
  if (!text) return null;
  const failed = text.startsWith('Not ');
  return (
    <p className={`turn-notice${failed ? ' failed' : ''}`} role={failed ? 'alert' : 'status'} data-testid="turn-notice">
      <span>{text}</span>
      <button type="button" className="turn-notice-dismiss" aria-label="Dismiss" title="Dismiss" onClick={edits.dismissNotice}>
        ×
      </button>
    </p>
  );
}
