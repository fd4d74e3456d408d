import { AppError } from '../../shared/errors';

/** Turns a Node file-system error into a message a user can act on. */
export function fsError(e: unknown, what: string, path?: string): AppError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const where = path ? ` (${path})` : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('DISK_FULL', `${what}: the disk is full${where}. Free some space and try again.`);
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new AppError('READ_ONLY', `${what}: the folder is read-only or not writable${where}. Choose another library folder in Settings.`);
    case 'ENOENT':
      return new AppError('FILE_MISSING', `${what}: the file or folder no longer exists${where}.`);
    default:
      return new AppError('INTERNAL', `${what}${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
