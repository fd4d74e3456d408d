import { useState } from 'react';
import { call, errorMessage } from '../bridge';
import type { ModelFile } from '../../shared/domain/models';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { ErrorMessage } from './ErrorMessage';
import { formatSize } from './format';
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

/** Settings: the whisper model transcription uses, and how many threads it may take. */
export function ModelsSection() {
  // Models don't live in the library: a library change says nothing about them.
  const { data: info, error: loadError, set } = useLiveQuery(() => call('models:info', {}), [], { refetchOnLibraryChange: false });
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
      <ErrorMessage>{loadError?.message}</ErrorMessage>
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
      <div className="button-row">
        <button type="button" className="button" data-testid="choose-model" onClick={() => void choose()} disabled={busy}>
          {busy ? 'Choosing…' : 'Choose model file…'}
        </button>
      </div>
      <ErrorMessage testId="model-error">{error}</ErrorMessage>
      {info && <ThreadsField threads={info.threads} threadsSetting={info.threadsSetting} onSaved={set} />}
      <p className="note">
        Transcription runs on this computer; nothing is uploaded. Choose a whisper.cpp model file (ggml-*.bin, such as
        ggml-base.en.bin) that is already on this computer; downloading models from the catalogue comes in a later
        version.
      </p>
    </section>
  );
}
