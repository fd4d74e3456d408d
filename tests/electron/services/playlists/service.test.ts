import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAYLISTS_FILE } from '../../../../electron/services/playlists/store';
import { emptyAnnotations } from '../../../../shared/domain/annotations';
import { tagCommand } from '../../../../shared/domain/chains';
import { editTextSplice } from '../../../../shared/domain/transcriptEdits';
import { audio, tempDir } from '../../../helpers/fixtures';
import { callWithVtt, testLibrary, type TestLibrary } from '../../../helpers/vttLibrary';

const dir = tempDir('playlists');
afterAll(() => dir.cleanup());

let made = 0;
type Library = TestLibrary;
const library = (userDataDir = join(dir.path, `user data ${++made}`)): Promise<Library> => testLibrary(userDataDir);

/** A call with the three-turn transcript read from a VTT file (no whisper). */
const call = (lib: Library, file = 'jfk.wav') => callWithVtt(lib, dir.path, file);

describe('clips (real backend)', () => {
  it('makes, changes and deletes a clip; refuses ranges outside the call and unknown calls, changing nothing', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    const { callId, detail } = await call(lib);
    const clip = await h['clips:create']({ callId, start: 2, end: 8, title: 'Renewals', note: 'Listen to the pause' });
    expect(clip).toMatchObject({ origin: { kind: 'call', callId }, callTitle: 'jfk', start: 2, end: 8, title: 'Renewals', note: 'Listen to the pause' });
    expect(lib.changes.at(-1)).toEqual({ reason: 'playlists', calls: [], parts: [] });

    const duration = detail.durationSec;
    const [mm, ss] = [Math.floor(duration / 60), String(Math.round(duration % 60)).padStart(2, '0')];
    await expect(h['clips:create']({ callId, start: 5, end: duration + 60, title: 'Too long' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `The clip ends at ${Math.floor((duration + 60) / 60)}:${String(Math.round((duration + 60) % 60)).padStart(2, '0')}, after the end of the call (${mm}:${ss}).`,
    });
    await expect(h['clips:create']({ callId, start: 6, end: 4, title: 'Backwards' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The clip ends (0:04) before it starts (0:06).',
    });
    await expect(h['clips:create']({ callId: '0f4e21c8-6811-4f72-959a-2c25b9584e57', start: 0, end: 1, title: 'Gone' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That call is not in this library (it may have been deleted).',
    });

    const updated = await h['clips:update']({ clipId: clip.id, title: 'Lost renewals', start: 3 });
    expect(updated).toMatchObject({ id: clip.id, title: 'Lost renewals', note: 'Listen to the pause', start: 3, end: 8 });
    await expect(h['clips:update']({ clipId: clip.id, end: duration + 1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: /after the end of the call/,
    });
    expect(await h['clips:list']({})).toEqual([updated]);

    await h['clips:delete']({ clipId: clip.id });
    expect(await h['clips:list']({})).toEqual([]);
    await expect(h['clips:delete']({ clipId: clip.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That clip is no longer in this library.' });
    await lib.backend.close();
  });
});

describe('playlists (real backend)', () => {
  it('orders clips, holds a clip in two playlists, and deleting the clip takes it out of both', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    const { callId } = await call(lib);
    const a = await h['playlists:create']({ name: 'Best discoveries', description: 'For new reps' });
    const b = await h['playlists:create']({ name: 'Onboarding' });
    const one = await h['clips:create']({ callId, start: 0, end: 3, title: 'Opening question', playlistId: a.id });
    const two = await h['clips:create']({ callId, start: 3, end: 8, title: 'Renewals', playlistId: a.id });
    const three = await h['clips:create']({ callId, start: 8, end: 11, title: 'Pitch' });
    await h['playlists:addClip']({ playlistId: a.id, clipId: three.id, index: 0 });
    await h['playlists:addClip']({ playlistId: b.id, clipId: two.id });
    await expect(h['playlists:addClip']({ playlistId: b.id, clipId: two.id })).rejects.toMatchObject({ message: '“Renewals” is already in “Onboarding”.' });

    expect((await h['playlists:get']({ playlistId: a.id })).playlist.clipIds).toEqual([three.id, one.id, two.id]);
    const reordered = await h['playlists:reorder']({ playlistId: a.id, clipIds: [one.id, two.id, three.id] });
    expect(reordered.clipIds).toEqual([one.id, two.id, three.id]);
    // Not a permutation of the current clips: refused, the order kept.
    for (const clipIds of [
      [one.id, two.id],
      [one.id, two.id, two.id],
      [one.id, two.id, 'other'],
    ]) {
      await expect(h['playlists:reorder']({ playlistId: a.id, clipIds })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: 'The new order of “Best discoveries” must list each of its 3 clips once; it changed meanwhile, reload it and try again.',
      });
    }
    expect((await h['playlists:get']({ playlistId: a.id })).playlist.clipIds).toEqual([one.id, two.id, three.id]);

    const renamed = await h['playlists:update']({ playlistId: b.id, name: 'Onboarding pain', description: 'Why it hurts' });
    expect(renamed).toMatchObject({ name: 'Onboarding pain', description: 'Why it hurts' });
    expect(await h['playlists:list']({})).toEqual([
      expect.objectContaining({ id: a.id, name: 'Best discoveries', clipCount: 3, totalSec: 11, smart: null, bundleId: null, problem: null }),
      expect.objectContaining({ id: b.id, name: 'Onboarding pain', clipCount: 1, totalSec: 5 }),
    ]);

    await h['clips:delete']({ clipId: two.id });
    expect((await h['playlists:get']({ playlistId: a.id })).playlist.clipIds).toEqual([one.id, three.id]);
    expect((await h['playlists:get']({ playlistId: b.id })).playlist.clipIds).toEqual([]);

    await h['playlists:removeClip']({ playlistId: a.id, clipId: one.id });
    expect((await h['playlists:get']({ playlistId: a.id })).playlist.clipIds).toEqual([three.id]);
    await h['playlists:delete']({ playlistId: a.id });
    expect((await h['playlists:list']({})).map((p) => p.id)).toEqual([b.id]);
    expect((await h['clips:list']({})).map((c) => c.id)).toEqual([one.id, three.id]); // clips outlive their playlists
    await expect(h['playlists:get']({ playlistId: a.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await lib.backend.close();
  });

  it('gives each item what the player needs: the turns as edited now, the audio URL, or why it can’t play', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    const { callId, detail, transcript } = await call(lib);
    const playlist = await h['playlists:create']({ name: 'Review' });
    const clip = await h['clips:create']({ callId, start: 3.5, end: 7, title: 'Renewals', playlistId: playlist.id });
    const [item] = (await h['playlists:get']({ playlistId: playlist.id })).items;
    expect(item).toEqual({
      clip,
      turns: [
        {
          start: 3,
          end: 8,
          speaker: 'Sam',
          role: expect.any(String),
          text: 'Onboarding takes weeks and we lose renewals.',
          painLevels: [],
          missedFollowUp: false,
          moments: [],
        },
      ],
      audioUrl: detail.tracks[0]!.url,
      followerUrls: [],
      unavailable: null,
    });

    // A transcript edit shows in the clip; its range stays.
    const turn = transcript.turns[1]!;
    await h['transcript:edit']({ callId, splice: editTextSplice(transcript, turn.id, 'Onboarding takes months and we lose renewals.') });
    const [edited] = (await h['playlists:get']({ playlistId: playlist.id })).items;
    expect(edited!.turns.map((t) => t.text)).toEqual(['Onboarding takes months and we lose renewals.']);
    expect([edited!.clip.start, edited!.clip.end]).toEqual([3.5, 7]);

    // The call is deleted: the clip stays, and says why it can't play.
    await h['calls:delete']({ callId });
    const [gone] = (await h['playlists:get']({ playlistId: playlist.id })).items;
    expect(gone).toEqual({ clip, turns: [], audioUrl: null, followerUrls: [], unavailable: 'The call “jfk” was deleted.' });
    expect((await h['playlists:list']({}))[0]).toMatchObject({ clipCount: 1 });
    await expect(h['clips:update']({ clipId: clip.id, start: 1 })).rejects.toMatchObject({
      message: 'The call “jfk” was deleted: the clip’s range can’t change.',
    });
    expect(await h['clips:update']({ clipId: clip.id, note: 'Still worth reading' })).toMatchObject({ note: 'Still worth reading' });
    await lib.backend.close();
  });

  it('plays a per-speaker call’s tracks together, and gives the bundle export every track’s file', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    const imported = await h['calls:importTracks']({
      title: 'Two tracks',
      tracks: [
        { path: audio('service-call-track-agent.wav'), speakerName: 'Dana' },
        { path: audio('service-call-track-caller.wav'), speakerName: 'Sam' },
      ],
    });
    if (imported.kind !== 'imported') throw new Error(JSON.stringify(imported));
    const callId = imported.call.id;
    const detail = await h['calls:get']({ callId });
    const playlist = await h['playlists:create']({ name: 'Tracks' });
    await h['clips:create']({ callId, start: 10, end: 20, title: 'Both voices', playlistId: playlist.id });
    const [item] = (await h['playlists:get']({ playlistId: playlist.id })).items;
    expect(item).toMatchObject({ audioUrl: detail.tracks[0]!.url, followerUrls: [detail.tracks[1]!.url], unavailable: null, turns: [] });
    expect(item).not.toHaveProperty('audioPaths'); // paths on disk never cross the bridge

    const { items } = await lib.backend.playlists.itemsOf(playlist.id);
    expect(items[0]!.audioPaths).toHaveLength(2);
    for (const path of items[0]!.audioPaths) expect(existsSync(path)).toBe(true);
    await lib.backend.close();
  });
});

describe('saved searches and smart playlists (real backend)', () => {
  it('finds its clips again on every open, refuses to lose its search, and freezes into ordinary clips', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    const { callId, turns } = await call(lib);
    const search = await h['searches:save']({ name: 'Personal stakes', query: { text: '', painLevels: [3], limit: 50 } });
    expect(search).toMatchObject({ name: 'Personal stakes', query: { text: '', painLevels: [3], limit: 50 } });
    expect(await h['searches:list']({})).toEqual([search]);
    const smart = await h['playlists:create']({ name: 'Stakes', smart: { searchId: search.id, contextSec: 2 } });
    expect(smart.smart).toEqual({ searchId: search.id, contextSec: 2 });
    expect((await h['playlists:get']({ playlistId: smart.id })).items).toEqual([]);
    await expect(h['playlists:addClip']({ playlistId: smart.id, clipId: 'x' })).rejects.toMatchObject({ message: /“Stakes” is a smart playlist/ });

    // Tag the prospect's turn: the next open finds it, with the playlist's context around the turn.
    const turn = turns[1]!;
    const stakes = { id: 'p3', level: 3 as const, span: { start: turn.start, end: turn.end }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
    await h['annotations:apply']({ callId, command: tagCommand(emptyAnnotations(), stakes, null, 'Renewals') });
    const { items } = await h['playlists:get']({ playlistId: smart.id });
    expect(items.map((i) => i.clip)).toEqual([
      expect.objectContaining({
        id: `smart:${callId}:${turn.id}`,
        start: turn.start - 2,
        end: turn.end + 2,
        title: 'Onboarding takes weeks and we lose renewals.',
      }),
    ]);
    expect(items[0]!.turns.map((t) => [t.speaker, t.painLevels])).toEqual([
      ['Dana', []],
      ['Sam', [3]],
      ['Dana', []],
    ]);
    expect((await h['playlists:get']({ playlistId: smart.id })).items[0]!.clip.id).toBe(items[0]!.clip.id); // stable per hit
    expect((await h['playlists:list']({}))[0]).toMatchObject({
      clipCount: 1,
      totalSec: turn.end - turn.start + 4,
      smart: { searchName: 'Personal stakes', contextSec: 2 },
    });

    await expect(h['searches:delete']({ searchId: search.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The search “Personal stakes” fills the smart playlist “Stakes”: freeze or delete it first.',
    });

    const frozen = await h['playlists:freeze']({ playlistId: smart.id });
    expect(frozen.smart).toBeNull();
    expect(frozen.clipIds).toHaveLength(1);
    const [clip] = await h['clips:list']({});
    expect(clip).toMatchObject({ id: frozen.clipIds[0], start: turn.start - 2, end: turn.end + 2, origin: { kind: 'call', callId } });
    // Frozen: untagging no longer changes it.
    await h['annotations:apply']({ callId, command: { type: 'remove', collection: 'tags', id: 'p3' } });
    expect((await h['playlists:get']({ playlistId: smart.id })).items.map((i) => i.clip.id)).toEqual(frozen.clipIds);
    await h['searches:delete']({ searchId: search.id });
    expect(await h['searches:list']({})).toEqual([]);
    await lib.backend.close();
  });
});

describe('the playlists document (real files)', () => {
  it('survives closing and opening the app again', async () => {
    const lib = await library();
    const { callId } = await call(lib);
    const h = lib.backend.handlers;
    const playlist = await h['playlists:create']({ name: 'Kept' });
    const clip = await h['clips:create']({ callId, start: 1, end: 4, title: 'Opening', playlistId: playlist.id });
    const search = await h['searches:save']({ name: 'Renewals', query: { text: 'renewals', limit: 50 } });
    const path = join(lib.backend.libraryFolder(), PLAYLISTS_FILE);
    await lib.backend.close();
    const onDisk = JSON.parse(readFileSync(path, 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 1, clips: [clip], playlists: [{ id: playlist.id, clipIds: [clip.id] }], savedSearches: [search] });

    const reopened = await library(lib.userDataDir);
    expect((await reopened.backend.handlers['playlists:get']({ playlistId: playlist.id })).items.map((i) => i.clip)).toEqual([clip]);
    expect(await reopened.backend.handlers['searches:list']({})).toEqual([search]);
    await reopened.backend.close();
  });

  it('a damaged file is reported, never written over, and read again once mended; a last good copy is put back', async () => {
    const lib = await library();
    const h = lib.backend.handlers;
    const first = await h['playlists:create']({ name: 'First' });
    const second = await h['playlists:create']({ name: 'Second' });
    const path = join(lib.backend.libraryFolder(), PLAYLISTS_FILE);
    await lib.backend.close();
    const good = readFileSync(path, 'utf8');
    const lastGood = readFileSync(`${path}.bak`, 'utf8');

    writeFileSync(path, '{ not json');
    rmSync(`${path}.bak`);
    const damaged = await library(lib.userDataDir);
    const message = `The playlists can't be read (it is not valid JSON). The file was left untouched: ${path}`;
    await expect(damaged.backend.handlers['playlists:list']({})).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT', message });
    await expect(damaged.backend.handlers['playlists:create']({ name: 'Over it' })).rejects.toMatchObject({ code: 'CORRUPT_DOCUMENT', message });
    expect(readFileSync(path, 'utf8')).toBe('{ not json');
    writeFileSync(path, good); // mended by hand: read again without a restart
    expect((await damaged.backend.handlers['playlists:list']({})).map((p) => p.name)).toEqual(['First', 'Second']);
    await damaged.backend.close();

    // Damaged with its last good copy beside it: that copy is put back and the damaged file kept aside.
    writeFileSync(path, '{ not json');
    writeFileSync(`${path}.bak`, lastGood);
    const restored = await library(lib.userDataDir);
    expect((await restored.backend.handlers['playlists:list']({})).map((p) => p.id)).toEqual([first.id]);
    const aside = readdirSync(lib.backend.libraryFolder()).filter((f) => f.startsWith(`${PLAYLISTS_FILE}.unreadable-`));
    expect(aside.map((f) => readFileSync(join(lib.backend.libraryFolder(), f), 'utf8'))).toEqual(['{ not json']);
    expect(second.id).not.toBe(first.id);
    await restored.backend.close();
  });
});

describe('imported bundles (what the bundle import calls)', () => {
  it('adds a bundle’s playlist once, its clips playing from the bundle’s audio with the bundle’s transcript', async () => {
    const lib = await library();
    const turns = [
      { start: 0, end: 4, speaker: 'Sam', role: 'prospect' as const, text: 'We lose renewals.', painLevels: [2 as const], missedFollowUp: false, moments: [] },
    ];
    const input = {
      bundleId: 'bundle-1',
      name: 'Shared by Dana',
      description: '',
      clips: [{ file: 'clip-1.webm', callTitle: 'Acme discovery', start: 0, end: 4, title: 'Renewals', note: 'Listen', turns }],
    };
    const added = await lib.backend.playlists.addBundlePlaylist(input);
    expect(added.created).toBe(true);
    const again = await lib.backend.playlists.addBundlePlaylist(input);
    expect(again).toEqual({ playlist: added.playlist, created: false });
    expect(await lib.backend.handlers['clips:list']({})).toHaveLength(1);

    const [missing] = (await lib.backend.handlers['playlists:get']({ playlistId: added.playlist.id })).items;
    expect(missing).toMatchObject({
      turns,
      audioUrl: null,
      unavailable: expect.stringMatching(/^The audio of “Renewals” is missing from its bundle’s folder/),
    });
    const folder = lib.backend.playlists.bundleFolder('bundle-1');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'clip-1.webm'), 'audio');
    const [present] = (await lib.backend.handlers['playlists:get']({ playlistId: added.playlist.id })).items;
    expect(present).toMatchObject({ turns, audioUrl: '/bundle-media/bundle-1/clip-1.webm', unavailable: null });
    await expect(lib.backend.handlers['clips:update']({ clipId: present!.clip.id, end: 3 })).rejects.toMatchObject({
      message: 'A clip from a bundle keeps the range it came with.',
    });
    await lib.backend.close();
  });
});
