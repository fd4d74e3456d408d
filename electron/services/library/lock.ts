import { readFile, realpath, rm, rmdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * One Call Review at a time per library folder, across processes and machines (a shared or synced
 * folder). proper-lockfile holds the lock: an atomic `mkdir` of `.call-review.lock`, whose mtime the holder
 * refreshes, so a holder that died or lost the folder is taken over once the mtime is older than `staleMs`.
 * Its lock is an empty folder and says nothing of who holds it, so the holder also writes
 * `.call-review.lock.json` (pid, host, since) for the message the next instance shows, and for the
 * same-machine check: a holder whose process is gone, or a lock copied along with the folder from
 * elsewhere, is taken over at once, without waiting.
 */
export const LOCK_DIR = '.call-review.lock';
export const OWNER_FILE = '.call-review.lock.json';
/** Long enough for a busy network share or a stalled event loop; short enough after another machine's crash. */
export const STALE_MS = 2 * 60_000;

/** `folder`: the real path the holder locked, so a copy of a library folder (lock included) is not taken for it. */
export type LockOwner = { pid: number; hostname: string; startedAt: string; folder?: string };

export type LockOptions = {
  staleMs?: number;
  /** Called when the lock is lost while held (another instance took it over after this one stalled). */
  onLost?: (owner: LockOwner | null) => void;
};

export type HeldLock = { release(): Promise<void> };

export type LockOutcome =
  | { kind: 'held'; lock: HeldLock }
  | { kind: 'busy'; owner: LockOwner | null }
  /** The folder can't hold a lock (read-only disk, no permission): opened as it is, writes say why they fail. */
  | { kind: 'unavailable' };

export async function lockLibrary(folder: string, options: LockOptions = {}): Promise<LockOutcome> {
  const lockDir = join(folder, LOCK_DIR);
  const ownerFile = join(folder, OWNER_FILE);
  const staleMs = options.staleMs ?? STALE_MS;

  const here = await realpath(folder).catch(() => folder);
  const before = await readOwner(ownerFile);
  // An abandoned lock that can't be removed (a read-only folder holding a copied lock) holds nobody.
  const cleared =
    before && abandonedHere(before, here)
      ? await rmdir(lockDir).then(
          () => true,
          (e: NodeJS.ErrnoException) => e.code === 'ENOENT',
        )
      : true;

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, {
      lockfilePath: lockDir,
      realpath: false,
      stale: staleMs,
      update: Math.max(1000, staleMs / 4),
      retries: 0,
      // The default throws from a timer, which would take the app down.
      onCompromised: () => void readOwner(ownerFile).then((owner) => options.onLost?.(owner)),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED' && cleared) return { kind: 'busy', owner: await readOwner(ownerFile) };
    return { kind: 'unavailable' };
  }

  const me: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), folder: here };
  await writeFile(ownerFile, JSON.stringify(me)).catch(() => {}); // only for the message: the lock holds without it
  let released = false;
  return {
    kind: 'held',
    lock: {
      async release() {
        if (released) return;
        released = true;
        await rm(ownerFile, { force: true }).catch(() => {});
        await release().catch(() => {}); // already lost or removed: nothing left to release
      },
    },
  };
}

/** What the user reads when another instance holds the library. */
export function lockedMessage(owner: LockOwner | null): string {
  const who = owner
    ? `on ${owner.hostname === hostname() ? 'this computer' : owner.hostname} (since ${new Date(owner.startedAt).toLocaleString()})`
    : 'on another computer';
  return `This library is open in Call Review ${who}, so it is open here read-only: changes can't be saved. Close it there, then open the folder again from Settings.`;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const raw: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof raw !== 'object' || raw === null) return null;
    const { pid, hostname: host, startedAt, folder } = raw as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return { pid, hostname: host, startedAt, ...(typeof folder === 'string' ? { folder } : {}) };
  } catch {
    return null; // missing or half-written: the lock's mtime still decides
  }
}

/** The holder ran on this machine and its process is gone (it crashed or was killed), or it locked another folder (this one is a copy). */
function abandonedHere(owner: LockOwner, folder: string): boolean {
  if (owner.hostname !== hostname()) return false;
  if (owner.folder !== undefined && owner.folder !== folder) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: alive, another user's
  }
}
