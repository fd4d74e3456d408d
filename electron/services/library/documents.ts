import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { rename } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
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

/**
 * Opens a lowdb document (written atomically by lowdb's steno: temp file, then rename).
 * A missing file starts from `initial`; unreadable or invalid JSON is reported as CORRUPT_DOCUMENT and
 * the file is left exactly as it is: nothing here ever overwrites a document it could not read.
 */
export async function openDocument<T extends { schemaVersion: number }>(path: string, spec: DocumentSpec<T>, initial: (() => T) | null): Promise<Low<T>> {
  const adapter = new JSONFile<unknown>(path);
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (e) {
    if (e instanceof SyntaxError) throw corrupt(spec, path, 'it is not valid JSON');
    throw fsError(e, `Couldn't read ${spec.label}`);
  }
  if (raw === null) {
    if (!initial) throw new AppError('NOT_FOUND', `${spec.label} is missing (${basename(path)}).`);
    const db = new Low<T>(new JSONFile<T>(path), initial());
    await writeDocument(db, spec);
    return db;
  }
  const { data, migrated } = upgrade(raw, spec, path);
  const db = new Low<T>(new JSONFile<T>(path), data);
  if (migrated) await writeDocument(db, spec);
  return db;
}

/** Writes the document; disk errors become DISK_FULL / READ_ONLY with the document's name. */
export async function writeDocument<T extends { schemaVersion: number }>(db: Low<T>, spec: DocumentSpec<T>): Promise<void> {
  try {
    await db.write();
  } catch (e) {
    throw fsError(e, `Couldn't save ${spec.label}`);
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

const corrupt = (spec: DocumentSpec<never> | DocumentSpec<{ schemaVersion: number }>, path: string, why: string) =>
  new AppError('CORRUPT_DOCUMENT', `${spec.label} can't be read (${why}). The file was left untouched: ${path}`);
