import fc from 'fast-check';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { registerIpc } from '../../../electron/ipc';
import { APP_ORIGIN } from '../../../electron/scheme';
import { createBackend, type Backend } from '../../../electron/services/backend';
import { BRIDGE_CHANNELS, contract, methodNames, type Envelope, type Handlers, type MethodName } from '../../../shared/contract';
import { CATALOGUE } from '../../../shared/domain/models';
import { AppErrorShape } from '../../../shared/errors';
import { ScriptedDialogs } from '../../helpers/dialogs';
import { audio, tempDir } from '../../helpers/fixtures';
import { armReadDetection, changes, isUnder, snapshot } from '../../helpers/fsWatch';
import { hostilePayload, hostilePaths } from '../../helpers/hostile';
import { WHISPER_BINARY } from '../../helpers/whisper';
import { FakeBrowserWindow, invokeEvent, ipcHandlers, resetElectronMock } from './electronMock';

vi.mock('electron', async () => (await import('./electronMock')).electronModule);

/**
 * Every bridge method gets hundreds of malformed payloads through the very path the app's IPC takes
 * (registerIpc → the shared dispatcher → the real backend's handlers), in a temporary HOME. Seeded, so
 * a failure replays: the failing payload is printed, and FUZZ_SEED picks another run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS_PER_METHOD = 200;
const PAGE = `${APP_ORIGIN}/index.html`;

const dir = tempDir('ipc fuzz');
const home = join(dir.path, 'home');
const userData = join(home, 'userData');
const library = join(userData, 'Library');
const outsideDir = join(dir.path, 'outside');
const secretFile = join(home, 'secret.txt');
const paths = hostilePaths({ secretFile, secretDir: join(home, '.ssh'), library, home });

type Outcome = { method: MethodName; payload: unknown; result: unknown; ran: boolean };
const outcomes: Outcome[] = [];
/** Paths that reached an import handler: import reads what it is given (a dropped file), by design. */
const pathsImportRead: string[] = [];
let backend: Backend;
let realCallId = '';
let readsRecorded = false;
let homeBefore = new Map<string, string>();
let outsideBefore = new Map<string, string>();
let cwdBefore: string[] = [];
const savedEnv = { HOME: process.env.HOME, USERPROFILE: process.env.USERPROFILE };
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function plausible(key: string): unknown[] {
  const values: Record<string, unknown[]> = {
    callId: [realCallId, '0f4e21c8-6811-4f72-959a-2c25b9584e57'],
    paths: [[secretFile], [paths[9]], ['\\\\server\\share\\call.wav'], ['C:\\calls\\call.wav::$DATA']],
    tracks: [
      [
        { path: secretFile, speakerName: 'A' },
        { path: '\\\\server\\share\\b.wav', speakerName: 'B' },
      ],
    ],
    multiple: [true, false],
    title: ['Acme discovery'],
    name: ['Dana'],
    rememberAs: ['Dana', null],
    repName: ['Dana'],
    recordedAt: ['2026-01-01T10:00:00Z'],
    speakerId: ['s1'],
    role: ['rep'],
    criteria: [null],
    format: ['srt', 'json', 'pdf', 'csv'],
    threads: [4, null],
    id: [CATALOGUE[0]!.id, '../../../etc/passwd'],
    kind: ['segmentation', 'embedding'],
    count: [2, null],
  };
  return values[key] ?? [{}];
}

function inputKeys(method: MethodName): string[] {
  const schema = contract.methods[method].input as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Counts every handler that runs (and what an import was handed) without changing what it does. */
function watched(handlers: Handlers, ran: Set<string>): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => Promise<unknown>][]) {
    wrapped[name] = (input) => {
      ran.add(name);
      if (name === 'calls:import') pathsImportRead.push(...(input as { paths: string[] }).paths);
      if (name === 'calls:importTracks') pathsImportRead.push(...(input as { tracks: { path: string }[] }).tracks.map((t) => t.path));
      return handler(input);
    };
  }
  return wrapped as Handlers;
}

beforeAll(async () => {
  mkdirSync(join(home, '.ssh'), { recursive: true });
  mkdirSync(join(home, 'Documents'), { recursive: true });
  mkdirSync(outsideDir, { recursive: true });
  writeFileSync(secretFile, 'the user’s secret');
  writeFileSync(join(home, '.ssh', 'id_ed25519'), 'PRIVATE KEY');
  writeFileSync(join(home, 'Documents', 'not audio.wav'), 'plain text named .wav');
  writeFileSync(join(outsideDir, 'secret.txt'), 'outside HOME');
  process.env.HOME = home;
  process.env.USERPROFILE = home;

  resetElectronMock();
  const ran = new Set<string>();
  backend = await createBackend({
    userDataDir: userData,
    dialogs: new ScriptedDialogs(),
    emit: () => {},
    whisperBinary: WHISPER_BINARY,
    printPdf: async () => new Uint8Array(),
    modelSource: { baseUrl: 'http://127.0.0.1:9', catalogue: CATALOGUE },
    fetch: () => Promise.reject(new Error('no network in this test')),
  });
  const imported = await backend.handlers['calls:import']({ paths: [audio('jfk.wav')] });
  realCallId = imported[0]?.kind === 'imported' ? imported[0].call.id : '';
  registerIpc(watched(backend.handlers, ran));
  const win = new FakeBrowserWindow({});
  win.webContents.url = PAGE;
  const event = invokeEvent(win.webContents, PAGE);
  const invoke = ipcHandlers.get(BRIDGE_CHANNELS.invoke)!;

  readsRecorded = armReadDetection(dir.path, join(outsideDir, 'secret.txt'), (p) => readFileSync(p));
  const skipUserData = (p: string) => isUnder(userData, p);
  homeBefore = snapshot(home, skipUserData);
  outsideBefore = snapshot(outsideDir);
  cwdBefore = readdirSync(process.cwd()).sort();

  for (const [index, method] of methodNames.entries()) {
    const payloads = fc.sample(hostilePayload(inputKeys(method), plausible, paths), { seed: SEED + index, numRuns: RUNS_PER_METHOD });
    for (const payload of payloads) {
      ran.clear();
      const result = await invoke(event, method, payload);
      outcomes.push({ method, payload, result, ran: ran.has(method) });
    }
  }
}, 180_000);

afterAll(async () => {
  backend?.shutdown();
  process.env.HOME = savedEnv.HOME;
  process.env.USERPROFILE = savedEnv.USERPROFILE;
  await new Promise((r) => setTimeout(r, 200)); // let aborted downloads and jobs settle before removing their folders
  dir.cleanup();
});

/** A payload as a short line: huge strings, long arrays and deep nesting cut, so a failure reads. */
function show(value: unknown, depth = 0): string {
  const text = (() => {
    if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 40)}…(${value.length} chars)` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (value === null || typeof value !== 'object') return String(value);
    if (depth > 3) return '…';
    if (Array.isArray(value))
      return `[${value
        .slice(0, 3)
        .map((v) => show(v, depth + 1))
        .join(',')}${value.length > 3 ? `,…(${value.length})` : ''}]`;
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${show(v, depth + 1)}`);
    return `{${entries.join(',')}}`;
  })();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

const report = (bad: Outcome[], why: string) => bad.slice(0, 15).map((o) => `${o.method} ${show(o.payload)} → ${why}: ${show(o.result)}`);

describe('bridge fuzzing (seed ' + SEED + ')', () => {
  it(`sends ${RUNS_PER_METHOD} payloads to each of the ${methodNames.length} methods`, () => {
    expect(outcomes).toHaveLength(RUNS_PER_METHOD * methodNames.length);
    expect(realCallId).not.toBe('');
  });

  it('answers every payload with an envelope, a failure always with a typed error and never INTERNAL', () => {
    const notEnvelope = outcomes.filter((o) => {
      const r = o.result as Envelope<unknown>;
      return !r || (r.ok !== true && (r.ok !== false || !AppErrorShape.safeParse(r.error).success));
    });
    expect(report(notEnvelope, 'not an envelope')).toEqual([]);
    const internal = outcomes.filter(
      (o) => (o.result as Envelope<unknown>).ok === false && (o.result as { error: { code: string } }).error.code === 'INTERNAL',
    );
    expect(report(internal, 'INTERNAL')).toEqual([]);
  });

  it('rejects every payload the contract refuses with INVALID_INPUT before any handler runs', () => {
    const invalid = outcomes.filter((o) => !contract.methods[o.method].input.safeParse(o.payload ?? {}).success);
    expect(invalid.length).toBeGreaterThan(outcomes.length * 0.5);
    const wrong = invalid.filter((o) => o.ran || (o.result as { error?: { code: string } }).error?.code !== 'INVALID_INPUT');
    expect(report(wrong, 'not refused as INVALID_INPUT')).toEqual([]);
  });

  it('keeps error messages short enough to show, whatever size the input was', () => {
    const long = outcomes.filter((o) => JSON.stringify(o.result).length > 4000);
    expect(report(long, 'answer too long')).toEqual([]);
  });

  it('refuses, before reading anything, an import of a Windows share, device, stream, or a path not absolute here', () => {
    const named = (payload: unknown): unknown[] => {
      const p = payload as { paths?: unknown; tracks?: unknown };
      if (Array.isArray(p?.paths)) return p.paths;
      return Array.isArray(p?.tracks) ? p.tracks.map((t: unknown) => (t as { path?: unknown })?.path) : [];
    };
    const foreign = (p: unknown) =>
      typeof p === 'string' && (!isAbsolute(p) || /^[\\/]{2}/.test(p) || /\0/.test(p) || /^[A-Za-z]:.*:|[. ]$|(^|[\\/])(con|nul|com\d)(\.|$)/i.test(p));
    const imports = outcomes.filter((o) => o.method === 'calls:import' || o.method === 'calls:importTracks');
    const accepted = imports.filter((o) => named(o.payload).some(foreign) && (o.result as { error?: { code: string } }).error?.code !== 'INVALID_INPUT');
    expect(report(accepted, 'not refused')).toEqual([]);
    expect(imports.filter((o) => named(o.payload).some(foreign)).length).toBeGreaterThan(50);
  });

  it('imports nothing from outside: every hostile path is refused', () => {
    const imported = outcomes.filter((o) => JSON.stringify(o.result).includes('"kind":"imported"'));
    expect(report(imported, 'imported')).toEqual([]);
  });

  it('leaves Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stays up: the app still answers a valid call', async () => {
    const result = await ipcHandlers.get(BRIDGE_CHANNELS.invoke)!(invokeEvent(FakeBrowserWindow.all[0]!.webContents, PAGE), 'library:info', {});
    expect(result).toMatchObject({ ok: true, value: { folder: library } });
  });

  it('writes nothing outside the user-data folder, and reads nothing there but the files handed to an import', () => {
    const allowedReads = new Set(pathsImportRead.map((p) => resolve(p)));
    const strip = (m: Map<string, string>, root: string) =>
      new Map([...m].map(([path, entry]) => [path, allowedReads.has(join(root, path)) ? entry.replace(/ read@\S+/, '') : entry]));
    expect(
      changes(
        strip(homeBefore, home),
        strip(
          snapshot(home, (p) => isUnder(userData, p)),
          home,
        ),
      ),
    ).toEqual([]);
    expect(changes(outsideBefore, snapshot(outsideDir))).toEqual([]);
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
    if (!readsRecorded) console.warn('This file system records no reads (noatime): only writes were checked.');
  });
});
