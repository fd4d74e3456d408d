import type { AnnotationCommand, Annotations } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { turnAt } from '../../../shared/domain/timeline';

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
 * Removes the marks as one command. A chain left without tags goes too (as untagging a symptom does),
 * and a surviving deeper pain that drilled into a removed tag drills into that tag's own parent instead.
 */
export function removeMarksCommand(a: Annotations, m: TurnMarkIds): AnnotationCommand | null {
  if (markCount(m) === 0) return null;
  const removed = new Set(m.tags);
  const parentOf = new Map(a.tags.map((t) => [t.id, t.parentId]));
  const survivingParent = (id: string | null): string | null => {
    let at = id;
    while (at !== null && removed.has(at)) at = parentOf.get(at) ?? null;
    return at;
  };
  const commands: AnnotationCommand[] = ORDER.flatMap((collection) => m[collection].map((id): AnnotationCommand => ({ type: 'remove', collection, id })));
  for (const t of a.tags) {
    if (removed.has(t.id) || t.parentId === null || !removed.has(t.parentId)) continue;
    commands.push({ type: 'put', collection: 'tags', item: { ...t, parentId: survivingParent(t.parentId) } });
  }
  for (const chain of a.chains) {
    const tags = a.tags.filter((t) => t.chainId === chain.id);
    if (tags.length > 0 && tags.every((t) => removed.has(t.id))) commands.push({ type: 'remove', collection: 'chains', id: chain.id });
  }
  return { type: 'batch', commands };
}
