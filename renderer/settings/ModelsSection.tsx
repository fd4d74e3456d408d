import { useState } from 'react';
import { call, errorMessage } from '../ui/bridge';
import type { ModelFile } from '../../shared/domain/models';
import { useModels } from './useModels';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatSize } from '../ui/format';
import { ModelCatalogue } from './ModelCatalogue';
import { SpeedField } from './SpeedField';
import { ThreadsField } from './ThreadsField';

const sizeNames: Record<ModelFile['size'], string> = {
  tiny: 'Tiny',
  base: 'Base',
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  unknown: 'Unknown size',
};

function CurrentModel({ model }: { model: ModelFile }) {
  return (
    <dl className="details model-details" data-testid="model-current">
      <dt>Model</dt>
      <dd data-testid="model-name">{model.name}</dd>
      <dt>Kind</dt>
      <dd data-testid="model-kind">
        {sizeNames[model.size]} · {model.englishOnly ? 'English only' : 'Multilingual'} · {formatSize(model.sizeBytes)}
      </dd>
      <dt>File</dt>
      <dd>
        <code className="folder-path">{model.path}</code>
      </dd>
    </dl>
  );
}

/** Settings: the whisper model transcription uses (downloaded or chosen), its speed/accuracy choice, and how many threads it may take. */
export function ModelsSection() {
  const models = useModels();
  const { info, loadError, set } = models;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    setBusy(true);
    setError(null);
    try {
      set(await call('models:chooseFile', {}));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="models-heading" data-testid="models-section">
      <h2 id="models-heading" className="card-title">
        Transcription model
      </h2>
      <ErrorMessage>{loadError}</ErrorMessage>
      {info?.current && <CurrentModel model={info.current} />}
      {info?.problem && <ErrorMessage testId="model-problem">{info.problem}</ErrorMessage>}
      {info && !info.current && !info.problem && (
        <p className="muted" data-testid="model-none">
          No model chosen yet
        </p>
      )}
      {!info && !loadError && (
        <p className="loading" role="status">
          Loading…
        </p>
      )}
      <ModelCatalogue models={models} />
      <div className="button-row">
        <button type="button" className="button" data-testid="choose-model" onClick={() => void choose()} disabled={busy}>
          {busy ? 'Choosing…' : 'Choose model file…'}
        </button>
      </div>
      <ErrorMessage testId="model-error">{error}</ErrorMessage>
      {info && <SpeedField info={info} onSaved={set} />}
      {info && <ThreadsField threads={info.threads} threadsSetting={info.threadsSetting} onSaved={set} />}
      <p className="note">
        Transcription runs on this computer; nothing is uploaded. Download a model from the list (from the whisper.cpp project; each file is checked against its
        known checksum), or choose a whisper.cpp model file (ggml-*.bin) that is already on this computer.
      </p>
    </section>
  );
}
