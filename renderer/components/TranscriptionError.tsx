import type { QueryError } from '../hooks/useLiveQuery';
import { hrefFor } from '../hooks/useRoute';
import { ErrorMessage } from './ErrorMessage';

/** Why starting or cancelling a transcription failed; a missing model links to where it is chosen. */
export function TranscriptionError({ error }: { error: QueryError | null }) {
  if (!error) return null;
  return (
    <ErrorMessage testId="transcription-error">
      {error.message}
      {error.code === 'MODEL_MISSING' && (
        <>
          {' '}
          <a href={hrefFor({ name: 'settings' })} data-testid="model-settings-link">
            Open Settings
          </a>
        </>
      )}
    </ErrorMessage>
  );
}
