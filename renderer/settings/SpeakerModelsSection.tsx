import type { SpeakerModelKind, SpeakerModelsInfo } from '../../shared/domain/speakerModels';
import { call } from '../ui/bridge';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAction } from '../ui/useAction';
import { useLiveQuery } from '../ui/useLiveQuery';
import { SpeakerModelsDownload } from './SpeakerModelsDownload';
import { useSpeakerModelsDownload } from './useSpeakerModelsDownload';

const MODELS: { kind: SpeakerModelKind; title: string; hint: string }[] = [
  { kind: 'segmentation', title: 'Who speaks when', hint: 'pyannote segmentation 3.0, as sherpa-onnx exports it (model.onnx; not the int8 file)' },
  { kind: 'embedding', title: 'Whose voice', hint: '3D-Speaker CAM++ speaker embedding, as sherpa-onnx exports it (.onnx)' },
];

/**
 * Settings: the two models that tell the speakers of a mono call apart, on this computer, downloaded in
 * one go or chosen on disk. With both set, transcribing a one-channel recording also detects who spoke when.
 */
export function SpeakerModelsSection() {
  // Speaker models live in the settings, not the library: a library change says nothing about them.
  const { data: info, error: loadError, set, reload } = useLiveQuery(() => call('speakers:modelsInfo', {}), [], { refetchOnLibraryChange: false });
  const download = useSpeakerModelsDownload(reload);
  const downloading = download.progress !== null || download.status?.state === 'downloading';
  const { busy, error, run } = useAction();
  const act = (work: () => Promise<SpeakerModelsInfo>) => void run(async () => set(await work()));

  return (
    <section className="card settings-section" aria-labelledby="speaker-models-heading" data-testid="speaker-models-section">
      <h2 id="speaker-models-heading" className="card-title">
        Speaker detection
      </h2>
      <ErrorMessage>{loadError?.message ?? null}</ErrorMessage>
      {info && (
        <p className={info.ready ? 'status-ready' : 'muted'} data-testid="speaker-models-status">
          {info.ready
            ? 'Ready: one-channel calls are split into speakers when they are transcribed.'
            : 'Not set up: one-channel calls change speaker at each pause, for you to correct.'}
        </p>
      )}
      {info?.problem && <ErrorMessage testId="speaker-models-problem">{info.problem}</ErrorMessage>}
      {info && (!info.ready || downloading) && <SpeakerModelsDownload download={download} />}
      {info && (
        <ul className="speaker-models">
          {MODELS.map(({ kind, title, hint }) => (
            <li key={kind} data-testid={`speaker-model-${kind}`}>
              <p className="speaker-model-title">{title}</p>
              <div className="speaker-model-file">
                {info[kind] ? <code className="folder-path">{info[kind]}</code> : <span className="muted">Not chosen ({hint})</span>}
                <button type="button" className="button" disabled={busy || downloading} onClick={() => act(() => call('speakers:chooseModelFile', { kind }))}>
                  Choose file…
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {info && (info.segmentation || info.embedding) && (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => act(() => call('speakers:clearModels', {}))}>
            Stop detecting speakers
          </button>
        </div>
      )}
      <ErrorMessage testId="speaker-models-error">{error}</ErrorMessage>
      <p className="note">
        Runs on this computer; nothing is uploaded. Offline? Choose the two files instead. Stereo calls and per-speaker tracks need no models: each channel or
        track is a speaker.
      </p>
    </section>
  );
}
