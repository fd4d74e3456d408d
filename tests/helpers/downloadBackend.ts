import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createBackend, type BackendOptions } from '../../electron/services/backend';
import { ScriptedDialogs } from './dialogs';
import { tempDirs } from './fixtures';
import { startRangeServer, type RangeServer, type Send } from './rangeServer';
import type { BackendEvent } from './speakerBackend';
import { WHISPER_BINARY } from './whisper';

/** Where a backend downloads from (a test's local host) and how it fetches; the rest is the same for every download test. */
export type DownloadSources = Omit<BackendOptions, 'userDataDir' | 'dialogs' | 'emit' | 'whisperBinary'>;

/**
 * What the download tests share: one local model host for the file's tests (127.0.0.1 only, see
 * rangeServer.ts; its request log emptied before each test), and real backends in temp folders, each
 * keeping the events it emits. The host is closed and the folders removed after the file's tests.
 */
export function modelHostForFile(files: Record<string, Buffer>, options: { send?: Send } = {}) {
  let started: RangeServer | undefined;
  const dirs = tempDirs();
  beforeAll(async () => {
    started = await startRangeServer(files, options);
  });
  beforeEach(() => {
    if (started) started.requests.length = 0;
  });
  afterAll(async () => {
    await started?.close();
    dirs.cleanup();
  });

  const host = (): RangeServer => {
    if (!started) throw new Error('The model host starts before the tests: call host() in a test or a hook.');
    return started;
  };
  /** A real backend in a new temp folder, downloading from `sources`; `events` is what it emitted, in order. */
  const backend = async (label: string, sources: DownloadSources) => {
    const dir = dirs.make(label);
    const events: BackendEvent[] = [];
    const b = await createBackend({
      userDataDir: dir.path,
      dialogs: new ScriptedDialogs(),
      emit: (event, payload) => events.push({ event, payload } as BackendEvent),
      whisperBinary: WHISPER_BINARY,
      ...sources,
    });
    return { b, events, dir: dir.path };
  };
  return { host, backend };
}
