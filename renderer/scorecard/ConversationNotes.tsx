/** Brings the Speakers panel (side column) into view and focuses its first role picker. */
function showSpeakers() {
  const panel = document.getElementById('speakers-heading')?.closest('section');
  if (!panel) return;
  panel.scrollIntoView({ behavior: 'smooth', block: 'center' });
  (panel.querySelector<HTMLElement>('select, input, button') ?? panel).focus({ preventScroll: true });
}

/**
 * What the conversation figures are missing, in words, and where to fix it: roles are set in the
 * Speakers panel beside the scorecard.
 */
export function ConversationNotes({ notes, needsRoles }: { notes: readonly string[]; needsRoles: boolean }) {
  if (notes.length === 0) return null;
  return (
    <div className="scorecard-notes" role="note" data-testid="conversation-notes">
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {needsRoles && (
        <button type="button" className="button small" data-testid="set-roles" onClick={showSpeakers}>
          Set who is the rep and the prospect…
        </button>
      )}
    </div>
  );
}
