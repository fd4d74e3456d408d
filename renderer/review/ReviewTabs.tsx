import { hrefFor } from '../ui/useRoute';

export type ReviewMode = 'review' | 'scorecard';

/**
 * The call's two tabs. Plain links to the two routes: the Review view stays mounted across them, so the
 * player keeps playing and both tabs read the same live annotations.
 */
export function ReviewTabs({ callId, mode, rubricUnsaved }: { callId: string; mode: ReviewMode; rubricUnsaved: boolean }) {
  const tab = (name: ReviewMode, label: string, extra?: string) => (
    <a
      className={mode === name ? 'review-tab active' : 'review-tab'}
      href={hrefFor({ name, callId })}
      aria-current={mode === name ? 'page' : undefined}
      data-testid={`tab-${name === 'review' ? 'transcript' : 'scorecard'}`}
    >
      {label}
      {extra && (
        <span className="review-tab-note" data-testid="tab-unsaved">
          {extra}
        </span>
      )}
    </a>
  );
  return (
    <nav className="review-tabs" aria-label="Call views" data-testid="review-tabs">
      {tab('review', 'Transcript')}
      {tab('scorecard', 'Scorecard', rubricUnsaved ? 'unsaved rubric' : undefined)}
    </nav>
  );
}
