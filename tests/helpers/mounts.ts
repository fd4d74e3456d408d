import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small or read-only file system (tmpfs), so "disk full" and "read-only folder" are the
 * kernel's own errors. Needs root (as on CI); returns null with the reason printed otherwise.
 */
export function mountTmpfs(sizeKb: number): { path: string; makeReadOnly: () => void; unmount: () => void } | null {
  const path = mkdtempSync(join(tmpdir(), 'cr-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', path], { stdio: 'pipe' });
  } catch (e) {
    console.log(`skipped: cannot mount a tmpfs here (${(e as Error).message.split('\n')[0]})`);
    rmSync(path, { recursive: true, force: true });
    return null;
  }
  return {
    path,
    makeReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', path]),
    unmount: () => {
      execFileSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
