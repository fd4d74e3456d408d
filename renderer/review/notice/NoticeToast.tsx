import { useEffect } from 'react';
import { dismissNotice, useReviewNotice } from './useReviewNotice';

/** How long a notice stays: long enough to read one sentence and reach for Undo. */
const NOTICE_MS = 8000;

/** The Review view's notice, at the bottom of the window where the reviewer looks back from the transcript. */
export function NoticeToast() {
  const notice = useReviewNotice();
  const id = notice?.id;
  useEffect(() => {
    if (id === undefined) return;
    const timer = setTimeout(dismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [id]);
  useEffect(() => dismissNotice, []); // leaving the Review view leaves its notice behind

  if (!notice) return null;
  return (
    <div className="review-notice" role="status" data-testid="review-notice">
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="button small"
          data-testid="review-notice-action"
          onClick={() => {
            notice.action?.run();
            dismissNotice();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="button small quiet" aria-label="Dismiss" onClick={dismissNotice}>
        ×
      </button>
    </div>
  );
}
