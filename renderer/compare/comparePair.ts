/** Two calls picked to compare: the picker keeps at most two, and the older call is always A. */

/** Ticks or unticks a call; a third pick is refused (the caller disables it), so a pick never moves silently. */
export function togglePick(picked: readonly string[], callId: string): string[] {
  if (picked.includes(callId)) return picked.filter((id) => id !== callId);
  return picked.length >= 2 ? [...picked] : [...picked, callId];
}

type Dated = { id: string; recordedAt: string };

/** The compare route for two picked calls: A the earlier recording, B the later, so B's deltas read as progress. */
export function comparePair(picked: readonly string[], calls: readonly Dated[]): { a: string; b: string } | null {
  if (picked.length !== 2) return null;
  const found = picked.map((id) => calls.find((c) => c.id === id));
  if (found.some((c) => !c)) return null;
  const [x, y] = found as [Dated, Dated];
  return Date.parse(x.recordedAt) <= Date.parse(y.recordedAt) ? { a: x.id, b: y.id } : { a: y.id, b: x.id };
}

/** What the picker says: how many more to tick. */
export function pickHint(count: number): string {
  if (count === 0) return 'Tick two calls to compare them side by side.';
  if (count === 1) return '1 call ticked: tick one more to compare.';
  return '2 calls ticked.';
}
