import { useEffect, useState } from 'react';
import { call, errorMessage, onEvent } from '../ui/bridge';
import { CATALOGUE, RECOMMENDED_MODEL } from '../../shared/domain/models';
import { hrefFor } from '../ui/useRoute';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatMegabytes } from '../ui/format';

type Stage = 'idle' | 'starting' | 'downloading' | 'installed' | 'cancelled';

const recommended = CATALOGUE.find((e) => e.id === RECOMMENDED_MODEL);
const label = `Download the recommended model (${RECOMMENDED_MODEL}${recommended ? `, ${formatMegabytes(recommended.bytes)} MB` : ''})`;

/**
 * The one-click way out of "no model": starts the recommended model's download. Its progress lives in
 * Settings (linked); how it ends is told here too, since the user may never open Settings.
 */
export function DownloadRecommended() {
  const [stage, setStage] = useState<Stage>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () =>
      onEvent('models:finished', ({ id, outcome, message }) => {
        if (id !== RECOMMENDED_MODEL) return;
        setStage(outcome === 'installed' ? 'installed' : outcome === 'cancelled' ? 'cancelled' : 'idle');
        if (outcome === 'failed') setError(message ?? 'The download failed. Try again.');
      }),
    [],
  );

  const start = async () => {
    setStage('starting');
    setError(null);
    try {
      const info = await call('models:download', { id: RECOMMENDED_MODEL });
      const item = info.catalogue.find((i) => i.id === RECOMMENDED_MODEL);
      // Already there (downloaded in another window, or just now): nothing left to follow.
      setStage(item?.state === 'installed' ? 'installed' : 'downloading');
    } catch (e) {
      setError(errorMessage(e));
      setStage('idle');
    }
  };

  const settings = (text: string) => (
    <a href={hrefFor({ name: 'settings' })} data-testid="download-progress-link">
      {text}
    </a>
  );

  return (
    <div className="download-recommended">
      {stage === 'downloading' || stage === 'installed' ? (
        <p className="muted" role="status" data-testid="download-recommended-status">
          {stage === 'installed' ? `${RECOMMENDED_MODEL} is installed: transcribe again to use it. ` : `Downloading ${RECOMMENDED_MODEL}… `}
          {settings(stage === 'installed' ? 'Model settings' : 'Follow progress in Settings')}
        </p>
      ) : (
        <button type="button" className="button small primary" data-testid="download-recommended" disabled={stage === 'starting'} onClick={() => void start()}>
          {stage === 'starting' ? 'Starting download…' : label}
        </button>
      )}
      {stage === 'cancelled' && (
        <p className="muted" role="status">
          Download cancelled. Start it again to resume.
        </p>
      )}
      <ErrorMessage testId="download-recommended-error">{error}</ErrorMessage>
    </div>
  );
}
