import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRange, serveMedia, serveStatic } from '../../../../electron/services/media/serve';
import { tempDir } from '../../../helpers/fixtures';

const CALL = '0f4e21c8-6811-4f72-959a-2c25b9584e57';
const dir = tempDir('media');
const library = join(dir.path, 'Library');
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(() => {
  mkdirSync(join(library, 'calls', CALL), { recursive: true });
  writeFileSync(join(library, 'calls', CALL, 'audio.wav'), bytes);
  writeFileSync(join(library, 'calls', CALL, 'call.json'), '{}');
  writeFileSync(join(dir.path, 'secret.txt'), 'outside the library');
  symlinkSync(join(dir.path, 'secret.txt'), join(library, 'calls', CALL, 'link.wav'));
});
afterAll(() => dir.cleanup());

describe('media protocol', () => {
  it('serves a call recording whole, with its type and Accept-Ranges', async () => {
    const res = await serveMedia(library, `/media/${CALL}/audio.wav`, null);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
    ['bytes=990-5000', 990, 999],
  ])('answers Range %s with 206 and exactly those bytes', async (range, start, end) => {
    const res = await serveMedia(library, `/media/${CALL}/audio.wav`, range);
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(start, end + 1))).toBe(true);
  });

  it('answers an unsatisfiable range with 416', async () => {
    const res = await serveMedia(library, `/media/${CALL}/audio.wav`, 'bytes=2000-');
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
  });

  it.each([
    `/media/${CALL}/../../../secret.txt`,
    `/media/${CALL}/..%2F..%2Fsecret.txt`,
    `/media/../secret.txt`,
    `/media/not-a-call-id!/audio.wav`,
    `/media/${CALL}/call.json`,
    `/media/${CALL}/link.wav`,
    `/etc/passwd`,
    `/media/${CALL}/.hidden`,
  ])('refuses %s', async (path) => {
    const res = await serveMedia(library, path, null);
    expect(res.status).toBe(403);
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await serveMedia(library, `/media/${CALL}/missing.wav`, null)).status).toBe(404);
  });

  it('serves static files only from inside their root', async () => {
    writeFileSync(join(library, 'index.html'), '<!doctype html>');
    const res = await serveStatic(library, '/', null);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect((await serveStatic(library, '/../secret.txt', null)).status).toBe(403);
    expect((await serveStatic(library, '/nope.js', null)).status).toBe(404);
  });
});
