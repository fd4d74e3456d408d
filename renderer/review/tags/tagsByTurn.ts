import type { PainTag } from '../../../shared/domain/annotations';
import type { Turn } from '../../../shared/domain/transcript';
import { turnOfTag } from './tagging';

export type TagsByTurn = ReadonlyMap<string, readonly PainTag[]>;

export const NO_TAGS: readonly PainTag[] = [];

const sameTags = (x: readonly PainTag[], y: readonly PainTag[]) => x.length === y.length && x.every((t, i) => t === y[i]);

/**
 * Groups tags by the turn they sit on, reusing the previous grouping's array for every turn whose tags
 * did not change: rows are memoized on that array, so tagging one turn re-renders one row, not all.
 * (applyCommand keeps untouched tag objects, so identity comparison is enough.)
 */
export function groupTagsByTurn(turns: readonly Turn[], tags: readonly PainTag[], previous: TagsByTurn): TagsByTurn {
  const fresh = new Map<string, PainTag[]>();
  for (const tag of tags) {
    const turn = turnOfTag(turns, tag);
    if (!turn) continue;
    const list = fresh.get(turn.id);
    if (list) list.push(tag);
    else fresh.set(turn.id, [tag]);
  }
  const result = new Map<string, readonly PainTag[]>();
  for (const [turnId, list] of fresh) {
    list.sort((x, y) => x.level - y.level);
    const before = previous.get(turnId);
    result.set(turnId, before && sameTags(before, list) ? before : list);
  }
  return result;
}
