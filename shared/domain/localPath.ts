/**
 * What the renderer may hand the main process as a file on this computer. Windows would open a
 * `\\server\share` path over the network (sending the user's credentials to that server), a device
 * name (`CON`, `NUL`, `COM1`…) as that device, `file.wav::$DATA` or `file.wav:x` as one of its NTFS
 * streams, and `call.wav.` or `call.wav ` as `call.wav`: none of them is a recording the user dropped.
 */
const NETWORK_OR_DEVICE = /^(?:[\\/]{2}|\\\?\?\\)/; // \\server\share, //server/share, \\?\…, \\.\…, \??\…
const DRIVE = /^[A-Za-z]:[\\/]/;
/** A Windows device name, alone or with an extension (`nul.wav` is the NUL device too). */
const DEVICE_NAME = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(?:\.[^.]*)?$/i;

/** True for a file name Windows opens as a device (trailing dots and spaces are ignored there too). */
export const isWindowsDeviceName = (name: string): boolean => DEVICE_NAME.test(name.replace(/[. ]+$/, ''));

/** Why `path` is not a local absolute path we accept, or null when it is. */
export function localPathProblem(path: string): string | null {
  if (path.includes('\0')) return 'must not contain a NUL character';
  if (NETWORK_OR_DEVICE.test(path)) return 'must be a file on this computer, not a network share or device path';
  if (DRIVE.test(path)) {
    const segments = path.slice(3).split(/[\\/]/);
    if (path.slice(2).includes(':')) return 'must not name an NTFS stream (“:”)';
    if (segments.some(isWindowsDeviceName)) return 'must not name a Windows device (CON, NUL, COM1…)';
    if (segments.some((s) => s !== '' && s !== '.' && s !== '..' && /[. ]$/.test(s))) return 'must not end a name with a dot or a space';
    return null;
  }
  if (!path.startsWith('/')) return 'must be an absolute path';
  return null;
}
