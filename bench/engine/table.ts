/** A plain text table: a header row, a rule, then the rows; columns listed in `right` are right-aligned (numbers). */
export function printColumns(headers: string[], rows: string[][], right: ReadonlySet<number>): void {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd();
  console.log(line(headers));
  console.log(`  ${'-'.repeat(widths.reduce((a, b) => a + b + 2, -2))}`);
  for (const row of rows) console.log(line(row));
}
