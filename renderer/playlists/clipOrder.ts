/** A playlist's order changed by hand: moving one clip, by a drag or by a key. */

/** The ids with the one at `from` moved to `to` (both clamped to the list); the same order when nothing moves. */
export function moveTo<T>(ids: readonly T[], from: number, to: number): T[] {
  const next = [...ids];
  if (from < 0 || from >= ids.length) return next;
  const target = Math.min(ids.length - 1, Math.max(0, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

/** The order with `id` moved one place up (−1) or down (+1); null when it is already at that end (or absent). */
export function moveBy<T>(ids: readonly T[], id: T, step: 1 | -1): T[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = from + step;
  if (to < 0 || to >= ids.length) return null;
  return moveTo(ids, from, to);
}

/** Whether two orders are the same (a drop where it started saves nothing). */
export const sameOrder = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
