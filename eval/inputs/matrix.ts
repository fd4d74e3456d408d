import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountTmpfs } from '../../tests/helpers/mounts';
import { makeRow, seedLibrary, type Seen } from './env';
import { documentRows, importRows, modelRows, transcriptRows, type Row } from './rows';
import { wholeRecordings } from './samples';
import { compare, describeChanges, snapshot, unchanged } from './snapshot';

export type RowResult = {
  input: string;
  seen: Seen;
  /** What changed in the library folder, as `+added ~changed -removed`, or `unchanged`. */
  library: string;
  pass: boolean;
  /** Why the row failed or was skipped (empty when it passed). */
  why: string;
  skipped: boolean;
};

export const allRows = (recordings: Awaited<ReturnType<typeof wholeRecordings>>): Row[] => [
  ...importRows(recordings),
  ...modelRows(),
  ...transcriptRows(),
  ...documentRows(),
];

/** Runs each bad input through the real backend over a copy of a seeded library, and checks the library after. */
export async function runInputsMatrix(options: { onRow?: (result: RowResult) => void } = {}): Promise<RowResult[]> {
  const root = await mkdtemp(join(tmpdir(), 'inputs-proof-'));
  try {
    const recordingsDir = join(root, 'recordings');
    await mkdir(recordingsDir);
    const seed = await seedLibrary(join(root, 'seed'));
    const results: RowResult[] = [];
    for (const row of allRows(await wholeRecordings(recordingsDir))) {
      const result = await runRow(root, seed, row);
      options.onRow?.(result);
      results.push(result);
    }
    return results;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function runRow(root: string, seed: { folder: string; callId: string }, row: Row): Promise<RowResult> {
  const mount = row.mount ? mountTmpfs(row.mount.sizeKb) : null;
  if (row.mount && !mount) {
    return { input: row.input, seen: { code: null, message: '' }, library: '', pass: true, skipped: true, why: 'skipped: no tmpfs here (needs root)' };
  }
  const made = await makeRow(root, seed, mount ? join(mount.path, 'Library') : undefined);
  try {
    await row.prepare?.(made.library, made.callId);
    if (mount && row.mount?.readOnly === 'at start') mount.makeReadOnly();
    const before = await snapshot(made.library);
    const env = await made.open();
    if (mount && row.mount?.readOnly === 'once open') mount.makeReadOnly();
    const seen = await row.act(env);
    await env.backend.queue.idle();
    await env.backend.searchSettled(); // the search index has taken what changed
    const changes = compare(before, await snapshot(made.library));
    const why: string[] = [];
    if (seen.code !== row.expected.code) why.push(`code ${seen.code ?? 'none'}, expected ${row.expected.code ?? 'none'}`);
    if (!row.expected.message.test(seen.message)) why.push(`message does not match ${row.expected.message}`);
    const libraryOk = row.allows ? row.allows(changes, env) : unchanged(changes);
    if (!libraryOk) why.push('the library changed');
    return { input: row.input, seen, library: describeChanges(changes), pass: why.length === 0, why: why.join('; '), skipped: false };
  } finally {
    await made.close();
    mount?.unmount();
  }
}

/** The matrix as a plain-text table: one row per input, then the counts. */
export function formatMatrix(results: RowResult[]): string {
  const lines = results.map((r) => {
    const verdict = r.skipped ? 'SKIP' : r.pass ? 'pass' : 'FAIL';
    const shown = r.skipped ? r.why : `${r.seen.code ?? 'ok'}: ${r.seen.message}`;
    const library = r.library === 'unchanged' || r.skipped ? r.library : `changed: ${r.library}`;
    return [verdict, r.input, shown, library, r.pass ? '' : r.why];
  });
  const widths = [4, Math.max(...lines.map((l) => l[1]!.length))];
  const out = lines.map(
    (l) =>
      `${l[0]!.padEnd(widths[0]!)} | ${l[1]!.padEnd(widths[1]!)} | ${l[2]}\n${' '.repeat(widths[0]! + widths[1]! + 3)} | library: ${l[3]}${l[4] ? `\n${' '.repeat(widths[0]! + widths[1]! + 3)} | why: ${l[4]}` : ''}`,
  );
  const failed = results.filter((r) => !r.pass).length;
  const skipped = results.filter((r) => r.skipped).length;
  return `${out.join('\n')}\n\nrows ${results.length}, passed ${results.length - failed - skipped}, failed ${failed}, skipped ${skipped}`;
}
