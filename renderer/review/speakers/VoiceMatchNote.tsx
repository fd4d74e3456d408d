import type { Speaker } from '../../../shared/domain/call';
import { VOICE_MATCH_THRESHOLD } from '../../../shared/speakers/profiles';
import { call } from '../../ui/bridge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

type Props = { callId: string; speaker: Speaker; onChanged: () => void };

/** Says that a speaker was named from a voice profile, how close the voices are, and takes it back in one click. */
export function VoiceMatchNote({ callId, speaker, onChanged }: Props) {
  const { busy, error, run } = useAction();
  const match = speaker.voiceMatch;
  if (match?.status !== 'applied') return null;
  const undo = () =>
    run(async () => {
      await call('voices:undoMatch', { callId, speakerId: speaker.id });
      onChanged();
    });
  return (
    <div className="voice-match" data-testid="voice-match">
      <span className="muted" title={`Cosine similarity of this voice to the profile (1 is identical; a profile names a voice from ${VOICE_MATCH_THRESHOLD})`}>
        Named by voice · {Math.round(match.similarity * 100)} % alike
      </span>
      <button type="button" className="button small quiet" data-testid="voice-match-undo" disabled={busy} onClick={() => void undo()}>
        Not {speaker.name}
      </button>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}
