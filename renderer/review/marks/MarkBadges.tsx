import type { TurnMarks } from './marksByTurn';
import { reasonLabel } from './marks';

/** A turn's missed follow-up and how many comments it has, as small badges beside its tags. */
export function MarkBadges({ marks }: { marks: TurnMarks }) {
  const { followUps, comments } = marks;
  if (followUps.length === 0 && comments.length === 0) return null;
  const count = comments.length;
  return (
    <span className="mark-badges">
      {followUps.map((f) => (
        <span key={f.id} className="mark-badge follow-up" data-testid="follow-up-badge" data-follow-up-id={f.id} title={reasonLabel(f.reason)}>
          Missed follow-up
        </span>
      ))}
      {count > 0 && (
        <span className="mark-badge comments" data-testid="comment-badge" data-count={count} title={`${count} comment${count === 1 ? '' : 's'}`}>
          {count === 1 ? '1 comment' : `${count} comments`}
        </span>
      )}
    </span>
  );
}
