import type { Comment, FollowUp, Moment } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { commentTime, turnAtTime } from './marks';

/** A turn's missed follow-ups, comments and door-opener/pitch moments, as its row shows them. */
export type TurnMarks = { followUps: readonly FollowUp[]; comments: readonly Comment[]; moments: readonly Moment[] };
export type MarksByTurn = ReadonlyMap<string, TurnMarks>;

export const NO_MARKS: TurnMarks = { followUps: [], comments: [], moments: [] };

const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((item, i) => item === y[i]);

/**
 * Groups follow-ups and comments by the turn they sit on (a comment at a point in time: the turn playing
 * then), reusing the previous grouping's object for every turn whose marks did not change: rows are
 * memoized on it, so marking one turn re-renders one row. applyCommand keeps untouched items, so
 * identity comparison is enough (as in tagsByTurn).
 */
export function groupMarksByTurn(
  turns: readonly Turn[],
  followUps: readonly FollowUp[],
  comments: readonly Comment[],
  previous: MarksByTurn,
  moments: readonly Moment[] = [],
): MarksByTurn {
  const fresh = new Map<string, { followUps: FollowUp[]; comments: Comment[]; moments: Moment[] }>();
  const entry = (turnId: string) => {
    let marks = fresh.get(turnId);
    if (!marks) fresh.set(turnId, (marks = { followUps: [], comments: [], moments: [] }));
    return marks;
  };
  for (const f of followUps) {
    const turn = turnAtTime(turns, f.span.start);
    if (turn) entry(turn.id).followUps.push(f);
  }
  for (const c of comments) {
    const turn = turnAtTime(turns, commentTime(c));
    if (turn) entry(turn.id).comments.push(c);
  }
  for (const m of moments) {
    const turn = turnAtTime(turns, m.span.start);
    if (turn) entry(turn.id).moments.push(m);
  }
  const result = new Map<string, TurnMarks>();
  for (const [turnId, marks] of fresh) {
    const before = previous.get(turnId);
    const unchanged = before && same(before.followUps, marks.followUps) && same(before.comments, marks.comments) && same(before.moments, marks.moments);
    result.set(turnId, unchanged ? before : marks);
  }
  return result;
}
