import { Low, type Adapter } from 'lowdb';
import { readFile, rename } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppError, isAppError } from '../../../shared/errors';
import { writeFileAtomic } from '../atomicWrite';
import { fsError } from '../fsErrors';

/**
 * What a stored document must look like now, and how older versions become this one.
 * `migrations[n]` turns a version-n document into version n+1.
 */
export type DocumentSpec<T extends { schemaVersion: number }> = {
  label: string;
  schema: z.ZodType<T>;
  version: number;
  migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>;
};

/** The last good version of a document, kept beside it and replaced on every successful write. */
export const backupPath = (path: string) => `${path}.bak`;

/** A damaged or missing document that was put back from its last good copy (the user is told). */
export type Restoration = { label: string; path: string; keptAside: string | null };

/**
 * lowdb's storage for our documents: JSON read from the file, and every write through the one atomic
 * path (temp file, fsync, rename, fsync of the folder), the previous version becoming the backup.
 * Not lowdb's JSONFile: its writer renames without fsync, and keeps no last good copy.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    return readJson(this.path) as Promise<T | null>;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, 2), { backup: backupPath(this.path) });
  }
}

/** The file's JSON, null if there is no file; a SyntaxError if it is not JSON. */
async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return JSON.parse(text);
}

/**
 * Opens a lowdb document. A missing file starts from `initial`; a damaged one (not JSON, or not a
 * document of this kind) is put back from its last good copy when that one reads: the damaged file is
 * kept aside as `<name>.unreadable-<time>` and `onRestored` is told. Without a good copy the error is
 * CORRUPT_DOCUMENT and the file is left exactly as it is: nothing here ever overwrites a document it
 * could not read.
 */
export async function openDocument<T extends { schemaVersion: number }>(
  path: string,
  spec: DocumentSpec<T>,
  initial: (() => T) | null,
  onRestored?: (restoration: Restoration) => void,
): Promise<Low<T>> {
  let loaded: { data: T; migrated: boolean } | null;
  try {
    loaded = await load(path, spec);
  } catch (e) {
    if (!isAppError(e) || e.code !== 'CORRUPT_DOCUMENT') throw e;
    const restored = await restore(path, spec, onRestored, true);
    if (!restored) throw e;
    return restored;
  }
  if (loaded === null) {
    const restored = await restore(path, spec, onRestored, false);
    if (restored) return restored;
    if (!initial) throw new AppError('NOT_FOUND', `${spec.label} is missing (${basename(path)}).`);
    const db = new Low<T>(new DurableJsonFile<T>(path), initial());
    await writeDocument(db, spec);
    return db;
  }
  const db = new Low<T>(new DurableJsonFile<T>(path), loaded.data);
  if (loaded.migrated) await writeDocument(db, spec);
  return db;
}

/** The document at `path`, upgraded to the current version; null if there is none. */
async function load<T extends { schemaVersion: number }>(path: string, spec: DocumentSpec<T>) {
  let raw: unknown;
  try {
    raw = await readJson(path);
  } catch (e) {
    if (e instanceof SyntaxError) throw corrupt(spec, path, 'it is not valid JSON');
    throw fsError(e, `Couldn't read ${inSentence(spec.label)}`);
  }
  return raw === null ? null : upgrade(raw, spec, path);
}

/**
 * Puts the last good copy back in place of a damaged (`damaged`) or missing document; null when there is
 * no good copy, and then nothing was changed.
 */
async function restore<T extends { schemaVersion: number }>(
  path: string,
  spec: DocumentSpec<T>,
  onRestored: ((restoration: Restoration) => void) | undefined,
  damaged: boolean,
): Promise<Low<T> | null> {
  const good = await load(backupPath(path), spec).catch(() => null);
  if (!good) return null;
  const keptAside = damaged ? await keepUnreadableAside(path, spec.label.toLowerCase()) : null;
  const db = new Low<T>(new DurableJsonFile<T>(path), good.data);
  await writeDocument(db, spec);
  onRestored?.({ label: spec.label, path, keptAside });
  return db;
}

/** Writes the document; disk errors become DISK_FULL / READ_ONLY with the document's name. */
export async function writeDocument<T extends { schemaVersion: number }>(db: Low<T>, spec: DocumentSpec<T>): Promise<void> {
  try {
    await db.write();
  } catch (e) {
    throw fsError(e, `Couldn't save ${inSentence(spec.label)}`);
  }
}

/**
 * Moves a document that can't be read out of the way so a new one can take its place, keeping it beside
 * it as `<name>.unreadable-<time>`: nothing the user had is ever deleted. Returns the backup's path.
 */
export async function keepUnreadableAside(path: string, what: string): Promise<string> {
  const backup = `${path}.unreadable-${Date.now()}`;
  try {
    await rename(path, backup);
  } catch (e) {
    throw fsError(e, `Couldn't keep a backup of ${what}`, path);
  }
  return backup;
}

function upgrade<T extends { schemaVersion: number }>(raw: unknown, spec: DocumentSpec<T>, path: string) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw corrupt(spec, path, 'it is not a document');
  let doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw corrupt(spec, path, 'it has no schema version');
  }
  if (version > spec.version) {
    throw new AppError('NEWER_VERSION', `${spec.label} was saved by a newer version of Call Review (format ${version}); update the app to open it.`);
  }
  for (let v = version; v < spec.version; v++) {
    const migrate = spec.migrations[v];
    if (!migrate) throw corrupt(spec, path, `no migration from format ${v}`);
    doc = { ...migrate(doc), schemaVersion: v + 1 };
  }
  const parsed = spec.schema.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw corrupt(spec, path, `${first?.path.join('.') || 'document'}: ${first?.message ?? 'invalid'}`);
  }
  return { data: parsed.data, migrated: version !== spec.version };
}

/** A label inside a sentence: “The call's document” → “the call's document” (a name such as Settings stays). */
const inSentence = (label: string) => (label.startsWith('The ') ? `t${label.slice(1)}` : label);

const corrupt = (spec: DocumentSpec<never> | DocumentSpec<{ schemaVersion: number }>, path: string, why: string) =>
  new AppError('CORRUPT_DOCUMENT', `${spec.label} can't be read (${why}). The file was left untouched: ${path}`);
