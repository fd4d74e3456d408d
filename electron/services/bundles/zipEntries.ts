import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { collisionKey, entryNameProblem, showEntryName } from '../../../shared/bundle/entryName';
import { MANIFEST_LIMITS } from '../../../shared/bundle/manifest';
import { AppError } from '../../../shared/errors';

/**
 * What an imported bundle may hold. A real bundle of 500 clips has about 500 entries, clips of a few MB
 * (an hour of stereo AAC at 96 kbps is 43 MB) and a manifest that compresses about 5:1; a zip bomb
 * inflates a thousand times or more.
 */
export const BUNDLE_LIMITS = {
  /** Entries in the zip: 500 clips, the manifest, player, readme, folders and some junk (e.g. `__MACOSX/`). */
  entries: 2_000,
  /** One entry, uncompressed. */
  entryBytes: 200 * 1024 * 1024,
  /** All entries together, uncompressed. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed ÷ compressed size of an entry, checked for entries over `ratioFloorBytes`. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  manifestBytes: MANIFEST_LIMITS.manifestBytes,
};
export type BundleLimits = typeof BUNDLE_LIMITS;

export type ZipEntry = { name: string; entry: Entry; directory: boolean };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

const refuse = (why: string) => new AppError('INVALID_INPUT', `This bundle can't be imported: ${why}.`);

/**
 * Opens a zip and reads its whole central directory (no file data yet), refusing it as a whole if any
 * entry is hostile or over a limit: traversal, absolute and Windows paths, links and devices, encrypted
 * entries, names that collide on a case-insensitive disk, too many entries, an entry or a total too
 * large, an entry that inflates suspiciously much. yauzl's `validateEntrySizes` then holds each entry to
 * its declared size while it is read, so a header that lies about the size fails the read.
 */
export async function readZipEntries(zipPath: string, limits: BundleLimits): Promise<{ zip: ZipFile; entries: ZipEntry[] }> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw new AppError('CORRUPT_DOCUMENT', `This file isn't a bundle Call Review can open: it is not a readable zip file (${(e as Error).message}).`);
  }
  try {
    if (zip.entryCount > limits.entries) {
      throw refuse(`it has ${zip.entryCount} entries, more than the ${limits.entries} a bundle may hold`);
    }
    const entries: ZipEntry[] = [];
    const seen = new Map<string, string>();
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const shown = showEntryName(name);
      const problem = entryNameProblem(name);
      if (problem) throw refuse(`the entry ${shown} ${problem}`);
      const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (type === S_IFLNK) throw refuse(`the entry ${shown} is a symbolic link`);
      if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) throw refuse(`the entry ${shown} is not a file or a folder (a device or pipe)`);
      if (entry.isEncrypted()) throw refuse(`the entry ${shown} is encrypted`);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw refuse(`the entry ${shown} uses a compression method Call Review doesn't read (${entry.compressionMethod})`);
      }
      const key = collisionKey(name);
      const twin = seen.get(key);
      if (twin !== undefined) {
        throw refuse(
          twin === name ? `the entry ${shown} appears twice` : `the entries ${showEntryName(twin)} and ${shown} would be the same file on Windows and macOS`,
        );
      }
      seen.set(key, name);
      const size = entry.uncompressedSize;
      if (size > limits.entryBytes) throw refuse(`the entry ${shown} is ${mb(size)} uncompressed, more than the ${mb(limits.entryBytes)} allowed for one file`);
      if (size > limits.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > limits.ratio) {
        throw refuse(
          `the entry ${shown} would inflate ${Math.round(size / Math.max(1, entry.compressedSize))} times (${mb(entry.compressedSize)} to ${mb(size)}), more than the ${limits.ratio} times allowed (a zip bomb)`,
        );
      }
      total += size;
      if (total > limits.totalBytes) throw refuse(`its files add up to more than ${mb(limits.totalBytes)} uncompressed`);
      entries.push({ name, entry, directory: name.endsWith('/') });
    }
    return { zip, entries };
  } catch (e) {
    zip.close();
    if (e instanceof AppError) throw e;
    throw new AppError('CORRUPT_DOCUMENT', `This bundle can't be imported: its zip directory is damaged (${(e as Error).message}).`);
  }
}

/**
 * Reads one entry's bytes into memory (its declared size was checked against the limits). More bytes than
 * declared, or data that does not inflate, is a damaged entry.
 */
export async function readEntryBytes(zip: ZipFile, entry: ZipEntry): Promise<Buffer> {
  const stream = await openEntry(zip, entry);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > entry.entry.uncompressedSize) throw new Error(`it holds more than the ${entry.entry.uncompressedSize} bytes its header declares`);
      chunks.push(chunk);
    }
  } catch (e) {
    stream.destroy();
    throw damaged(entry, e);
  }
  return Buffer.concat(chunks);
}

/** An entry whose data is not what its header says (bad deflate data, wrong size or checksum). */
export const damaged = (entry: ZipEntry, e: unknown) =>
  new AppError('CORRUPT_DOCUMENT', `This bundle can't be imported: the entry ${showEntryName(entry.name)} is damaged (${(e as Error).message}).`);

export async function openEntry(zip: ZipFile, entry: ZipEntry): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry.entry);
  } catch (e) {
    throw new AppError('CORRUPT_DOCUMENT', `This bundle can't be imported: the entry ${showEntryName(entry.name)} can't be read (${(e as Error).message}).`);
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (e: Error) => (cleanup(), reject(e));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes >= 100 * 1024 * 1024 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
