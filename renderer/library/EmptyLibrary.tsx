type Props = { importDisabled: boolean; onImport: () => void };

/** The first thing a new user sees: what to do to get calls in. */
export function EmptyLibrary({ importDisabled, onImport }: Props) {
  return (
    <section className="empty-state" data-testid="library-empty">
      <h2>Your library is empty</h2>
      <p>Import your sales call recordings to review them and coach from them.</p>
      <button type="button" className="button primary large" onClick={onImport} disabled={importDisabled}>
        Import recordings…
      </button>
      <p className="hint">or drop recordings here</p>
    </section>
  );
}
