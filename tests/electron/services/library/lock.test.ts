import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type BackendOptions } from '../../../../electron/services/backend';
import { LOCK_DIR, OWNER_FILE, lockLibrary } from '../../../../electron/services/library/lock';
import { ScriptedDialogs } from '../../../helpers/dialogs';
import { audio, tempDirs } from '../../../helpers/fixtures';
import { WHISPER_BINARY } from '../../../helpers/whisper';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const start = (userDataDir: string, more: Partial<BackendOptions> = {}) =>
  createBackend({ userDataDir, dialogs: new ScriptedDialogs(), emit: () => {}, whisperBinary: WHISPER_BINARY, ...more });

/** Another Call Review, in a child process, holding the library folder. */
async function holder(folder: string) {
  // tsx keeps its cache in TMPDIR: one of ours, removed with the others.
  const env = { ...process.env, TMPDIR: dirs.make('tsx').path };
  const child = fork(join(__dirname, 'lock-holder.ts'), [folder], { execArgv: ['--import', 'tsx'], env, stdio: 'ignore' });
  const outcome = await new Promise((resolve) => child.once('message', resolve));
  return { child, outcome };
}

describe('a library folder open in two Call Reviews', () => {
  it('the second opens it read-only and says where it is open; nothing it refuses is written', async () => {
    const userData = dirs.make('two backends').path;
    const first = await start(userData);
    const [imported] = await first.handlers['calls:import']({ paths: [audio('jfk.wav')] });
    const callId = imported?.kind === 'imported' ? imported.call.id : '';
    const folder = first.libraryFolder();
    expect(JSON.parse(readFileSync(join(folder, OWNER_FILE), 'utf8'))).toMatchObject({ pid: process.pid });

    const second = await start(userData);
    const info = await second.handlers['library:info']({});
    expect(info.problem).toEqual({
      code: 'LIBRARY_LOCKED',
      message: expect.stringMatching(/^This library is open in Call Review on this computer \(since .+\), so it is open here read-only/),
    });
    expect((await second.handlers['calls:list']({})).map((c) => c.id)).toEqual([callId]); // still readable
    const index = readFileSync(join(folder, 'library.json'), 'utf8');
    await expect(second.handlers['calls:rename']({ callId, title: 'Lost?' })).rejects.toMatchObject({ code: 'LIBRARY_LOCKED' });
    await expect(second.handlers['calls:import']({ paths: [audio('jfk.mp3')] })).resolves.toEqual([
      expect.objectContaining({ kind: 'failed', error: expect.objectContaining({ code: 'LIBRARY_LOCKED' }) }),
    ]);
    expect(readFileSync(join(folder, 'library.json'), 'utf8')).toBe(index);
    // The first instance carries on as before.
    await first.handlers['calls:rename']({ callId, title: 'Kept' });

    await first.close();
    expect(existsSync(join(folder, LOCK_DIR))).toBe(false);
    expect(existsSync(join(folder, OWNER_FILE))).toBe(false);
    await second.close(); // held nothing: lets go of nothing
    const third = await start(userData);
    expect((await third.handlers['library:info']({})).problem).toBeNull();
    expect((await third.handlers['calls:rename']({ callId, title: 'Renamed here' })).title).toBe('Renamed here');
    await third.close();
  });

  it('another process holding it keeps it; once that process is killed, the folder opens at once', async () => {
    const userData = dirs.make('child holder').path;
    const folder = join(userData, 'Shared library');
    mkdirSync(folder);
    const { child, outcome } = await holder(folder);
    expect(outcome).toBe('held');
    const dialogs = Object.assign(new ScriptedDialogs(), { folders: [folder, folder] });
    const backend = await start(userData, { dialogs });
    const { library } = await backend.handlers['library:chooseFolder']({});
    expect(library.problem).toMatchObject({ code: 'LIBRARY_LOCKED', message: expect.stringMatching(/on this computer/) });

    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(join(folder, LOCK_DIR))).toBe(true); // a crash leaves the lock behind, fresh
    // Choosing the folder again tries again: its holder's process is gone, so the lock is taken over.
    const again = await backend.handlers['library:chooseFolder']({});
    expect(again).toMatchObject({ changed: true, library: { folder, problem: null } });
    expect(JSON.parse(readFileSync(join(folder, OWNER_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await backend.close();
  });

  it('a copy of a library folder taken while it was open is not held by the lock copied with it', async () => {
    const userData = dirs.make('copied').path;
    const backend = await start(userData);
    const copy = join(dirs.make('copy').path, 'Copied library');
    cpSync(backend.libraryFolder(), copy, { recursive: true });
    expect(existsSync(join(copy, LOCK_DIR))).toBe(true);
    expect(await lockLibrary(backend.libraryFolder())).toMatchObject({ kind: 'busy' }); // the original still is
    const outcome = await lockLibrary(copy);
    expect(outcome.kind).toBe('held');
    if (outcome.kind === 'held') await outcome.lock.release();
    await backend.close();
  });

  it('a holder on another computer keeps it until its lock goes stale, and the message names that computer', async () => {
    const userData = dirs.make('other host').path;
    const first = await start(userData);
    const folder = first.libraryFolder();
    await first.close();
    mkdirSync(join(folder, LOCK_DIR));
    writeFileSync(join(folder, OWNER_FILE), JSON.stringify({ pid: 4242, hostname: 'sales-laptop-7', startedAt: '2026-11-24T09:30:00.000Z' }));

    const busy = await start(userData);
    expect((await busy.handlers['library:info']({})).problem?.message).toMatch(/open in Call Review on sales-laptop-7 \(since .+\)/);
    await busy.close();

    const old = new Date(Date.now() - 3 * 60_000); // its holder stopped refreshing it three minutes ago
    utimesSync(join(folder, LOCK_DIR), old, old);
    const taken = await start(userData);
    expect((await taken.handlers['library:info']({})).problem).toBeNull();
    expect(JSON.parse(readFileSync(join(folder, OWNER_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await taken.close();
  });
});
