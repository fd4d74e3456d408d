import type { AnnotationCommand, Annotations } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { turnAt } from '../../../shared/domain/timeline';
import { removeTagsCommands } from '../../../shared/domain/chains';

/** The reviewer's marks that sit on one turn, by collection (ids). */
export type TurnMarkIds = { tags: string[]; followUps: string[]; comments: string[]; moments: string[] };

const NOUNS: Record<keyof TurnMarkIds, [string, string]> = {
  tags: ['pain tag', 'pain tags'],
  followUps: ['missed follow-up', 'missed follow-ups'],
  comments: ['comment', 'comments'],
  moments: ['moment', 'moments'],
};
const ORDER = Object.keys(NOUNS) as (keyof TurnMarkIds)[];

/**
 * Marks whose span starts inside the turn: the turn playing at the mark's start, as the rows group them
 * (tags, follow-ups, comments at their span or point in time, moments).
 */
export function marksOnTurn(a: Annotations, turns: readonly Turn[], turn: Turn): TurnMarkIds {
  const on = (time: number) => turns[turnAt(turns, time)]?.id === turn.id;
  return {
    tags: a.tags.filter((t) => on(t.span.start)).map((t) => t.id),
    followUps: a.followUps.filter((f) => on(f.span.start)).map((f) => f.id),
    comments: a.comments.filter((c) => on(c.span?.start ?? c.at)).map((c) => c.id),
    moments: a.moments.filter((m) => on(m.span.start)).map((m) => m.id),
  };
}

export const markCount = (m: TurnMarkIds) => ORDER.reduce((n, k) => n + m[k].length, 0);

/** "This turn has 2 pain tags and 1 comment. Delete the turn and them?" — null when it has none. */
export function deleteQuestion(m: TurnMarkIds): string | null {
  const parts = ORDER.filter((k) => m[k].length > 0).map((k) => `${m[k].length} ${NOUNS[k][m[k].length === 1 ? 0 : 1]}`);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  const only = ORDER.find((k) => m[k].length > 0)!;
  const them = markCount(m) === 1 ? `its ${NOUNS[only][0]}` : 'them';
  return `This turn has ${list}. Delete the turn and ${them}?`;
}

/**
 * Removes the marks as one command; the tags by the one rule for removing tags (`removeTagsCommands`).
 */
export function removeMarksCommand(a: Annotations, m: TurnMarkIds): AnnotationCommand | null {
  if (markCount(m) === 0) return null;
  const others = ORDER.filter((k) => k !== 'tags').flatMap((collection) => m[collection].map((id): AnnotationCommand => ({ type: 'remove', collection, id })));
  const commands = [...removeTagsCommands(a, m.tags), ...others];
  return { type: 'batch', commands };
}
