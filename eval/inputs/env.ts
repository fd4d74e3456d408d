import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EventName, EventPayload, Handlers } from '../../shared/contract';
import { isAppError, type ErrorCode } from '../../shared/errors';
import { createBackend, type Backend } from '../../electron/services/backend';
import { LOCK_DIR, OWNER_FILE } from '../../electron/services/library/lock';
import { createSettingsService } from '../../electron/services/settings/settings';
import { whisperBinaryPath } from '../../electron/services/transcription/binary';
import { ScriptedDialogs } from '../../tests/helpers/dialogs';
import { JFK_WAV } from './samples';

const ROOT = resolve(import.meta.dirname, '../..');
/** Built by `npm install` (scripts/build-whisper.mjs): the rows run the real engine. */
export const WHISPER_BINARY = whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' });

export type BackendEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

/** The app for one row: a real backend over its own user-data folder and library. */
export type Env = {
  /** Scratch space for the row's inputs (outside the library). */
  work: string;
  library: string;
  backend: Backend;
  h: Handlers;
  dialogs: ScriptedDialogs;
  events: BackendEvent[];
  /** The seeded call: imported from jfk.wav, with two comments (c1 then c2). */
  callId: string;
};

/** What the user is shown: an error's code and message, or (code null) what happened instead. */
export type Seen = { code: ErrorCode | null; message: string };

/** Runs `act` and reports the AppError it threw as what the user sees; anything else is a defect. */
export async function seen(act: () => Promise<string>): Promise<Seen> {
  try {
    return { code: null, message: await act() };
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    return { code: null, message: `not an AppError: ${e instanceof Error ? e.stack : String(e)}` };
  }
}

export async function openBackend(userDataDir: string, dialogs = new ScriptedDialogs()) {
  const events: BackendEvent[] = [];
  const backend = await createBackend({
    userDataDir,
    dialogs,
    emit: (event, payload) => events.push({ event, payload } as BackendEvent),
    whisperBinary: WHISPER_BINARY,
  });
  return { backend, h: backend.handlers, dialogs, events };
}

/**
 * A library with one call and one comment on it, made once and copied for each row. It is closed before
 * anything copies it (its writes landed, its folder's lock let go), as the app leaves a library on quit.
 */
export async function seedLibrary(work: string): Promise<{ folder: string; callId: string }> {
  const userData = join(work, 'seed user data');
  const { backend, h } = await openBackend(userData);
  const [outcome] = await h['calls:import']({ paths: [JFK_WAV] });
  if (outcome?.kind !== 'imported') throw new Error(`seeding failed: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  const item = { id: 'c1', author: 'Dana', createdAt: new Date().toISOString(), at: 3, span: null, text: 'Good opener' };
  // Two saves: a document restored from its copy (one save behind) still has the first.
  await h['annotations:apply']({ callId, command: { type: 'put', collection: 'comments', item } });
  await h['annotations:apply']({ callId, command: { type: 'put', collection: 'comments', item: { ...item, id: 'c2', text: 'Ask about budget' } } });
  const seed = { folder: backend.libraryFolder(), callId };
  await backend.close();
  await checkCopyOpensWritable(work, seed);
  return seed;
}

/** A copy of the closed seed carries no lock and opens writable: otherwise every row would test a locked library. */
async function checkCopyOpensWritable(work: string, seed: { folder: string; callId: string }): Promise<void> {
  const left = [LOCK_DIR, OWNER_FILE].filter((name) => existsSync(join(seed.folder, name)));
  if (left.length > 0) throw new Error(`the closed seed library still holds its lock (${left.join(', ')}): copies would carry it`);
  const made = await makeRow(work, seed);
  try {
    const { h } = await made.open();
    const { problem } = await h['library:info']({});
    if (problem) throw new Error(`a copy of the seed library opens with a problem: ${problem.code}: ${problem.message}`);
    await h['library:setMyName']({ name: 'Dana' }); // a write: rejects (LIBRARY_LOCKED) unless the copy is writable
  } finally {
    await made.close();
  }
}

/**
 * A row's app, in two steps: `makeRow` copies the seeded library to `library` (or the default folder) so
 * the row can damage it; `open` then starts a backend over it, as the app starts.
 */
export async function makeRow(root: string, seed: { folder: string; callId: string }, libraryFolder?: string) {
  const dir = await mkdtemp(join(root, 'row-'));
  const work = join(dir, 'inputs');
  const userData = join(dir, 'user data');
  await mkdir(work, { recursive: true });
  const library = libraryFolder ?? join(userData, 'Library');
  await cp(seed.folder, library, { recursive: true });
  if (libraryFolder) await (await createSettingsService({ userDataDir: userData })).change({ libraryFolder });
  let app: Awaited<ReturnType<typeof openBackend>> | null = null;
  return {
    library,
    callId: seed.callId,
    async open(): Promise<Env> {
      app = await openBackend(userData);
      return { ...app, work, library, callId: seed.callId };
    },
    async close(): Promise<void> {
      app?.backend.shutdown();
      await app?.backend.queue.idle();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
