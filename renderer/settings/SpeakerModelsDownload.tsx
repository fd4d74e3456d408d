import { ErrorMessage } from '../ui/ErrorMessage';
import { formatMegabytes } from '../ui/format';
import { DownloadBar } from './CatalogueItemRow';
import type { SpeakerModelsDownloadState } from './useSpeakerModelsDownload';

/**
 * Settings → Speaker detection: the official models in one download (size, progress, cancel, resume),
 * beside choosing the two files on disk for computers that are offline.
 */
export function SpeakerModelsDownload({ download }: { download: SpeakerModelsDownloadState }) {
  const { status, progress, busy, act } = download;
  if (!status) return <ErrorMessage testId="speaker-models-download-error">{download.problem}</ErrorMessage>;
  // A download that has reported progress is running, even if the last status predates its start.
  const state = progress && status.state !== 'installed' ? 'downloading' : status.state;
  const size = `${formatMegabytes(status.totalBytes)} MB`;
  const button = (label: string, testId: string, onClick: () => void, kind = 'primary') => (
    <button type="button" className={`button small ${kind}`} data-testid={testId} disabled={busy} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <div className="speaker-models-download" data-testid="speaker-models-download" data-state={state}>
      <p className="speaker-model-title">Download the models</p>
      <p className="muted catalogue-item-note">
        pyannote segmentation 3.0 and 3D-Speaker CAM++ as sherpa-onnx publishes them, {size}, checked and kept in the app&apos;s models folder.
      </p>
      {state === 'downloading' && <DownloadBar received={progress?.receivedBytes ?? status.receivedBytes} total={progress?.totalBytes ?? status.totalBytes} />}
      {state === 'partial' && (
        <p className="muted catalogue-item-note" data-testid="speaker-models-paused">
          Paused at {formatMegabytes(status.receivedBytes)} of {size}
        </p>
      )}
      <div className="button-row">
        {state === 'available' && button(`Download (${size})`, 'speaker-models-download-button', () => act('speakers:downloadModels'))}
        {state === 'partial' && button('Resume download', 'speaker-models-download-button', () => act('speakers:downloadModels'))}
        {state === 'installed' && !status.inUse && button('Use the downloaded models', 'speaker-models-download-button', () => act('speakers:downloadModels'))}
        {state === 'downloading' && button('Cancel', 'speaker-models-cancel', () => act('speakers:cancelDownload'), 'danger-outline')}
      </div>
      <ErrorMessage testId="speaker-models-download-error">{download.problem ?? status.error}</ErrorMessage>
    </div>
  );
}
