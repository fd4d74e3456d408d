import { useEffect } from 'react';
import { estimateText, languagesText } from '../../shared/transcription/firstModel';
import { DownloadBar } from '../settings/CatalogueItemRow';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatMegabytes } from '../ui/format';
import { closeFirstModelRequest, useFirstModelRequest } from './firstModelRequest';
import { useFirstModel, type FirstModel } from './useFirstModel';

/** The app's one first-model dialog, open while a Transcribe pressed with no model waits for one. */
export function FirstModelHost() {
  const request = useFirstModelRequest();
  useEffect(() => closeFirstModelRequest, []);
  // Not keyed by the request: a second Transcribe only adds its call to the open dialog.
  return request ? <FirstModelDialog /> : null;
}

function ModelFacts({ model }: { model: FirstModel }) {
  const { choice, info } = model;
  if (!choice || !info) return null;
  return (
    <dl className="first-model-facts" data-testid="first-model-offer" data-model-id={choice.id}>
      <dt>Model</dt>
      <dd data-testid="first-model-name">
        {choice.id}
        {choice.recommended ? ' (recommended)' : ''}: {choice.note}
      </dd>
      <dt>Download</dt>
      <dd data-testid="first-model-size">{formatMegabytes(choice.bytes)} MB, once</dd>
      <dt>Languages</dt>
      <dd data-testid="first-model-languages">{languagesText(choice)}</dd>
      <dt>Time</dt>
      <dd data-testid="first-model-estimate">{estimateText(choice.id, info.machine.cores, info.speed)}</dd>
    </dl>
  );
}

/**
 * Transcribe pressed with no model: offers the model that suits this computer and the interface's
 * language, downloads it with progress (or takes a model file, for offline machines) and then starts
 * the transcription that was asked for. Cancel starts nothing; a cancelled download resumes later.
 */
export function FirstModelDialog() {
  const model = useFirstModel();
  const { stage, error, choice, info } = model;
  const downloading = stage.name === 'downloading';
  const working = downloading || stage.name === 'starting' || stage.name === 'loading';
  const primary = error?.retry
    ? { label: 'Retry', testId: 'first-model-retry', run: model.retry }
    : { label: choice ? `Download (${formatMegabytes(choice.bytes)} MB)` : 'Download', testId: 'first-model-download', run: model.download };

  return (
    <Dialog title="Transcription needs a model" onClose={model.cancel} testId="first-model-dialog" className="first-model-dialog">
      <p className="dialog-message">
        Calls are transcribed on this computer by a speech model, downloaded once. When it is ready, the transcription you asked for starts by itself.
      </p>
      {info?.problem && <p className="muted">{info.problem}</p>}
      <ModelFacts model={model} />
      {stage.name === 'loading' && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {downloading && <DownloadBar received={stage.receivedBytes} total={stage.totalBytes} />}
      {stage.name === 'starting' && (
        <p className="muted" role="status" data-testid="first-model-starting">
          Model ready. Starting the transcription…
        </p>
      )}
      <ErrorMessage testId="first-model-error">{error?.message ?? null}</ErrorMessage>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="first-model-choose-file" disabled={working} onClick={model.chooseFile}>
          Choose a model file…
        </button>
        <button type="button" className="button" data-testid="first-model-cancel" onClick={model.cancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          data-testid={primary.testId}
          disabled={working || (!choice && primary.testId === 'first-model-download')}
          onClick={primary.run}
        >
          {downloading ? 'Downloading…' : primary.label}
        </button>
      </div>
    </Dialog>
  );
}
