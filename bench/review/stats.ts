/** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 1 : 0)} ms` : 'n/a');

export type Row = { figure: string; value: string; goal: string; missed: boolean | null };

/** Figure, value, goal and MISSED for the ones over their goal (null: no goal, nothing to miss). */
export function printTable(rows: Row[]): void {
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => [r.figure, r.value, r.goal][c]!.length)));
  const line = (cells: string[], mark: string) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('   ')}   ${mark}`.trimEnd();
  console.log(line(['figure', 'measured', 'goal'], ''));
  console.log(`  ${'-'.repeat(widths.reduce((a, b) => a + b + 3, 0) + 6)}`);
  for (const r of rows) console.log(line([r.figure, r.value, r.goal], r.missed === null ? '' : r.missed ? 'MISSED' : 'ok'));
}
