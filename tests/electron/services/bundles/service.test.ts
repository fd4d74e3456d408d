import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../../../electron/services/media/appRequest';
import { PLAYLISTS_FILE } from '../../../../electron/services/playlists/store';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { tagCommand } from '../../../../shared/domain/chains';
import { listTree, zipContents } from '../../../helpers/bundles';
import { tempDir } from '../../../helpers/fixtures';
import { rawZip, type RawEntry } from '../../../helpers/rawZip';
import { callWithVtt, testLibrary, type TestLibrary } from '../../../helpers/vttLibrary';

/**
 * `bundles:export` and `bundles:import` through the real backend: a playlist of two calls goes out as a
 * `.zip` from one library and comes into a second, fresh one, where it plays from the bundle's audio.
 */
const dir = tempDir('bundles service');
afterAll(() => dir.cleanup());

let made = 0;
type Library = TestLibrary;
const library = (): Promise<Library> => testLibrary(join(dir.path, `user data ${++made}`));

/** A call with the three-turn transcript read from a VTT file (no whisper). */
const call = (lib: Library, file = 'jfk.wav') => callWithVtt(lib, dir.path, file);

/** Asks the app's URL space exactly as the protocol (and the e2e harness) does. */
const fetchApp = (lib: Library, rawPathname: string, range: string | null = null) =>
  answerAppRequest({ method: 'GET', rawPathname, range }, { rendererDir: join(dir.path, 'no renderer'), libraryFolder: lib.backend.libraryFolder() });

/** What the library folder holds, without the parts any backend writes on start. */
const bundlesTree = (lib: Library) => {
  const bundles = join(lib.backend.libraryFolder(), 'bundles');
  return existsSync(bundles) ? listTree(bundles) : [];
};

let sender: Library;
let playlistId: string;
let zip: string;
let clipIds: string[];
const out = join(dir.path, 'exports');

beforeAll(async () => {
  mkdirSync(out);
  sender = await library();
  const h = sender.backend.handlers;
  const first = await call(sender, 'jfk.wav');
  const second = await call(sender, 'sales-followup-azure.wav');
  // The prospect's turn of the first call is tagged: the bundle carries the tag with the turn.
  const turn = first.turns[1]!;
  const stakes = { id: 'p3', level: 3 as const, span: { start: turn.start, end: turn.end }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
  await h['annotations:apply']({ callId: first.callId, command: tagCommand(emptyAnnotations(), stakes, null, 'Renewals') });
  const playlist = await h['playlists:create']({ name: 'Best discoveries', description: 'For new reps' });
  playlistId = playlist.id;
  const renewals = await h['clips:create']({ callId: first.callId, start: 3, end: 8, title: 'Renewals', note: 'Listen to the pause', playlistId });
  const opener = await h['clips:create']({ callId: second.callId, start: 0, end: 3, title: 'The opener', playlistId });
  clipIds = [renewals.id, opener.id];
  zip = join(out, 'Best discoveries.zip');
}, 120_000);
afterAll(() => sender?.backend.close());

describe('bundles:export (real backend)', () => {
  it('asks where to save, named after the playlist; cancelled, it writes nothing', async () => {
    const answer = await sender.backend.handlers['bundles:export']({ playlistId });
    expect(answer).toEqual({ savedTo: null, clipCount: 0 });
    expect(sender.dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'Best discoveries.zip', extension: 'zip' });
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes the playlist as a bundle: its clips’ audio, transcripts with tags, and notes', async () => {
    sender.dialogs.savePaths.push(zip);
    expect(await sender.backend.handlers['bundles:export']({ playlistId })).toEqual({ savedTo: zip, clipCount: 2 });
    const entries = await zipContents(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(['README.txt', 'audio/01.m4a', 'audio/02.m4a', 'index.html', 'manifest.json']);
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data!.toString('utf8')) as {
      playlist: { name: string; description: string };
      clips: Array<{
        title: string;
        note: string;
        callTitle: string;
        durationSec: number;
        turns: Array<{ speaker: string; text: string; painLevels: number[] }>;
      }>;
    };
    expect(manifest.playlist).toEqual({ name: 'Best discoveries', description: 'For new reps' });
    expect(manifest.clips.map((c) => [c.title, c.note, c.callTitle])).toEqual([
      ['Renewals', 'Listen to the pause', 'jfk'],
      ['The opener', '', 'sales-followup-azure'],
    ]);
    expect(manifest.clips[0]!.durationSec).toBeCloseTo(5, 0);
    expect(manifest.clips[0]!.turns.map((t) => [t.speaker, t.text, t.painLevels])).toEqual([['Sam', 'Onboarding takes weeks and we lose renewals.', [3]]]);
  });

  it('exports one clip, named after it', async () => {
    const dest = join(out, 'one clip.zip');
    sender.dialogs.savePaths.push(dest);
    expect(await sender.backend.handlers['bundles:export']({ clipId: clipIds[1]! })).toEqual({ savedTo: dest, clipCount: 1 });
    expect(sender.dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'The opener.zip', extension: 'zip' });
    const manifest = JSON.parse((await zipContents(dest)).find((e) => e.name === 'manifest.json')!.data!.toString('utf8')) as { playlist: { name: string } };
    expect(manifest.playlist.name).toBe('The opener');
  });

  it('refuses a playlist with a clip that can’t play, naming it, before asking where to save', async () => {
    const h = sender.backend.handlers;
    const gone = await call(sender, 'jfk.mp3');
    const playlist = await h['playlists:create']({ name: 'Half gone' });
    await h['playlists:addClip']({ playlistId: playlist.id, clipId: clipIds[0]! });
    await h['clips:create']({ callId: gone.callId, start: 0, end: 2, title: 'Vanished', playlistId: playlist.id });
    await h['calls:delete']({ callId: gone.callId });
    const asked = sender.dialogs.saveRequests.length;
    await expect(h['bundles:export']({ playlistId: playlist.id })).rejects.toMatchObject({
      code: 'FILE_MISSING',
      message:
        "“Half gone” can't be exported: a clip has no audio to cut from: “Vanished” (The call “jfk” was deleted.). Remove it from the playlist, or bring the call back, and export again.",
    });
    const empty = await h['playlists:create']({ name: 'Nothing yet' });
    await expect(h['bundles:export']({ playlistId: empty.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: '“Nothing yet” has no clips to export: add a clip to it first.',
    });
    expect(sender.dialogs.saveRequests.length).toBe(asked);
  });
});

describe('bundles:import into a second, fresh library (real backend)', () => {
  it('adds the playlist, its clips with their turns and notes, playing from the bundle’s audio; again, nothing is duplicated', async () => {
    const receiver = await library();
    const h = receiver.backend.handlers;
    try {
      expect(await h['bundles:import']({})).toEqual({ playlistId: null, name: null, alreadyImported: false }); // cancelled
      receiver.dialogs.bundles.push(zip);
      const imported = await h['bundles:import']({});
      expect(imported).toMatchObject({ name: 'Best discoveries', alreadyImported: false });
      expect(receiver.changes.at(-1)).toEqual({ reason: 'playlists', calls: [], parts: [] });

      const [summary, ...others] = await h['playlists:list']({});
      expect(others).toEqual([]);
      expect(summary).toMatchObject({ id: imported.playlistId, name: 'Best discoveries', description: 'For new reps', clipCount: 2 });
      const bundleId = summary!.bundleId!;
      expect(bundleId).toMatch(/^[0-9a-f-]{36}$/);
      const { items } = await h['playlists:get']({ playlistId: imported.playlistId! });
      expect(items.map((i) => [i.clip.title, i.clip.note, i.clip.callTitle, i.clip.origin, i.audioUrl, i.unavailable])).toEqual([
        ['Renewals', 'Listen to the pause', 'jfk', { kind: 'bundle', bundleId, file: 'audio/01.m4a' }, `/bundle-media/${bundleId}/audio/01.m4a`, null],
        ['The opener', '', 'sales-followup-azure', { kind: 'bundle', bundleId, file: 'audio/02.m4a' }, `/bundle-media/${bundleId}/audio/02.m4a`, null],
      ]);
      expect(items[0]!.clip.start).toBe(0);
      expect(items[0]!.clip.end).toBeCloseTo(5, 0);
      expect(items[0]!.turns.map((t) => [t.speaker, t.role, t.text, t.painLevels])).toEqual([
        ['Sam', 'unknown', 'Onboarding takes weeks and we lose renewals.', [3]],
      ]);

      // The audio streams through the app's protocol, whole and by range.
      const onDisk = readFileSync(join(receiver.backend.libraryFolder(), 'bundles', bundleId, 'audio', '01.m4a'));
      const whole = await fetchApp(receiver, items[0]!.audioUrl!);
      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-type')).toBe('audio/mp4');
      expect(Buffer.from(await whole.arrayBuffer()).equals(onDisk)).toBe(true);
      const part = await fetchApp(receiver, items[0]!.audioUrl!, 'bytes=100-199');
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 100-199/${onDisk.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(onDisk.subarray(100, 200))).toBe(true);
      expect((await fetchApp(receiver, `/bundle-media/${bundleId}/manifest.json`)).status).toBe(403);

      // The same bundle again: the playlist it made, nothing added.
      const tree = bundlesTree(receiver);
      receiver.dialogs.bundles.push(zip);
      expect(await h['bundles:import']({})).toEqual({ playlistId: imported.playlistId, name: 'Best discoveries', alreadyImported: true });
      expect((await h['playlists:list']({})).map((p) => p.id)).toEqual([imported.playlistId]);
      expect(await h['clips:list']({})).toHaveLength(2);
      expect(bundlesTree(receiver)).toEqual(tree);

      // Its playlist deleted, the bundle comes back as a new playlist from the audio already there.
      await h['playlists:delete']({ playlistId: imported.playlistId! });
      receiver.dialogs.bundles.push(zip);
      const again = await h['bundles:import']({});
      expect(again).toMatchObject({ name: 'Best discoveries', alreadyImported: false });
      expect(again.playlistId).not.toBe(imported.playlistId);
      expect((await h['playlists:get']({ playlistId: again.playlistId! })).items.map((i) => i.unavailable)).toEqual([null, null]);
      expect(bundlesTree(receiver)).toEqual(tree);
    } finally {
      await receiver.backend.close();
    }
  });

  it('refuses hostile and damaged bundles with a clear message, writing nothing into the library', async () => {
    const receiver = await library();
    const h = receiver.backend.handlers;
    try {
      const good = await zipContents(zip);
      const manifest = JSON.parse(good.find((e) => e.name === 'manifest.json')!.data!.toString('utf8')) as Record<string, unknown>;
      const bundle = (name: string, entries: RawEntry[]) => {
        const path = join(out, name);
        writeFileSync(path, rawZip(entries));
        return path;
      };
      const cases: Array<[string, string, { code: string; message: RegExp | string }]> = [
        [
          'zip-slip',
          bundle('slip.zip', [...good, { name: '../../escaped.txt', data: Buffer.from('out') }]),
          { code: 'INVALID_INPUT', message: "This bundle can't be imported: the entry “../../escaped.txt” points outside the bundle’s folder (“..”)." },
        ],
        [
          'a newer format',
          bundle('newer.zip', [
            ...good.filter((e) => e.name !== 'manifest.json'),
            { name: 'manifest.json', data: Buffer.from(JSON.stringify({ ...manifest, version: 99 })) },
          ]),
          { code: 'NEWER_VERSION', message: 'This bundle was made by a newer Call Review (bundle format 99); update the app to open it.' },
        ],
        [
          'audio that does not decode',
          bundle('noise.zip', [...good.filter((e) => e.name !== 'audio/02.m4a'), { name: 'audio/02.m4a', data: Buffer.from('not audio at all') }]),
          { code: 'NOT_AUDIO', message: /^This bundle can't be imported: the audio of the clip “The opener” \(audio\/02\.m4a\) / },
        ],
        [
          'a zip without a manifest',
          bundle('empty.zip', []),
          { code: 'CORRUPT_DOCUMENT', message: "This file isn't a Call Review bundle: it has no manifest.json." },
        ],
      ];
      for (const [label, path, error] of cases) {
        receiver.dialogs.bundles.push(path);
        await expect(h['bundles:import']({}), label).rejects.toMatchObject(error);
        expect(bundlesTree(receiver), label).toEqual([]);
      }
      expect(existsSync(join(out, 'escaped.txt'))).toBe(false);
      expect(existsSync(join(dir.path, 'escaped.txt'))).toBe(false);
      expect(await h['playlists:list']({})).toEqual([]);
      expect(await h['clips:list']({})).toEqual([]);
      expect(receiver.changes.filter((c) => c.reason === 'playlists')).toEqual([]);
    } finally {
      await receiver.backend.close();
    }
  });

  it('a bundle whose playlist can’t be saved (a damaged playlists file) leaves no audio behind', async () => {
    const receiver = await library();
    try {
      writeFileSync(join(receiver.backend.libraryFolder(), PLAYLISTS_FILE), '{ damaged');
      receiver.dialogs.bundles.push(zip);
      await expect(receiver.backend.handlers['bundles:import']({})).rejects.toMatchObject({ message: /playlists/i });
      expect(bundlesTree(receiver)).toEqual([]);
    } finally {
      await receiver.backend.close();
    }
  });
});
