import { useEffect } from 'react';
import { dismissChainNotice, useChainNotice } from '../hooks/useChainNotice';

/** How long a notice stays: long enough to read one sentence and reach for Undo. */
const NOTICE_MS = 8000;

/** The tagging and chains notice, at the bottom of the window where the reviewer looks back from the transcript. */
export function ChainNoticeToast() {
  const notice = useChainNotice();
  const id = notice?.id;
  useEffect(() => {
    if (id === undefined) return;
    const timer = setTimeout(dismissChainNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [id]);
  useEffect(() => dismissChainNotice, []); // leaving the Review view leaves its notice behind

  if (!notice) return null;
  return (
    <div className="chain-notice" role="status" data-testid="chain-notice">
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="button small"
          data-testid="chain-notice-action"
          onClick={() => {
            notice.action?.run();
            dismissChainNotice();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="button small quiet" aria-label="Dismiss" onClick={dismissChainNotice}>
        ×
      </button>
    </div>
  );
}
