import { serveBundleMedia } from './bundleMedia';
import { CONTENT_SECURITY_POLICY } from './csp';
import { serveMedia, serveStatic } from './serve';

export type AppRequest = { method: string; rawPathname: string; range: string | null };
export type AppDirs = { rendererDir: string; libraryFolder: string };

/**
 * Answers one request in the app's URL space: `/media/…` (calls) and `/bundle-media/…` (imported bundles)
 * from the library, everything else from the renderer build. The `callreview://app` protocol and the end-to-end harness both call this, so the
 * browser test exercises exactly what the app serves.
 */
export async function answerAppRequest(request: AppRequest, dirs: AppDirs): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return text(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const pathname = decodePathname(request.rawPathname);
  if (pathname === null) return text(400, 'Bad request');

  const response = pathname.startsWith('/media/')
    ? await serveMedia(dirs.libraryFolder, pathname, request.range)
    : pathname.startsWith('/bundle-media/')
      ? await serveBundleMedia(dirs.libraryFolder, pathname, request.range)
      : withPageHeaders(await serveStatic(dirs.rendererDir, pathname, request.range));
  if (request.method === 'HEAD') {
    await response.body?.cancel(); // closes the file the body would have streamed
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  return response;
}

/**
 * Decodes each path segment on its own: a malformed escape, or one that smuggles in a separator or a
 * NUL byte (`%2F`, `%5C`, `%00`), is a bad request rather than a different path.
 */
export function decodePathname(pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments.join('/');
}

function withPageHeaders(response: Response): Response {
  response.headers.set('X-Content-Type-Options', 'nosniff');
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  }
  return response;
}

export const text = (status: number, message: string, extra: Record<string, string> = {}) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
