import { useId } from 'react';
import { call } from '../../ui/bridge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { SpeakerCountSelect } from './SpeakerCountSelect';

/**
 * Before a mono call is transcribed: how many people speak in it, if the user knows (the voices are then
 * split into that many); found from the voices otherwise.
 */
export function SpeakerCountField({ callId, count, onChanged }: { callId: string; count: number | null; onChanged: () => void }) {
  const { busy, error, run } = useAction();
  const id = useId();
  const save = (next: number | null) =>
    void run(async () => {
      await call('calls:setSpeakerCount', { callId, count: next });
      onChanged();
    });
  return (
    <div className="speaker-count" data-testid="speaker-count-field">
      <label htmlFor={id}>People speaking</label>
      <SpeakerCountSelect id={id} testId="speaker-count" value={count} disabled={busy} onChange={save} />
      <p className="note">Used when the call is transcribed; you can detect the speakers again afterwards.</p>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}
