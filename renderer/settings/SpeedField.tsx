import { useState } from 'react';
import { call, errorMessage } from '../ui/bridge';
import type { ModelsInfo } from '../../shared/domain/models';
import { SPEED_CHOICES, TranscriptionSpeed, featureNames } from '../../shared/transcription/engineProfile';
import { ErrorMessage } from '../ui/ErrorMessage';

type Props = { info: ModelsInfo; onSaved: (info: ModelsInfo) => void };

/** "This computer: 8 cores, uses 7 threads (AVX2, FMA)". */
function machineLine({ machine, threads }: ModelsInfo): string {
  const features = featureNames(machine.features);
  const cores = `${machine.cores} ${machine.cores === 1 ? 'core' : 'cores'}`;
  return `This computer: ${cores}, uses ${threads} ${threads === 1 ? 'thread' : 'threads'}${features.length ? ` (${features.join(', ')})` : ''}`;
}

/** Where the last transcription ran, and why not on the GPU when the GPU failed (gpu.ts's fallback). */
function EngineDevice({ device }: { device: ModelsInfo['engineDevice'] }) {
  if (device.gpuFailure)
    return (
      <p className="muted" data-testid="engine-device">
        The graphics card could not be used ({device.gpuFailure}), so transcription runs on the processor until Call Review restarts.
      </p>
    );
  if (!device.device) return null;
  return (
    <p className="muted" data-testid="engine-device">
      {device.device === 'CPU' ? 'The last transcription ran on the processor.' : `The last transcription ran on the graphics card: ${device.device}.`}
    </p>
  );
}

/** Speed / Balanced / Accuracy: each maps to a measured whisper.cpp configuration (shared/transcription/engineProfile). */
export function SpeedField({ info, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; the saved one comes back with the answer (and stays if saving failed).
  const [pending, setPending] = useState<TranscriptionSpeed | null>(null);
  const shown = pending ?? info.speed;

  const choose = async (speed: TranscriptionSpeed) => {
    setError(null);
    setPending(speed);
    try {
      onSaved(await call('models:setSpeed', { speed }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="speed-field" data-testid="speed-field">
      <fieldset>
        <legend className="field-label">Transcription speed</legend>
        {TranscriptionSpeed.options.map((speed) => (
          <label key={speed} className="radio-line speed-choice">
            <input type="radio" name="transcription-speed" checked={shown === speed} onChange={() => void choose(speed)} data-testid={`speed-${speed}`} />
            <span>
              <span className="speed-label">{SPEED_CHOICES[speed].label}</span>
              <span className="muted speed-trade-off">{SPEED_CHOICES[speed].tradeOff}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted" data-testid="speed-machine">
        {machineLine(info)}
      </p>
      <p className="muted" data-testid="speed-why">
        {info.speedWhy}
      </p>
      <EngineDevice device={info.engineDevice} />
      <p className="note">
        Figures measured with the tiny.en model on a 2-minute sales call, word error counted against a commercial service&apos;s transcript. The 8-bit copy of
        the model is made once on this computer (a second for tiny, a few for larger models) and kept beside it.
      </p>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}
