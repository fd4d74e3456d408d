import { protocol } from 'electron';
import { answerAppRequest, text } from './services/media/appRequest';
import { APP_HOST, APP_SCHEME } from './scheme';

/** Serves `callreview://app/…` (the renderer and the library's media); confinement is serve.ts's job. */
export function registerAppProtocol(getLibraryFolder: () => string, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, getLibraryFolder, rendererDir));
}

export async function handleAppRequest(request: Request, getLibraryFolder: () => string, rendererDir: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return text(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return text(404, 'Not found');
  return answerAppRequest(
    { method: request.method, rawPathname: url.pathname, range: request.headers.get('range') },
    { rendererDir, libraryFolder: getLibraryFolder() },
  );
}
