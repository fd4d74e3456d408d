import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/media/csp';
import { registerAppProtocol } from '../../../electron/protocol';
import { APP_ORIGIN, APP_SCHEME } from '../../../electron/scheme';
import { serveMedia, serveStatic } from '../../../electron/services/media/serve';
import { tempDir } from '../../helpers/fixtures';
import { protocol, protocolHandlers, resetElectronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);
// The real media server, spied on so the tests can see what the protocol delegated.
vi.mock('../../../electron/services/media/serve', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/media/serve')>();
  return { ...real, serveMedia: vi.fn(real.serveMedia), serveStatic: vi.fn(real.serveStatic) };
});

const CALL = '0f4e21c8-6811-4f72-959a-2c25b9584e57';
const dir = tempDir('protocol');
const rendererDir = join(dir.path, 'renderer');
const libraries = [join(dir.path, 'Library A'), join(dir.path, 'Library B')];
let library = libraries[0]!;
const bytes = Buffer.from(Array.from({ length: 100 }, (_, i) => i));

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Call Review</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  libraries.forEach((lib, i) => {
    mkdirSync(join(lib, 'calls', CALL), { recursive: true });
    writeFileSync(join(lib, 'calls', CALL, 'audio.wav'), bytes.subarray(i));
  });
});
afterAll(() => dir.cleanup());

beforeEach(() => {
  resetElectronMock();
  library = libraries[0]!;
  registerAppProtocol(() => library, rendererDir);
});

const request = (path: string, init?: RequestInit) =>
  Promise.resolve(protocolHandlers.get(APP_SCHEME)!(new Request(path.includes('://') ? path : `${APP_ORIGIN}${path}`, init)));

describe('app protocol', () => {
  it('is registered for the app scheme', () => {
    expect(protocol.handle).toHaveBeenCalledOnce();
    expect(protocol.handle.mock.calls[0]![0]).toBe('callreview');
  });

  it('serves the renderer page with the Content-Security-Policy header', async () => {
    for (const path of ['/index.html', '/']) {
      const res = await request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).toContain('<title>Call Review</title>');
    }
    expect(serveStatic).toHaveBeenCalledWith(rendererDir, '/index.html', null);
  });

  it('serves renderer assets with nosniff', async () => {
    const res = await request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await request('/assets/missing.js')).toHaveProperty('status', 404);
  });

  it('delegates /media/ to serveMedia with the library in use now and the Range header', async () => {
    const res = await request(`/media/${CALL}/audio.wav`, { headers: { Range: 'bytes=10-19' } });
    expect(serveMedia).toHaveBeenCalledExactlyOnceWith(libraries[0], `/media/${CALL}/audio.wav`, 'bytes=10-19');
    expect(serveStatic).not.toHaveBeenCalled();
    expect(res.status).toBe(206);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes.subarray(10, 20));

    library = libraries[1]!; // the user switched library folders
    const whole = await request(`/media/${CALL}/audio.wav`);
    expect(serveMedia).toHaveBeenLastCalledWith(libraries[1], `/media/${CALL}/audio.wav`, null);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes.subarray(1));
  });

  it('decodes the path before serving it', async () => {
    writeFileSync(join(rendererDir, 'assets', 'with space.js'), 'x');
    expect(await request('/assets/with%20space.js')).toHaveProperty('status', 200);
    expect(serveStatic).toHaveBeenCalledWith(rendererDir, '/assets/with space.js', null);
  });

  it('answers any host other than app with 404', async () => {
    for (const url of ['callreview://evil/index.html', `callreview://other/media/${CALL}/audio.wav`]) {
      expect(await request(url)).toHaveProperty('status', 404);
    }
    expect(serveMedia).not.toHaveBeenCalled();
    expect(serveStatic).not.toHaveBeenCalled();
  });

  it('answers methods other than GET and HEAD with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await request('/index.html', { method, ...(method === 'POST' || method === 'PUT' ? { body: 'x' } : {}) });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    expect(serveStatic).not.toHaveBeenCalled();
  });

  it('answers a malformed or separator-smuggling escape with 400', async () => {
    for (const path of ['/assets/%E0%A4%A', '/%', `/media/${CALL}/..%2F..%2Fsecret.txt`, '/assets%5C..%5Cindex.html', '/index.html%00']) {
      expect(await request(path), path).toHaveProperty('status', 400);
    }
    expect(serveStatic).not.toHaveBeenCalled();
    expect(serveMedia).not.toHaveBeenCalled();
  });

  it('keeps dot segments from leaving the renderer or the library', async () => {
    writeFileSync(join(dir.path, 'secret.txt'), 'secret');
    for (const path of ['/../secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', `/media/${CALL}/../../../secret.txt`]) {
      const res = await request(path);
      expect([403, 404], path).toContain(res.status);
    }
  });

  it('refuses, through the protocol, names Windows reads as another file, streams, devices and shares', async () => {
    writeFileSync(join(libraries[0]!, 'calls', CALL, 'call.json'), '{"secret":true}');
    for (const path of [
      `/media/${CALL}/call.json.`,
      `/media/${CALL}/call.json%20`,
      `/media/${CALL}/call.json::$DATA`,
      `/media/${CALL}/audio.wav:hidden`,
      `/media/${CALL}/NUL`,
      `/media/${CALL}/%5c%5cserver%5cshare%5caudio.wav`,
      `/media/${CALL}/\\\\server\\share\\audio.wav`,
      `/media/${CALL}/%252e%252e%252f%252e%252e%252fsecret.txt`,
    ]) {
      const res = await request(path);
      expect([400, 403], path).toContain(res.status);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(`/media/${CALL}/audio.wav`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('100');
    expect(res.body).toBeNull();
  });
});

describe('Content-Security-Policy', () => {
  const indexHtml = resolve(__dirname, '../../../renderer/index.html');
  it.skipIf(!existsSync(indexHtml))('renderer/index.html carries the same policy in its meta tag', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const attr = (tag: string, name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i')
        .exec(tag)
        ?.slice(2)
        .find((v) => v !== undefined);
    const metas = (html.match(/<meta\b[^>]*>/gi) ?? []).filter((t) => attr(t, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(metas).toHaveLength(1);
    expect(attr(metas[0]!, 'content')?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
  });
});
