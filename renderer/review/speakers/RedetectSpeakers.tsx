import { useId, useState } from 'react';
import { call } from '../../ui/bridge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { SpeakerCountSelect } from './SpeakerCountSelect';

/**
 * Detects a mono call's speakers again from the voices kept at transcription: found automatically or
 * the count the reviewer knows. Seconds, no new transcription; turns whose speaker was set by hand keep it.
 */
export function RedetectSpeakers({ callId, initialCount, onChanged }: { callId: string; initialCount: number | null; onChanged: () => void }) {
  const [count, setCount] = useState<number | null>(initialCount);
  const [found, setFound] = useState<number | null>(null);
  const { busy, error, run } = useAction();
  const countId = useId();

  const redetect = () =>
    void run(async () => {
      setFound(null);
      const { speakerCount } = await call('speakers:redetect', { callId, count });
      setFound(speakerCount);
      onChanged();
    });

  return (
    <div className="redetect-speakers" data-testid="redetect-speakers">
      <label htmlFor={countId}>Speakers</label>
      <SpeakerCountSelect id={countId} testId="redetect-count" value={count} disabled={busy} onChange={setCount} />
      <button type="button" className="button" data-testid="redetect-button" onClick={redetect} disabled={busy}>
        {busy ? 'Detecting…' : 'Re-detect speakers'}
      </button>
      {found !== null && (
        <span className="muted" role="status" data-testid="redetect-result">
          {found === 1 ? 'Found 1 speaker' : `Found ${found} speakers`}; turns you set by hand kept theirs.
        </span>
      )}
      <ErrorMessage testId="redetect-error">{error}</ErrorMessage>
    </div>
  );
}
