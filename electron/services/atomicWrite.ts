import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsError } from './fsErrors';

/**
 * The one way a document reaches the disk (call, transcript, index, settings, voices, peaks, exports):
 * the data goes to a temporary file in the same folder (same disk, so the rename is atomic), which is
 * fsynced, then renamed over the target, then the folder is fsynced so the rename itself survives a power
 * cut. A reader sees the old file or the whole new one, never part of one. On failure the temporary file
 * is removed and the target is untouched.
 *
 * Hand-written rather than npm `write-file-atomic`: that library fsyncs the file but not the folder (the
 * step that makes the rename durable), and it installs signal handlers in the process, which the Electron
 * main process should not get from a file writer.
 *
 * `backup`: before the rename, the current file (the last good version) becomes this path, by a hard link
 * (no copy) or, where the disk has none (FAT, some network shares), a copy.
 */
export async function writeFileAtomic(path: string, data: string | NodeJS.ArrayBufferView, options: { backup?: string } = {}): Promise<void> {
  await serialised(path, async () => {
    // A fixed temporary name: writes to one path are serialised here, and a temp file left by a crash is
    // reused by the next write instead of piling up.
    const temp = join(dirname(path), `.${basename(path)}.tmp`);
    try {
      const file = await open(temp, 'w');
      try {
        await file.writeFile(typeof data === 'string' ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        await file.sync();
      } finally {
        await file.close();
      }
      if (options.backup) await keepPrevious(path, options.backup);
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw e;
    }
    await syncFolder(dirname(path));
  });
}

/** Makes the current file at `path`, if any, the backup: atomically replaces the previous backup. */
async function keepPrevious(path: string, backup: string): Promise<void> {
  const temp = join(dirname(backup), `.${basename(backup)}.tmp`);
  await rm(temp, { force: true });
  try {
    await link(path, temp);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // no current version yet: nothing to keep
    await copyFile(path, temp);
  }
  await rename(temp, backup);
}

/**
 * Makes the renames done in a folder durable. Windows can't open a folder to flush it (and NTFS journals
 * renames itself), so it is skipped there; a file system that can't flush a folder (EINVAL on some network
 * and FUSE mounts) has already done all it can.
 */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw e;
  } finally {
    await handle?.close();
  }
}

/** One write at a time per file, in the order asked: the last write asked for is the one that stays. */
const pending = new Map<string, Promise<unknown>>();
async function serialised<T>(path: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const before = pending.get(key) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(work);
  const tail = mine.catch(() => undefined);
  pending.set(key, tail);
  try {
    return await mine;
  } finally {
    if (pending.get(key) === tail) pending.delete(key);
  }
}

/**
 * A failed save of an export, in words that point at the folder the user picked (not at the library,
 * as fsError's READ_ONLY message does): full disk, read-only disk and missing permission each say so.
 */
export function saveError(e: unknown, path: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const what = `Couldn't save “${basename(path)}”`;
  const folder = dirname(path);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('DISK_FULL', `${what}: the disk is full (${folder}). Free some space or choose another folder.`);
    case 'EROFS':
      return new AppError('READ_ONLY', `${what}: the folder is on a read-only disk (${folder}). Choose another folder.`);
    case 'EACCES':
    case 'EPERM':
      return new AppError('READ_ONLY', `${what}: you don't have permission to write in this folder (${folder}). Choose another folder.`);
    case 'ENOENT':
      return new AppError('FILE_MISSING', `${what}: the folder no longer exists (${folder}).`);
    case 'EISDIR':
      return new AppError('INVALID_INPUT', `${what}: a folder of that name is in the way (${path}).`);
    default:
      return fsError(e, what, path);
  }
}
