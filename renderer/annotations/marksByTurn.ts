import type { Comment, FollowUp } from '../../shared/domain/annotations';
import type { Turn } from '../../shared/domain/transcript';
import { commentTime, turnAtTime } from './marks';

/** A turn's missed follow-ups and comments, as its row shows them. */
export type TurnMarks = { followUps: readonly FollowUp[]; comments: readonly Comment[] };
export type MarksByTurn = ReadonlyMap<string, TurnMarks>;

export const NO_MARKS: TurnMarks = { followUps: [], comments: [] };

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
): MarksByTurn {
  const fresh = new Map<string, { followUps: FollowUp[]; comments: Comment[] }>();
  const entry = (turnId: string) => {
    let marks = fresh.get(turnId);
    if (!marks) fresh.set(turnId, (marks = { followUps: [], comments: [] }));
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
  const result = new Map<string, TurnMarks>();
  for (const [turnId, marks] of fresh) {
    const before = previous.get(turnId);
    result.set(turnId, before && same(before.followUps, marks.followUps) && same(before.comments, marks.comments) ? before : marks);
  }
  return result;
}
