import { useState } from 'react';
import type { Speaker } from '../../../shared/domain/call';
import { call } from '../../ui/bridge';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

type Props = { callId: string; speaker: Speaker; mono: boolean };

/**
 * "Remember voice…": asks the user's consent, saying what is kept and where, then keeps the speaker's voice
 * under their name. On a mono call the profile learns from the turns as they are, so the dialog asks for
 * them to be checked first.
 */
export function RememberVoice({ callId, speaker, mono }: Props) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const remember = () =>
    run(async () => {
      const profile = await call('voices:enrol', { callId, speakerId: speaker.id });
      setAsking(false);
      setDone(
        profile.sources.length > 1
          ? `${profile.name}’s voice now comes from ${profile.sources.length} calls.`
          : `${profile.name}’s voice is remembered: mono calls will name them.`,
      );
    });

  return (
    <>
      <button
        type="button"
        className="button small quiet"
        data-testid="remember-voice"
        aria-label={`Remember ${speaker.name}’s voice`}
        onClick={() => {
          setDone(null);
          setAsking(true);
        }}
      >
        Remember voice…
      </button>
      {done && (
        <p className="success-message" role="status" data-testid="remember-voice-done">
          {done}
        </p>
      )}
      {asking && (
        <Dialog title={`Remember ${speaker.name}’s voice?`} onClose={() => !busy && setAsking(false)} testId="remember-voice-dialog">
          <p className="dialog-message">
            Call Review will keep a profile of how {speaker.name} sounds — numbers from the speaker model, not a recording — in this library’s folder only, and
            use it to name {speaker.name} on mono calls. Ask {speaker.name} first if it is not you. You can delete it in Settings at any time.
          </p>
          {mono && <p className="dialog-message">It learns from the turns given to {speaker.name} in this call: check that they are all theirs first.</p>}
          <ErrorMessage testId="remember-voice-error">{error}</ErrorMessage>
          <div className="dialog-actions">
            <button type="button" className="button" data-testid="remember-voice-cancel" disabled={busy} onClick={() => setAsking(false)}>
              Cancel
            </button>
            <button type="button" className="button primary" data-testid="remember-voice-ok" disabled={busy} onClick={() => void remember()}>
              {busy ? 'Listening…' : 'Remember voice'}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
