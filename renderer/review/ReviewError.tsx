import type { ErrorCode } from '../../shared/errors';
import { hrefFor } from '../ui/useRoute';

const headings: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: 'This call isn’t in your library',
  INVALID_INPUT: 'This call isn’t in your library',
  CORRUPT_DOCUMENT: 'This call can’t be opened',
  NEWER_VERSION: 'This call needs a newer version of Call Review',
};

/** Why a call could not be shown, with the way back: never a blank screen. */
export function ReviewError({ code, message, onRetry }: { code: ErrorCode | null; message: string; onRetry: () => void }) {
  return (
    <div className="error-panel" role="alert" data-testid="review-error" data-code={code ?? undefined}>
      <h2>{(code && headings[code]) ?? 'Couldn’t open this call'}</h2>
      <p>{message}</p>
      <div className="error-panel-actions">
        <a className="button primary" href={hrefFor({ name: 'library' })}>
          Back to Library
        </a>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
