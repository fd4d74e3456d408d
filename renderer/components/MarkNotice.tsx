import { useCallback, useEffect, useState } from 'react';

/** How long a notice stays: long enough to read one sentence. */
const NOTICE_MS = 6000;

/** A short-lived message for a key that could not act (why, and what to do instead). */
export function useNotice() {
  // An object, so the same message again restarts the timer.
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const show = useCallback((text: string) => setNotice({ text }), []);
  const clear = useCallback(() => setNotice(null), []);
  return { notice: notice?.text ?? null, show, clear };
}

/** Shown at the bottom of the window, where the reviewer looks back from the transcript. */
export function MarkNotice({ notice, onDismiss }: { notice: string | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <div className="mark-notice" role="status" data-testid="mark-notice">
      <span>{notice}</span>
      <button type="button" className="button small quiet" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
