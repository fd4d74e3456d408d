import { PAIN_LEVEL_NAMES } from '../../shared/domain/annotations';
import type { SpeakerRole } from '../../shared/domain/call';
import type { ClipTurn } from '../../shared/domain/clip';
import { KIND_LABELS } from '../review/suggestions/suggestionsByTurn';
import { formatTimestamp } from '../ui/format';

const ROLE_LABELS: Record<SpeakerRole, string | null> = { rep: 'Rep', prospect: 'Prospect', other: 'Other', unknown: null };

/** A clip's turn's marks, in the Review view's badge styles and names. */
function TurnBadges({ turn }: { turn: ClipTurn }) {
  if (turn.painLevels.length === 0 && !turn.missedFollowUp && turn.moments.length === 0) return null;
  return (
    <span className="tag-badges">
      {turn.painLevels.map((level) => (
        <span key={level} className={`tag-badge level-${level}`} data-testid="clip-tag-badge" data-level={level}>
          {PAIN_LEVEL_NAMES[level]}
        </span>
      ))}
      {turn.missedFollowUp && (
        <span className="mark-badge follow-up" data-testid="clip-follow-up-badge">
          Missed follow-up
        </span>
      )}
      {turn.moments.map((kind) => (
        <span key={kind} className={`mark-badge moment-badge kind-${kind}`} data-testid="clip-moment-badge" data-kind={kind}>
          {KIND_LABELS[kind]}
        </span>
      ))}
    </span>
  );
}

type Props = {
  turns: readonly ClipTurn[];
  /** The turn being spoken now, −1 for none. */
  active: number;
  /** Plays from the turn's start (kept within the clip). */
  onSeek: (time: number) => void;
};

/** The current clip's transcript: who spoke, what they said and its marks; the turn being spoken is highlighted. */
export function ClipTranscript({ turns, active, onSeek }: Props) {
  if (turns.length === 0) {
    return (
      <p className="muted clip-transcript-empty" data-testid="clip-transcript-empty">
        No transcript for this part of the call.
      </p>
    );
  }
  return (
    <ol className="clip-transcript" aria-label="Clip transcript" data-testid="clip-transcript">
      {turns.map((turn, i) => {
        const role = ROLE_LABELS[turn.role];
        return (
          <li
            key={`${turn.start}:${i}`}
            className={`clip-turn role-${turn.role}${i === active ? ' active' : ''}`}
            data-testid="clip-turn"
            data-active={i === active}
            aria-current={i === active ? 'true' : undefined}
          >
            <div className="clip-turn-head">
              <button type="button" className="clip-turn-time" onClick={() => onSeek(turn.start)} title="Play from here">
                {formatTimestamp(turn.start)}
              </button>
              <span className="clip-turn-speaker">{turn.speaker}</span>
              {role && <span className="clip-turn-role muted">{role}</span>}
              <TurnBadges turn={turn} />
            </div>
            <p className="clip-turn-text">{turn.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
