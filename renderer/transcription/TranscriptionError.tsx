import type { QueryError } from '../ui/useLiveQuery';
import { hrefFor } from '../ui/useRoute';
import { DownloadRecommended } from './DownloadRecommended';
import { ErrorMessage } from '../ui/ErrorMessage';

/**
 * Why starting or cancelling a transcription failed. A missing model links to where it is chosen and
 * offers to download the recommended one right here.
 */
export function TranscriptionError({ error }: { error: QueryError | null }) {
  if (!error) return null;
  const missing = error.code === 'MODEL_MISSING';
  return (
    <>
      <ErrorMessage testId="transcription-error">
        {error.message}
        {missing && (
          <>
            {' '}
            <a href={hrefFor({ name: 'settings' })} data-testid="model-settings-link">
              Open Settings
            </a>
          </>
        )}
      </ErrorMessage>
      {missing && <DownloadRecommended />}
    </>
  );
}
