import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsError } from './fsErrors';

/**
 * Writes a file the user chose so that it is either the old file or the whole new one, never half of
 * it: the data goes to a temporary file in the same folder (same disk, so the rename is atomic), flushed,
 * then renamed over the target. On failure the temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx', flush: true });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
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
