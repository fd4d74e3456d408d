import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LOCK_DIR, OWNER_FILE } from '../../electron/services/library/lock';
import { SEARCH_INDEX_FILE } from '../../electron/services/search/service';

/**
 * Every file under a folder, by its path inside it, with the sha256 of its bytes. The folder lock (held by
 * whichever app has the library open) is not the library's content: a row's backend takes it over. Nor is
 * the search index: it is derived from the documents (brought up to date with them at each start, rebuilt
 * from them when damaged), so what a bad input must leave alone is the documents and recordings.
 */
export type Snapshot = Map<string, string>;

export async function snapshot(folder: string): Promise<Snapshot> {
  const files: Snapshot = new Map();
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const inside = relative(folder, path);
    if (inside === OWNER_FILE || inside.startsWith(LOCK_DIR) || inside.startsWith(SEARCH_INDEX_FILE)) continue;
    files.set(
      inside,
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return files;
}

/** What changed between two snapshots, each list sorted. */
export type Changes = { added: string[]; removed: string[]; changed: string[] };

export function compare(before: Snapshot, after: Snapshot): Changes {
  const added = [...after.keys()].filter((p) => !before.has(p)).sort();
  const removed = [...before.keys()].filter((p) => !after.has(p)).sort();
  const changed = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p)).sort();
  return { added, removed, changed };
}

export const unchanged = (c: Changes) => c.added.length + c.removed.length + c.changed.length === 0;

export function describeChanges(c: Changes): string {
  if (unchanged(c)) return 'unchanged';
  const parts = [...c.added.map((p) => `+${p}`), ...c.removed.map((p) => `-${p}`), ...c.changed.map((p) => `~${p}`)];
  return parts.join(' ');
}
