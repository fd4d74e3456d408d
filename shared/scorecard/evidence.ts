/**
 * What every scorecard figure carries: its value plus the moments that produced it, so a coach can click
 * a number and hear why it is what it is. Plain data only: a scorecard is saved, sent and charted as JSON.
 */
export type Evidence = { start: number; end: number; label: string };
export type Figure<T = number | null> = { value: T; evidence: Evidence[] };

type Spanned = { start: number; end: number };

export const evidence = (span: Spanned, label: string): Evidence => ({ start: span.start, end: span.end, label });

/** Whether two spans share a moment. Inclusive, so a point mark (start = end) on a span's edge counts. */
export const overlaps = (a: Spanned, b: Spanned): boolean => a.start <= b.end && b.start <= a.end;

/**
 * The union of intervals as sorted, disjoint intervals. Overlapping speech is counted once: two turns of
 * one side that overlap (split turns, two prospects talking at once) are not twice the talk time.
 */
export function unionOf(intervals: readonly Spanned[]): Spanned[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Spanned[] = [];
  for (const i of sorted) {
    const last = merged.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else merged.push({ start: i.start, end: i.end });
  }
  return merged;
}

export const lengthOf = (intervals: readonly Spanned[]): number => intervals.reduce((sum, i) => sum + (i.end - i.start), 0);

/** Median of the values (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Share of `part` in `whole`, null when there is nothing to share (never a silent 0). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Rounds away float noise (0.30000000000000004) so figures compare and print as people expect. */
export const round = (x: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** "m:ss", for labels and the formula text. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
