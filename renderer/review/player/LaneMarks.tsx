import type { Comment, FollowUp } from '../../../shared/domain/annotations';
import { commentTime, reasonLabel } from '../marks/marks';
import { usePlayer } from './usePlayback';
import { formatTimestamp } from '../../ui/format';

type Props = { followUps: readonly FollowUp[]; comments: readonly Comment[]; duration: number };

const percent = (seconds: number, duration: number) => `${(100 * Math.max(0, seconds)) / duration}%`;

/**
 * The lane's bottom band: one region per missed follow-up, and per comment a region over its turn or a
 * thin marker at its point in time. Drawn in that order of layers: turn comments, follow-ups, then
 * point comments, so a thin marker stays visible over a follow-up's region.
 * Clicking one plays from where it starts; the panels' lists are the keyboard way to them.
 */
export function LaneMarks({ followUps, comments, duration }: Props) {
  const { controls } = usePlayer();
  const commentMark = (c: Comment) => {
    const at = commentTime(c);
    const label = `Comment by ${c.author || 'someone'} at ${formatTimestamp(at)}`;
    return (
      <button
        key={c.id}
        type="button"
        tabIndex={-1}
        className={c.span ? 'lane-mark lane-comment' : 'lane-mark lane-comment point'}
        data-testid="lane-comment"
        data-comment-id={c.id}
        title={`${label}: ${c.text}`}
        aria-label={label}
        style={{ left: percent(at, duration), width: c.span ? percent(c.span.end - c.span.start, duration) : undefined }}
        onClick={() => controls.seek(at)}
      />
    );
  };
  return (
    <>
      {comments.filter((c) => c.span).map(commentMark)}
      {followUps.map((f) => (
        <button
          key={f.id}
          type="button"
          tabIndex={-1}
          className="lane-mark lane-follow-up"
          data-testid="lane-follow-up"
          data-follow-up-id={f.id}
          title={`Missed follow-up · ${reasonLabel(f.reason)} · ${formatTimestamp(f.span.start)}`}
          aria-label={`Missed follow-up at ${formatTimestamp(f.span.start)}`}
          style={{ left: percent(f.span.start, duration), width: percent(f.span.end - f.span.start, duration) }}
          onClick={() => controls.seek(f.span.start)}
        />
      ))}
      {comments.filter((c) => !c.span).map(commentMark)}
    </>
  );
}
