import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ZipFile } from 'yauzl';
import { parseManifest, type BundleManifest } from '../../../shared/bundle/manifest';
import { AppError } from '../../../shared/errors';
import { syncFolder } from '../atomicWrite';
import { fsError } from '../fsErrors';
import { checkClipAudio } from './audioCheck';
import { BUNDLE_LIMITS, damaged, openEntry, readEntryBytes, readZipEntries, type BundleLimits, type ZipEntry } from './zipEntries';

export type ImportBundleResult = {
  manifest: BundleManifest;
  bundleId: string;
  /** `<library>/bundles/<bundleId>`: `manifest.json` and the `audio/` files the manifest names. */
  folder: string;
  /** The bundle was imported before: nothing was written, `folder` is the first import's. */
  alreadyImported: boolean;
};

/** An audio file whose decoded length differs from the manifest's by more than this is refused. */
const DURATION_TOLERANCE = { sec: 1, fraction: 0.05 };

/**
 * Imports a bundle `.zip` into `<library>/bundles/<bundleId>/`, validating everything first: the zip's
 * entries (see `readZipEntries`), the manifest (schema, bounds, version), and each clip's audio (present,
 * decodes, as long as the manifest says). Only `manifest.json` and the audio files the manifest names are
 * extracted: the bundle's `index.html` is never copied into the library (the app plays clips itself, and
 * a page from elsewhere has no business in a folder the app serves); other files (`README.txt`, the
 * `__MACOSX/` or `.DS_Store` a re-zip on a Mac adds) are ignored, after passing the same entry checks.
 * Files land in `bundles/.incoming-<random>/`, which is renamed to `bundles/<bundleId>/` once all is
 * checked, and removed on any failure: nothing is written outside `<library>/bundles/`.
 */
export async function importBundle(zipPath: string, libraryFolder: string, options: { limits?: Partial<BundleLimits> } = {}): Promise<ImportBundleResult> {
  const limits = { ...BUNDLE_LIMITS, ...options.limits };
  await checkZipFile(zipPath, limits);
  const { zip, entries } = await readZipEntries(zipPath, limits);
  let incoming: string | null = null;
  try {
    const byName = new Map(entries.filter((e) => !e.directory).map((e) => [e.name, e]));
    const manifestEntry = byName.get('manifest.json');
    if (!manifestEntry) throw new AppError('CORRUPT_DOCUMENT', "This file isn't a Call Review bundle: it has no manifest.json.");
    if (manifestEntry.entry.uncompressedSize > limits.manifestBytes) {
      throw new AppError('CORRUPT_DOCUMENT', `This bundle can't be opened: its manifest.json is larger than ${limits.manifestBytes / 1024 / 1024} MB.`);
    }
    const text = (await readEntryBytes(zip, manifestEntry)).toString('utf8');
    const manifest = parseManifest(text);
    const audio = manifest.clips.map((clip) => {
      const entry = byName.get(clip.audio);
      if (!entry) {
        throw new AppError('CORRUPT_DOCUMENT', `This bundle can't be opened: the clip “${clip.title}” plays ${clip.audio}, which is not in the bundle.`);
      }
      return { clip, entry };
    });

    const bundles = join(libraryFolder, 'bundles');
    const folder = join(bundles, manifest.id);
    if (await exists(folder)) return { manifest, bundleId: manifest.id, folder, alreadyImported: true };

    await mkdir(join(bundles), { recursive: true }).catch((e: unknown) => {
      throw fsError(e, "Couldn't import the bundle", bundles);
    });
    incoming = join(bundles, `.incoming-${randomBytes(6).toString('hex')}`);
    await mkdir(join(incoming, 'audio'), { recursive: true });
    for (const { clip, entry } of audio) {
      // `clip.audio` matched the manifest's fixed pattern (audio/NN.ext): it can only name a file in audio/.
      const path = join(incoming, clip.audio);
      await extract(zip, entry, path);
      const checked = await checkClipAudio(path);
      if (!checked.ok) {
        throw new AppError('NOT_AUDIO', `This bundle can't be imported: the audio of the clip “${clip.title}” (${clip.audio}) ${checked.why}.`);
      }
      const off = Math.abs(checked.durationSec - clip.durationSec);
      if (off > Math.max(DURATION_TOLERANCE.sec, clip.durationSec * DURATION_TOLERANCE.fraction)) {
        throw new AppError(
          'CORRUPT_DOCUMENT',
          `This bundle can't be imported: the audio of the clip “${clip.title}” (${clip.audio}) lasts ${checked.durationSec.toFixed(1)} s, but the manifest says ${clip.durationSec.toFixed(1)} s.`,
        );
      }
    }
    // The manifest as validated (defaults filled in), not the bytes the zip held.
    await writeFile(join(incoming, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await syncFolder(incoming);
    try {
      await rename(incoming, folder);
    } catch (e) {
      // The same bundle imported meanwhile (another window, a double click): the first one stands.
      const code = (e as NodeJS.ErrnoException).code;
      if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await exists(folder))) {
        return { manifest, bundleId: manifest.id, folder, alreadyImported: true };
      }
      throw e;
    }
    incoming = null;
    await syncFolder(bundles);
    return { manifest, bundleId: manifest.id, folder, alreadyImported: false };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw fsError(e, "Couldn't import the bundle", libraryFolder);
  } finally {
    zip.close();
    if (incoming) await rm(incoming, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function checkZipFile(zipPath: string, limits: BundleLimits): Promise<void> {
  let info;
  try {
    info = await stat(zipPath);
  } catch {
    throw new AppError('FILE_MISSING', `The bundle file is missing: ${zipPath}`);
  }
  if (!info.isFile()) throw new AppError('NOT_A_FILE', `A bundle is a .zip file; this is a folder: ${zipPath}`);
  if (info.size === 0) throw new AppError('EMPTY_FILE', `The bundle file is empty: ${zipPath}`);
  // Stored entries take as much room in the zip as out of it: a zip larger than the total allowed is refused unopened.
  if (info.size > limits.totalBytes) {
    throw new AppError('INVALID_INPUT', `This bundle can't be imported: it is larger than the ${limits.totalBytes / 1024 / 1024} MB a bundle may be.`);
  }
}

/** Streams one entry to `path` (a new file); yauzl stops it at its declared size. */
async function extract(zip: ZipFile, entry: ZipEntry, path: string): Promise<void> {
  const stream = await openEntry(zip, entry);
  try {
    await pipeline(stream, createWriteStream(path, { flags: 'wx' }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code) && code !== 'Z_DATA_ERROR') throw e; // the disk's error: fsError words it
    throw damaged(entry, e);
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
