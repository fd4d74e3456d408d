import { createCurrentStore, type Stamped } from '../../ui/currentStore';

/** A short message in the Review view: why a key did nothing, or what just happened (with Undo). */
export type ReviewNotice = { text: string; action?: { label: string; run: () => void } };

type Shown = Stamped<ReviewNotice>;

/*
 * Module state on purpose: keys are bound by hooks that render nothing, and every message shows in the
 * one toast of the Review view; one Review view is open at a time.
 */
const notices = createCurrentStore<ReviewNotice>();

/** Shows a notice (replacing the one shown); the same text again restarts its timer. */
export function showNotice(notice: ReviewNotice): void {
  notices.set(notice);
}

export function dismissNotice(): void {
  notices.clear();
}

export function useReviewNotice(): Shown | null {
  return notices.useCurrent();
}
