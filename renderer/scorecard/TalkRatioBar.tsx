import { TALK_RATIO_IDEAL, type Scorecard } from '../../shared/scorecard';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Who did the talking, as one bar: the rep's share against the prospect's, with our method's ideal marked. */
export function TalkRatioBar({ conversation }: { conversation: Scorecard['conversation'] }) {
  const ratio = conversation.talkTime.ratio.value;
  if (ratio === null) return null;
  return (
    <div className="talk-ratio" data-testid="talk-ratio-bar">
      <div className="talk-ratio-bar" role="img" aria-label={`The rep spoke ${pct(ratio)} of the time, the prospect ${pct(1 - ratio)}`}>
        <span className="talk-ratio-rep" style={{ width: pct(ratio) }} />
        <span className="talk-ratio-ideal" style={{ left: pct(TALK_RATIO_IDEAL) }} title={`Ideal: the rep at most ${pct(TALK_RATIO_IDEAL)}`} />
      </div>
      <div className="talk-ratio-legend">
        <span>
          <span className="swatch rep" aria-hidden="true" /> Rep {pct(ratio)}
        </span>
        <span className="muted">ideal ≤ {pct(TALK_RATIO_IDEAL)}</span>
        <span>
          Prospect {pct(1 - ratio)} <span className="swatch prospect" aria-hidden="true" />
        </span>
      </div>
    </div>
  );
}
