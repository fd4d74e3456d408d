/**
 * Checks of a zip entry's name before anything is read from it. A bundle comes from anyone: a name must
 * stay inside the folder it is extracted to on every system the app runs on (Windows reads `\` and `C:`
 * as path syntax even where Linux does not), and two names must not land on the same file on a
 * case-insensitive or normalising disk (macOS, Windows).
 */

/** Longest entry name, in characters: deeper or longer names have no place in a bundle. */
export const MAX_ENTRY_NAME = 255;

/** Why `name` can't be extracted, in words for the user, or null when it is fine. */
export function entryNameProblem(name: string): string | null {
  if (name.length === 0) return 'has an empty name';
  if (name.length > MAX_ENTRY_NAME) return `has a name longer than ${MAX_ENTRY_NAME} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has control characters in its name';
  if (name.includes('\\')) return 'has a backslash in its name (a Windows path separator)';
  if (name.startsWith('/')) return 'has an absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'has an absolute Windows path (a drive letter)';
  if (name.includes('\uFFFD')) return 'has a name that is not valid text';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return 'points outside the bundle’s folder (“..”)';
  if (parts.some((p) => p === '.' || p === '')) return 'has an empty or “.” folder in its path';
  // Windows drops trailing dots and spaces and reads `a:b` as a stream of `a`: either could rename the file.
  if (parts.some((p) => /[.\s]$/.test(p) || p.includes(':'))) return 'has a name Windows would change (a trailing dot or space, or a colon)';
  return null;
}

/**
 * The key two names collide under on a case-insensitive, Unicode-normalising disk: `Audio/01.m4a` and
 * `audio/01.M4A`, or an `é` written as one code point and as `e` + accent.
 */
export const collisionKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\/$/, '');

/** A name as it can be shown in a message: quoted, control characters visible, long ones shortened. */
export function showEntryName(name: string): string {
  // eslint-disable-next-line no-control-regex -- made visible, not matched
  const visible = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `“${visible.length > 120 ? `${visible.slice(0, 117)}…` : visible}”`;
}
