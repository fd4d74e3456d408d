import { lstatSync, readdirSync, utimesSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every entry under `root` (not following links): its kind, size, and modification and access times. */
export function snapshot(root: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (skip(path)) continue;
      const info = lstatSync(path);
      const kind = info.isDirectory() ? 'dir' : info.isSymbolicLink() ? 'link' : 'file';
      // A folder's atime moves when it is listed; only a file's atime says it was read.
      const read = kind === 'file' ? ` read@${info.atimeMs}` : '';
      entries.set(relative(root, path), `${kind} ${info.size}B written@${info.mtimeMs}${read}`);
      if (kind === 'dir') walk(path);
    }
  };
  walk(root);
  return entries;
}

/** What differs between two snapshots, one line per entry. */
export function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [path, was] of before) {
    const now = after.get(path);
    if (now === undefined) lines.push(`removed ${path}`);
    else if (now !== was) lines.push(`changed ${path}: ${was} → ${now}`);
  }
  for (const path of after.keys()) if (!before.has(path)) lines.push(`added ${path}`);
  return lines;
}

/**
 * Sets every file's access time back to 2001, before its modification time, so that with `relatime`
 * (or strictatime) the next read of it moves its atime: a read shows up in the next snapshot.
 * Returns whether this file system does record reads (not with noatime).
 */
export function armReadDetection(root: string, probeFile: string, read: (path: string) => void): boolean {
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = lstatSync(path);
      if (info.isDirectory()) walk(path);
      else if (info.isFile()) utimesSync(path, new Date('2001-01-01'), info.mtime);
    }
  };
  walk(root);
  const before = lstatSync(probeFile).atimeMs;
  read(probeFile);
  const recorded = lstatSync(probeFile).atimeMs !== before;
  utimesSync(probeFile, new Date('2001-01-01'), lstatSync(probeFile).mtime);
  return recorded;
}

export const isUnder = (parent: string, path: string) => path === parent || path.startsWith(parent + sep);
