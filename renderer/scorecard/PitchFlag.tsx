import type { Scorecard } from '../../shared/scorecard';
import { clock } from '../../shared/scorecard/evidence';

/** The clear verdict on pitch timing: a warning when the pitch came before the pain, a note when it did not. */
export function PitchFlag({ pitch }: { pitch: Scorecard['pitch'] }) {
  const pitchAt = pitch.firstPitchAt.value;
  const painAt = pitch.firstPersonalPainAt.value;
  if (pitch.pitchedBeforePain.value) {
    return (
      <p className="scorecard-flag warning" role="note" data-testid="pitch-flag" data-flag="pitched-first">
        <strong>Pitched before the pain.</strong>{' '}
        {painAt === null
          ? `The rep pitched at ${clock(pitchAt ?? 0)} and no personal stakes were found.`
          : `The first pitch at ${clock(pitchAt ?? 0)} came before the first personal stakes at ${clock(painAt)}.`}
      </p>
    );
  }
  if (pitchAt !== null && painAt !== null) {
    return (
      <p className="scorecard-flag good" data-testid="pitch-flag" data-flag="pain-first">
        <strong>Pain first.</strong> Personal stakes at {clock(painAt)}, the first pitch after them at {clock(pitchAt)}.
      </p>
    );
  }
  return null;
}
