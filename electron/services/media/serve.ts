import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { CallId } from '../../../shared/domain/call';
import { isWindowsDeviceName } from '../../../shared/domain/localPath';
import { contentTypeOf } from './contentTypes';

/**
 * Serves one file from inside `rootDir` as a web Response, with HTTP Range support.
 * Anything that resolves outside the root (`..`, absolute paths, symlinks leading out) gets 403.
 */
export async function serveStatic(rootDir: string, pathname: string, rangeHeader: string | null): Promise<Response> {
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  return serveFileInside(rootDir, relativePath, rangeHeader);
}

/**
 * The media a call folder holds: its recording or tracks as imported (`audio.m4a`, `track-2.wav`) and
 * its waveform peaks (`peaks.bin`). One plain name with a media extension: not its documents (nor the
 * damaged ones kept aside), and nothing Windows would read as another file (`call.json.`,
 * `call.json ` and `call.json::$DATA` are call.json there) or as a device (`CON`, `nul.wav`).
 */
const MEDIA_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*\.(?:wav|mp3|m4a|aac|mp4|mov|ogg|oga|opus|webm|flac|bin)$/i;
const isMediaFile = (name: string) => MEDIA_FILE.test(name) && !isWindowsDeviceName(name);

/** `/media/<callId>/<file>` → that file of that call in the library, and nothing else. */
export async function serveMedia(libraryFolder: string, pathname: string, rangeHeader: string | null): Promise<Response> {
  const match = /^\/media\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match || !CallId.safeParse(match[1]).success || !isMediaFile(match[2]!)) {
    return text(403, 'Forbidden');
  }
  const callsDir = join(libraryFolder, 'calls');
  const callDir = join(callsDir, match[1]!);
  try {
    // A call folder that is itself a link out of the library serves nothing.
    const [realCalls, realCall] = await Promise.all([realpath(callsDir), realpath(callDir)]);
    if (!isInside(realCalls, realCall)) return text(403, 'Forbidden');
  } catch {
    return text(404, 'Not found');
  }
  // Rooted at the call's own folder, and the file a link leads to must be media too: a link in a call
  // folder reaches neither another call nor a document.
  return serveFileInside(callDir, match[2]!, rangeHeader, (real) => isMediaFile(basename(real)));
}

export async function serveFileInside(
  rootDir: string,
  relativePath: string,
  rangeHeader: string | null,
  acceptReal: (realFile: string) => boolean = () => true,
): Promise<Response> {
  if (relativePath.includes('\0') || isAbsolute(relativePath)) return text(403, 'Forbidden');
  const candidate = join(rootDir, relativePath);
  if (!isInside(rootDir, candidate)) return text(403, 'Forbidden');

  let filePath: string;
  let size: number;
  try {
    // Resolve symlinks on both sides so a link inside the root cannot point outside it.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(candidate)]);
    if (!isInside(realRoot, realFile) || !acceptReal(realFile)) return text(403, 'Forbidden');
    const info = await stat(realFile);
    if (!info.isFile()) return text(404, 'Not found');
    filePath = realFile;
    size = info.size;
  } catch {
    return text(404, 'Not found');
  }

  const headers = new Headers({
    'Content-Type': contentTypeOf(extname(filePath)),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
  });
  if (rangeHeader === null) {
    headers.set('Content-Length', String(size));
    return new Response(body(filePath, 0, size - 1, size), { status: 200, headers });
  }
  const range = parseRange(rangeHeader, size);
  if (!range) {
    headers.set('Content-Range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  headers.set('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
  headers.set('Content-Length', String(range.end - range.start + 1));
  return new Response(body(filePath, range.start, range.end, size), { status: 206, headers });
}

/** One `bytes=` range (the only form media elements send); multi-range requests are refused with 416. */
export function parseRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || size === 0 || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return null;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return null;
  return { start, end };
}

function body(filePath: string, start: number, end: number, size: number): BodyInit | null {
  if (size === 0) return null;
  return Readable.toWeb(createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>;
}

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

const text = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
