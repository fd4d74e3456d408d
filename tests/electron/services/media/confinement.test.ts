import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../../../electron/services/media/appRequest';
import { serveMedia } from '../../../../electron/services/media/serve';
import { tempDir } from '../../../helpers/fixtures';

/**
 * `/media/<call>/<file>` serves a call's media and nothing else, asked the way the app's protocol asks
 * (the raw, still-encoded path through answerAppRequest) and directly. Names that Windows would open as
 * another file (trailing dots and spaces, NTFS streams, devices) are refused on every system, so this
 * test refuses them here too.
 */
const CALL = '0f4e21c8-6811-4f72-959a-2c25b9584e57';
const OTHER = '7d1c0e52-2b8b-4d7e-a8f1-5f0f7f1e9a10';
const LINKED = 'a3f9c2d4-1111-4e2b-9c3d-000000000001';
const dir = tempDir('media confinement');
const library = join(dir.path, 'Library');
const callDir = join(library, 'calls', CALL);
const SECRET = 'outside the call’s media';

beforeAll(() => {
  mkdirSync(callDir, { recursive: true });
  mkdirSync(join(library, 'calls', OTHER), { recursive: true });
  mkdirSync(join(dir.path, 'elsewhere'), { recursive: true });
  writeFileSync(join(callDir, 'audio.wav'), 'RIFF audio');
  writeFileSync(join(callDir, 'peaks.bin'), 'peaks');
  writeFileSync(join(callDir, 'call.json'), SECRET);
  writeFileSync(join(callDir, 'transcript.json.unreadable-1764979200000'), SECRET); // a damaged document kept aside
  writeFileSync(join(callDir, 'voices.json'), SECRET);
  writeFileSync(join(library, 'calls', OTHER, 'call.json'), SECRET);
  writeFileSync(join(library, 'calls', OTHER, 'audio.wav'), SECRET);
  writeFileSync(join(library, 'library.json'), SECRET);
  writeFileSync(join(dir.path, 'secret.txt'), SECRET);
  writeFileSync(join(dir.path, 'elsewhere', 'audio.wav'), SECRET);
  // Links inside a call folder, as a synced or tampered folder could hold them.
  symlinkSync(join(dir.path, 'secret.txt'), join(callDir, 'outside.wav'));
  symlinkSync(join(library, 'calls', OTHER, 'call.json'), join(callDir, 'document.wav'));
  symlinkSync(join(library, 'calls', OTHER, 'audio.wav'), join(callDir, 'track-9.wav'));
  symlinkSync(join(callDir, 'call.json'), join(callDir, 'own-document.wav'));
  symlinkSync(join(dir.path, 'elsewhere'), join(library, 'calls', LINKED)); // a whole call folder pointing out
  symlinkSync(join(callDir, 'audio.wav'), join(callDir, 'track-1.wav')); // within the call's own media: fine
});
afterAll(() => dir.cleanup());

const get = (rawPathname: string) =>
  answerAppRequest({ method: 'GET', rawPathname, range: null }, { rendererDir: join(dir.path, 'renderer'), libraryFolder: library });

describe('media confinement', () => {
  it('serves the call’s own media, a link to its own recording included', async () => {
    for (const file of ['audio.wav', 'peaks.bin', 'track-1.wav']) {
      const res = await get(`/media/${CALL}/${file}`);
      expect(res.status, file).toBe(200);
      expect(await res.text()).not.toContain(SECRET);
    }
  });

  it.each([
    ['dot segments', `/media/${CALL}/../../../secret.txt`],
    ['encoded dot segments', `/media/${CALL}/%2e%2e/%2e%2e/%2e%2e/secret.txt`],
    ['an encoded slash', `/media/${CALL}/..%2f..%2f..%2fsecret.txt`],
    ['an encoded backslash', `/media/${CALL}/..%5c..%5c..%5csecret.txt`],
    ['double encoding', `/media/${CALL}/%252e%252e%252f%252e%252e%252fsecret.txt`],
    ['double-encoded backslash', `/media/${CALL}/%252e%252e%255csecret.txt`],
    ['overlong UTF-8 dots', `/media/${CALL}/%c0%ae%c0%ae/secret.txt`],
    ['an absolute path', `/media/${CALL}//etc/passwd`],
    ['an encoded absolute path', `/media/${CALL}/%2fetc%2fpasswd`],
    ['a call id that climbs', `/media/..%2f..%2f/secret.txt`],
    ['a NUL byte', `/media/${CALL}/audio.wav%00.json`],
    ['the call document', `/media/${CALL}/call.json`],
    ['a document kept aside', `/media/${CALL}/transcript.json.unreadable-1764979200000`],
    ['the voices document', `/media/${CALL}/voices.json`],
    ['the library index', `/media/../library.json`],
    ['a trailing dot (Windows: call.json)', `/media/${CALL}/call.json.`],
    ['trailing dots', `/media/${CALL}/audio.wav..`],
    ['a trailing space (Windows: call.json)', `/media/${CALL}/call.json%20`],
    ['a trailing dot and space', `/media/${CALL}/call.json.%20.`],
    ['the ::$DATA stream (Windows: call.json)', `/media/${CALL}/call.json::$DATA`],
    ['an encoded ::$DATA stream', `/media/${CALL}/call.json%3a%3a%24DATA`],
    ['a named stream', `/media/${CALL}/audio.wav:hidden`],
    ['a device name', `/media/${CALL}/CON`],
    ['a device name with an extension', `/media/${CALL}/nul.wav`],
    ['a UNC share', `/media/${CALL}/%5c%5cserver%5cshare%5caudio.wav`],
    ['a raw UNC share', `/media/${CALL}/\\\\server\\share\\audio.wav`],
    ['a link out of the library', `/media/${CALL}/outside.wav`],
    ['a link to another call’s document', `/media/${CALL}/document.wav`],
    ['a link to another call’s recording', `/media/${CALL}/track-9.wav`],
    ['a link to the call’s own document', `/media/${CALL}/own-document.wav`],
    ['a call folder that links out', `/media/${LINKED}/audio.wav`],
    ['a hidden file', `/media/${CALL}/.audio.wav`],
  ])('refuses %s', async (_label, rawPathname) => {
    const res = await get(rawPathname);
    expect([400, 403], `${rawPathname} → ${res.status}`).toContain(res.status);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses the same names when asked directly, decoded', async () => {
    for (const file of ['call.json.', 'call.json ', 'call.json::$DATA', 'audio.wav:x', 'CON', 'aux.mp3', '\\\\server\\share\\a.wav', '..\\..\\secret.txt']) {
      expect((await serveMedia(library, `/media/${CALL}/${file}`, null)).status, file).toBe(403);
    }
  });
});
