import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../../../electron/services/media/appRequest';
import { serveBundleMedia } from '../../../../electron/services/media/bundleMedia';
import { bundleMediaUrl } from '../../../../electron/services/playlists/items';
import { tempDir } from '../../../helpers/fixtures';

/**
 * `/bundle-media/<bundleId>/audio/<file>` serves an imported bundle's clip audio and nothing else, asked the
 * way the app's protocol asks (the raw, still-encoded path through answerAppRequest) and directly.
 */
const BUNDLE = '5b0e1d3c-7a1f-4c2e-9b8d-2f6a4e1c0d9b';
const OTHER = '8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f';
const LINKED = 'c0ffee00-1111-4222-8333-444455556666';
const LINKED_AUDIO = 'd00d0000-1111-4222-8333-444455556666';
const CALL = '0f4e21c8-6811-4f72-959a-2c25b9584e57';
const dir = tempDir('bundle media');
const library = join(dir.path, 'Library');
const bundleDir = join(library, 'bundles', BUNDLE);
const audioDir = join(bundleDir, 'audio');
const SECRET = 'outside the bundle’s audio';
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));

beforeAll(() => {
  mkdirSync(audioDir, { recursive: true });
  mkdirSync(join(library, 'bundles', OTHER, 'audio'), { recursive: true });
  mkdirSync(join(library, 'bundles', '.incoming-0a1b2c3d4e5f', 'audio'), { recursive: true });
  mkdirSync(join(library, 'calls', CALL), { recursive: true });
  mkdirSync(join(dir.path, 'elsewhere', 'audio'), { recursive: true });
  mkdirSync(join(library, 'bundles', LINKED_AUDIO), { recursive: true });
  writeFileSync(join(audioDir, '01.m4a'), bytes);
  writeFileSync(join(audioDir, '002.webm'), 'webm audio');
  writeFileSync(join(audioDir, '03.wav'), SECRET); // not a name a bundle may hold
  writeFileSync(join(bundleDir, 'manifest.json'), SECRET);
  writeFileSync(join(bundleDir, 'index.html'), SECRET);
  writeFileSync(join(library, 'bundles', OTHER, 'manifest.json'), SECRET);
  writeFileSync(join(library, 'bundles', OTHER, 'audio', '01.m4a'), SECRET);
  writeFileSync(join(library, 'bundles', '.incoming-0a1b2c3d4e5f', 'audio', '01.m4a'), SECRET);
  writeFileSync(join(library, 'calls', CALL, 'call.json'), SECRET);
  writeFileSync(join(library, 'library.json'), SECRET);
  writeFileSync(join(dir.path, 'secret.txt'), SECRET);
  writeFileSync(join(dir.path, 'elsewhere', 'audio', '01.m4a'), SECRET);
  // Links inside a bundle's audio folder, as a synced or tampered folder could hold them.
  symlinkSync(join(dir.path, 'secret.txt'), join(audioDir, '04.m4a'));
  symlinkSync(join(bundleDir, 'manifest.json'), join(audioDir, '05.m4a'));
  symlinkSync(join(library, 'bundles', OTHER, 'audio', '01.m4a'), join(audioDir, '06.m4a'));
  symlinkSync(join(bundleDir, 'index.html'), join(audioDir, '07.ogg'));
  symlinkSync(join(audioDir, '01.m4a'), join(audioDir, '08.m4a')); // within the bundle's own audio: fine
  symlinkSync(join(audioDir, '03.wav'), join(audioDir, '10.m4a')); // within audio/, to a name a bundle may not hold
  symlinkSync(join(dir.path, 'elsewhere'), join(library, 'bundles', LINKED)); // a whole bundle folder pointing out
  symlinkSync(join(dir.path, 'elsewhere', 'audio'), join(library, 'bundles', LINKED_AUDIO, 'audio')); // its audio folder pointing out
});
afterAll(() => dir.cleanup());

const get = (rawPathname: string, range: string | null = null) =>
  answerAppRequest({ method: 'GET', rawPathname, range }, { rendererDir: join(dir.path, 'renderer'), libraryFolder: library });

describe('bundle media', () => {
  it('serves a clip’s audio at the URL the playlist gives it, whole, with its type and Accept-Ranges', async () => {
    const url = bundleMediaUrl(BUNDLE, 'audio/01.m4a');
    expect(url).toBe(`/bundle-media/${BUNDLE}/audio/01.m4a`);
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/mp4');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const webm = await get(bundleMediaUrl(BUNDLE, 'audio/002.webm'));
    expect([webm.status, webm.headers.get('content-type'), await webm.text()]).toEqual([200, 'audio/webm', 'webm audio']);
    const linked = await get(`/bundle-media/${BUNDLE}/audio/08.m4a`);
    expect(linked.status).toBe(200);
    expect(Buffer.from(await linked.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
  ])('answers Range %s with 206 and exactly those bytes', async (range, start, end) => {
    const res = await get(`/bundle-media/${BUNDLE}/audio/01.m4a`, range);
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(start, end + 1))).toBe(true);
  });

  it('answers an unsatisfiable range with 416, and a clip that is not there with 404', async () => {
    const res = await get(`/bundle-media/${BUNDLE}/audio/01.m4a`, 'bytes=5000-');
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
    expect((await get(`/bundle-media/${BUNDLE}/audio/09.m4a`)).status).toBe(404);
    expect((await get(`/bundle-media/0f4e21c8-0000-4000-8000-000000000000/audio/01.m4a`)).status).toBe(404);
  });

  it.each([
    ['dot segments', `/bundle-media/${BUNDLE}/audio/../../../../secret.txt`],
    ['dot segments to the manifest', `/bundle-media/${BUNDLE}/audio/../manifest.json`],
    ['encoded dot segments', `/bundle-media/${BUNDLE}/audio/%2e%2e/manifest.json`],
    ['an encoded slash', `/bundle-media/${BUNDLE}/audio%2f01.m4a`],
    ['an encoded slash climbing', `/bundle-media/${BUNDLE}/audio/..%2f..%2f..%2fsecret.txt`],
    ['an encoded backslash', `/bundle-media/${BUNDLE}/audio/..%5c..%5cmanifest.json`],
    ['double encoding', `/bundle-media/${BUNDLE}/audio/%252e%252e%252fmanifest.json`],
    ['an absolute path', `/bundle-media/${BUNDLE}/audio//etc/passwd`],
    ['an encoded absolute path', `/bundle-media/${BUNDLE}/audio/%2fetc%2fpasswd`],
    ['a NUL byte', `/bundle-media/${BUNDLE}/audio/01.m4a%00.json`],
    ['a bundle id that climbs', `/bundle-media/..%2f..%2fcalls/audio/01.m4a`],
    ['a bundle id that is a dot segment', `/bundle-media/../calls/${CALL}/call.json`],
    ['a folder that is not a bundle (an import in progress)', `/bundle-media/.incoming-0a1b2c3d4e5f/audio/01.m4a`],
    ['the manifest', `/bundle-media/${BUNDLE}/manifest.json`],
    ['the player page', `/bundle-media/${BUNDLE}/index.html`],
    ['a file outside audio/', `/bundle-media/${BUNDLE}/01.m4a`],
    ['a deeper path', `/bundle-media/${BUNDLE}/audio/x/01.m4a`],
    ['a name a bundle may not hold', `/bundle-media/${BUNDLE}/audio/03.wav`],
    ['a hidden file', `/bundle-media/${BUNDLE}/audio/.01.m4a`],
    ['a trailing dot (Windows: 01.m4a)', `/bundle-media/${BUNDLE}/audio/01.m4a.`],
    ['a named stream', `/bundle-media/${BUNDLE}/audio/01.m4a:hidden`],
    ['a device name', `/bundle-media/${BUNDLE}/audio/CON`],
    ['a link out of the library', `/bundle-media/${BUNDLE}/audio/04.m4a`],
    ['a link to its own manifest', `/bundle-media/${BUNDLE}/audio/05.m4a`],
    ['a link to another bundle’s audio', `/bundle-media/${BUNDLE}/audio/06.m4a`],
    ['a link to its player page', `/bundle-media/${BUNDLE}/audio/07.ogg`],
    ['a link to a name a bundle may not hold', `/bundle-media/${BUNDLE}/audio/10.m4a`],
    ['a bundle folder that links out', `/bundle-media/${LINKED}/audio/01.m4a`],
    ['an audio folder that links out', `/bundle-media/${LINKED_AUDIO}/audio/01.m4a`],
  ])('refuses %s', async (_label, rawPathname) => {
    const res = await get(rawPathname);
    expect([400, 403], `${rawPathname} → ${res.status}`).toContain(res.status);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses the same names when asked directly, decoded', async () => {
    for (const file of [
      '../manifest.json',
      '..\\manifest.json',
      '01.m4a.',
      '01.m4a ',
      '01.m4a::$DATA',
      'nul.m4a',
      '\\\\server\\share\\01.m4a',
      '1.m4a',
      '0001.m4a',
    ]) {
      expect((await serveBundleMedia(library, `/bundle-media/${BUNDLE}/audio/${file}`, null)).status, file).toBe(403);
    }
    expect((await serveBundleMedia(library, `/bundle-media/${OTHER}/manifest.json`, null)).status).toBe(403);
  });
});
