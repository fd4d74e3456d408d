import { ErrorMessage } from '../ui/ErrorMessage';
import { formatMegabytes } from '../ui/format';
import { DownloadBar } from './CatalogueItemRow';
import { LearnedSuggestions } from './LearnedSuggestions';
import { useMeaning } from './useMeaning';

/**
 * Settings → Understanding by meaning: the on-device text model (all-MiniLM-L6-v2), downloaded in one go
 * or chosen on disk, and how far the calls' turns are read. Without it everything else works as before.
 */
export function MeaningSection() {
  const { info, download, work, problem, busy, act } = useMeaning();
  const state = info && (download && info.download.state !== 'installed' ? 'downloading' : info.download.state);
  const size = info ? `${formatMegabytes(info.download.totalBytes)} MB` : '';
  const button = (label: string, testId: string, onClick: () => void, kind = 'primary') => (
    <button type="button" className={`button small ${kind}`} data-testid={testId} disabled={busy} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <section className="card settings-section" aria-labelledby="meaning-heading" data-testid="meaning-section">
      <h2 id="meaning-heading" className="card-title">
        Understanding by meaning
      </h2>
      {info && (
        <p className={info.ready ? 'status-ready' : 'muted'} data-testid="meaning-status">
          {info.ready ? 'Ready: each call’s turns are read for their meaning on this computer.' : 'Not set up: suggestions and search use words only.'}
        </p>
      )}
      {info?.problem && <ErrorMessage testId="meaning-problem">{info.problem}</ErrorMessage>}
      {info?.ready && work?.state === 'embedding' && (
        <p className="muted" role="status" data-testid="meaning-work">
          Reading call {work.callsDone + 1} of {work.callsTotal}: {work.turnsDone} of {work.turnsTotal} turns
        </p>
      )}
      {info?.files && (
        <p className="speaker-model-file">
          <code className="folder-path" data-testid="meaning-model-path">
            {info.files.model}
          </code>
        </p>
      )}
      {info && (!info.ready || state === 'downloading') && (
        <div className="meaning-download" data-testid="meaning-download" data-state={state}>
          <p className="speaker-model-title">Download the model</p>
          <p className="muted catalogue-item-note">
            all-MiniLM-L6-v2 (Apache-2.0) as sentence-transformers publishes it, {size}, checked and kept in the app&apos;s models folder.
          </p>
          {state === 'downloading' && (
            <DownloadBar received={download?.receivedBytes ?? info.download.receivedBytes} total={download?.totalBytes ?? info.download.totalBytes} />
          )}
          {state === 'partial' && (
            <p className="muted catalogue-item-note" data-testid="meaning-paused">
              Paused at {formatMegabytes(info.download.receivedBytes)} of {size}
            </p>
          )}
          <div className="button-row">
            {state === 'available' && button(`Download (${size})`, 'meaning-download-button', () => act('meaning:download'))}
            {state === 'partial' && button('Resume download', 'meaning-download-button', () => act('meaning:download'))}
            {state === 'installed' && !info.download.inUse && button('Use the downloaded model', 'meaning-download-button', () => act('meaning:download'))}
            {state === 'downloading' && button('Cancel', 'meaning-cancel', () => act('meaning:cancelDownload'), 'danger-outline')}
          </div>
        </div>
      )}
      {info && state !== 'downloading' && (
        <div className="button-row">
          {button('Choose folder…', 'meaning-choose', () => act('meaning:chooseFolder'), '')}
          {(info.files || info.download.state !== 'available') && button('Remove the model', 'meaning-remove', () => act('meaning:remove'), 'danger-outline')}
        </div>
      )}
      <ErrorMessage testId="meaning-error">{problem ?? info?.download.error ?? null}</ErrorMessage>
      <LearnedSuggestions />
      <p className="note">
        Runs on this computer; nothing is uploaded, and suggestions learn from your accepts, dismissals and marks here only. Offline? Choose a folder holding
        model.onnx, tokenizer.json and tokenizer_config.json. Removing the model keeps what was already read.
      </p>
    </section>
  );
}
