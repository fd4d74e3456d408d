import { realpath } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BundleAudioPath } from '../../../shared/bundle/manifest';
import { isInside, serveFileInside } from './serve';

/** A bundle's folder is named by its manifest's id, a UUID: nothing else under `bundles/` (`.incoming-…`) is served. */
const BUNDLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Only the audio names a bundle may hold (`01.m4a`, `002.webm`), the manifest's own rule. */
const isBundleAudio = (name: string) => BundleAudioPath.safeParse(`audio/${name}`).success;

/**
 * `/bundle-media/<bundleId>/audio/<file>` → that clip audio of that imported bundle in the library, and
 * nothing else: not its manifest, not another bundle's files, nothing a link leads to outside its `audio/`
 * folder. As careful as `serveMedia`: each folder on the way is resolved and must stay inside the one before.
 */
export async function serveBundleMedia(libraryFolder: string, pathname: string, rangeHeader: string | null): Promise<Response> {
  const match = /^\/bundle-media\/([^/]+)\/audio\/([^/]+)$/.exec(pathname);
  if (!match || !BUNDLE_ID.test(match[1]!) || !isBundleAudio(match[2]!)) return text(403, 'Forbidden');
  const bundlesDir = join(libraryFolder, 'bundles');
  const bundleDir = join(bundlesDir, match[1]!);
  const audioDir = join(bundleDir, 'audio');
  try {
    // A bundle folder, or its audio folder, that is itself a link out of the library serves nothing.
    const [realBundles, realBundle, realAudio] = await Promise.all([realpath(bundlesDir), realpath(bundleDir), realpath(audioDir)]);
    if (!isInside(realBundles, realBundle) || !isInside(realBundle, realAudio)) return text(403, 'Forbidden');
  } catch {
    return text(404, 'Not found');
  }
  // Rooted at the bundle's audio folder, and a link there must lead to a bundle audio name inside it.
  return serveFileInside(audioDir, match[2]!, rangeHeader, (real) => isBundleAudio(basename(real)));
}

const text = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
