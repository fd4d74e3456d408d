import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, MethodOutput } from '../../shared/contract';
import { emptyAnnotations } from '../../shared/domain/annotations';
import { tagCommand } from '../../shared/domain/chains';
import { unzip } from '../helpers/bundles';
import { audio, tempDir } from '../helpers/fixtures';
import { buildRenderer, RESULTS, startHarness, type Harness } from './harness';
import { writeVttFile, type Cue } from './reviewCall';

/**
 * Sharing without a server, end to end in Chromium with the real renderer and backend: a playlist of two
 * calls is exported from one library with its Export bundle… button, unzipped and played from
 * `index.html` over file://, then imported from the Playlists view into a second, fresh library, where
 * it opens as a playlist that plays its clips from the bundle's audio and whose words search finds.
 */
const files = tempDir('bundles e2e');
let sender: Harness;
let receiver: Harness;

const CALL_A: Cue[] = [
  ['00:00:00.000 --> 00:00:03.000', '<v Dana>What made you look at this now?'],
  ['00:00:03.000 --> 00:00:08.000', '<v Sam>Onboarding takes weeks and we lose renewals.'],
  ['00:00:08.000 --> 00:00:11.000', '<v Dana>Let me show you our dashboard.'],
];
const CALL_B: Cue[] = [
  ['00:00:00.000 --> 00:00:20.000', '<v Lee>Welcome to the onboarding call.'],
  ['00:00:20.000 --> 00:00:40.000', '<v Ana>Our team misses deadlines, and next quarter matters.'],
];

/** A bridge call from the page, exactly as the renderer makes it (`window.callReview`). */
async function invoke<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = (await page.evaluate(([m, i]) => window.callReview.invoke(m, i), [method, input] as const)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

async function buildCall(h: Harness, recording: string, cues: Cue[], title: string): Promise<string> {
  const [outcome] = await h.backend.handlers['calls:import']({ paths: [audio(recording)] });
  if (outcome?.kind !== 'imported') throw new Error(`${recording} was not imported: ${JSON.stringify(outcome)}`);
  const callId = outcome.call.id;
  h.dialogs.transcripts.push(writeVttFile(files.path, `${title}.vtt`, cues));
  await h.backend.handlers['transcripts:import']({ callId });
  await h.backend.handlers['calls:rename']({ callId, title });
  return callId;
}

let playlistId = '';
let deadlinesClip = '';
let lostPlaylist = '';
let goneClip = '';
const zip = join(files.path, 'Best discoveries.zip');

beforeAll(async () => {
  // One build for both libraries (each harness is its own backend, user data and browser).
  const renderer = buildRenderer();
  sender = await startHarness(renderer);
  receiver = await startHarness(renderer);
  const h = sender.backend.handlers;
  const a = await buildCall(sender, 'jfk.wav', CALL_A, 'Acme renewal');
  const b = await buildCall(sender, 'sales-followup-azure.wav', CALL_B, 'Globex onboarding');
  const turn = (await h['calls:transcript']({ callId: a }))!.turns[1]!;
  const stakes = { id: 'p3', level: 3 as const, span: { start: turn.start, end: turn.end }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
  await h['annotations:apply']({ callId: a, command: tagCommand(emptyAnnotations(), stakes, null, 'Renewals') });
  playlistId = (await h['playlists:create']({ name: 'Best discoveries', description: 'For new reps' })).id;
  await h['clips:create']({ callId: a, start: 3, end: 8, title: 'Renewals', note: 'Listen to the pause', playlistId });
  deadlinesClip = (await h['clips:create']({ callId: b, start: 20, end: 26, title: 'Deadlines', playlistId })).id;
  // A playlist whose clip's call is gone: nothing to cut its audio from.
  const [gone] = await h['calls:import']({ paths: [audio('jfk.mp3')] });
  if (gone?.kind !== 'imported') throw new Error('jfk.mp3 was not imported');
  await h['calls:rename']({ callId: gone.call.id, title: 'Old call' });
  lostPlaylist = (await h['playlists:create']({ name: 'Lost call' })).id;
  goneClip = (await h['clips:create']({ callId: gone.call.id, start: 1, end: 4, title: 'Gone clip', playlistId: lostPlaylist })).id;
  await h['calls:delete']({ callId: gone.call.id });
}, 240_000);

afterAll(async () => {
  try {
    await receiver?.close();
    await sender?.close();
  } finally {
    files.cleanup();
  }
});

/** From the library, Playlists → the playlist, as a user goes. */
async function openPlaylist(h: Harness, id: string): Promise<void> {
  await h.page.goto(h.url);
  await h.page.getByTestId('playlists-link').click();
  await h.page.locator(`[data-testid="playlist-row"][data-playlist-id="${id}"]`).getByTestId('playlist-link').click();
  await h.page.getByTestId('clip-list').waitFor();
}

const clipRow = (page: Page, clipId: string) => page.locator(`[data-testid="clip-row"][data-clip-id="${clipId}"]`);

describe('bundles end to end (the playlists views, the real bridge and backend, Chromium)', () => {
  it('Export bundle… in a playlist shows its progress and where it saved; the unzipped index.html plays a clip over file://', async () => {
    const page = sender.page;
    await openPlaylist(sender, playlistId);
    const toolbar = page.getByTestId('playlist-toolbar');
    const button = toolbar.getByTestId('export-bundle');
    expect(await button.textContent()).toBe('Export bundle…');

    // The export held in the bridge a moment, to see the button while it runs.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    sender.setAround(async (method, _input, run) => {
      if (method === 'bundles:export') await held;
      return run();
    });
    sender.dialogs.savePaths.push(zip);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Exporting…');
    expect(await button.isDisabled()).toBe(true);
    release();
    await expect.poll(() => toolbar.getByTestId('export-bundle-result').textContent()).toBe(`Saved to ${zip}`);
    sender.setAround(null);
    expect(await button.textContent()).toBe('Export bundle…');
    expect(sender.dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'Best discoveries.zip', extension: 'zip' });
    expect(await page.getByTestId('export-bundle-error').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'bundle-export.png') });

    const folder = join(files.path, 'unzipped');
    await unzip(zip, folder);
    const context = await page.context().browser()!.newContext();
    try {
      const player = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      player.on('request', (r) => requests.push(r.url()));
      player.on('pageerror', (e) => errors.push(e.message));
      await player.goto(pathToFileURL(join(folder, 'index.html')).href);
      expect(await player.locator('#playlist-name').textContent()).toBe('Best discoveries');
      expect(await player.locator('.clip').count()).toBe(2);
      expect(await player.locator('.clip').nth(0).locator('.note').textContent()).toBe('Listen to the pause');
      await player.locator('.clip').nth(1).locator('.play').click();
      await player.waitForFunction(() => document.body.dataset.current === '1' && (document.getElementById('player') as HTMLAudioElement).currentTime > 0.3);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]); // offline: nothing from any network
    } finally {
      await context.close();
    }
    expect(sender.errors).toEqual([]);
  });

  it('Export clip as bundle… in a clip row exports that clip alone', async () => {
    const page = sender.page;
    await openPlaylist(sender, playlistId);
    const row = clipRow(page, deadlinesClip);
    const button = row.getByTestId('export-bundle');
    expect(await button.textContent()).toBe('Export clip as bundle…');
    const one = join(files.path, 'Deadlines.zip');
    sender.dialogs.savePaths.push(one);
    await button.click();
    await expect.poll(() => row.getByTestId('export-bundle-result').textContent()).toBe(`Saved to ${one}`);
    expect(sender.dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'Deadlines.zip', extension: 'zip' });
    const folder = join(files.path, 'one clip');
    await unzip(one, folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { clips: { title: string }[] };
    expect(manifest.clips.map((c) => c.title)).toEqual(['Deadlines']);
    expect(sender.errors).toEqual([]);
  });

  it('Export clip as bundle… shows why a clip can’t be exported', async () => {
    const page = sender.page;
    await openPlaylist(sender, lostPlaylist);
    const row = clipRow(page, goneClip);
    sender.dialogs.savePaths.push(join(files.path, 'never.zip'));
    const asked = sender.dialogs.saveRequests.length;
    await row.getByTestId('export-bundle').click();
    await expect
      .poll(() => row.getByTestId('export-bundle-error').textContent())
      .toBe(
        "“Gone clip” can't be exported: a clip has no audio to cut from: “Gone clip” (The call “Old call” was deleted.). Remove it from the playlist, or bring the call back, and export again.",
      );
    expect(await row.getByTestId('export-bundle-result').count()).toBe(0);
    expect(sender.dialogs.saveRequests.length).toBe(asked); // refused before asking where to save
    sender.dialogs.savePaths.length = 0;
  });

  it('Import bundle… into a fresh library: refuses a file that is not a bundle, then opens the imported playlist, which plays from the bundle’s audio; again, no copy; its words are found', async () => {
    const page = receiver.page;
    await page.goto(receiver.url);
    await page.getByTestId('playlists-link').click();
    await page.getByTestId('playlists-view').waitFor();
    const button = page.getByTestId('import-bundle');
    const notZip = join(files.path, 'notes.zip');
    writeFileSync(notZip, 'just some notes');
    receiver.dialogs.bundles.push(notZip);
    await button.click();
    await expect
      .poll(() => page.getByTestId('import-bundle-error').textContent())
      .toMatch(/^This file isn't a bundle Call Review can open: it is not a readable zip file/);

    receiver.dialogs.bundles.push(zip);
    await button.click();
    // It lands on the imported playlist.
    const view = page.getByTestId('playlist-view');
    await expect.poll(() => view.getAttribute('data-playlist-id')).toMatch(/^[0-9a-f-]{36}$/);
    const playlistId = (await view.getAttribute('data-playlist-id'))!;
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/playlists/${playlistId}`);
    expect(await page.getByTestId('playlist-title').textContent()).toBe('Best discoveries');
    await expect.poll(() => page.getByTestId('clip-title').allTextContents()).toEqual(['Renewals', 'Deadlines']);

    const imported = await invoke<MethodOutput<'playlists:get'>>(page, 'playlists:get', { playlistId });
    expect(imported.playlist).toMatchObject({ name: 'Best discoveries', description: 'For new reps' });
    expect(imported.items.map((i) => [i.clip.title, i.clip.note, i.clip.callTitle, i.unavailable])).toEqual([
      ['Renewals', 'Listen to the pause', 'Acme renewal', null],
      ['Deadlines', '', 'Globex onboarding', null],
    ]);
    expect(imported.items[0]!.turns.map((t) => [t.speaker, t.text, t.painLevels])).toEqual([['Sam', 'Onboarding takes weeks and we lose renewals.', [3]]]);
    const url = imported.items[1]!.audioUrl!;
    expect(url).toMatch(/^\/bundle-media\/[0-9a-f-]{36}\/audio\/02\.m4a$/);

    // The playlist player plays the second clip from the bundle's audio, in the app's own URL space (under its CSP).
    await page.getByTestId('clip-title').nth(1).click();
    const media = page.getByTestId('playlist-audio');
    await expect.poll(() => media.getAttribute('src')).toBe(url);
    await expect.poll(() => media.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.3);
    expect(await media.evaluate((a: HTMLAudioElement) => a.duration)).toBeCloseTo(6, 0);
    await page.screenshot({ path: join(RESULTS, 'bundle-import.png') });
    await page.getByTestId('player-toggle').click(); // pause

    // Again: it says it was imported before, and stays on the list.
    await page.getByTestId('playlist-back').click();
    await page.getByTestId('playlists-view').waitFor();
    receiver.dialogs.bundles.push(zip);
    await page.getByTestId('import-bundle').click();
    const result = page.getByTestId('import-bundle-result');
    await expect.poll(() => result.textContent()).toBe('“Best discoveries” was imported before: it is already in your playlists.');
    expect(await result.getAttribute('data-playlist-id')).toBe(playlistId);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/playlists');
    expect((await invoke<MethodOutput<'playlists:list'>>(page, 'playlists:list', {})).map((p) => p.id)).toEqual([playlistId]);

    // The imported clip's words are found in this library, which has no call of its own: by the bridge, and in the search panel.
    const found = await invoke<MethodOutput<'search:query'>>(page, 'search:query', { text: 'renewals' });
    expect(found.hits.map((h) => h.clip?.playlistId)).toContain(playlistId);
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    await page.getByTestId('search-panel').waitFor();
    await page.getByTestId('search-input').fill('renewals');
    await expect
      .poll(() => page.getByTestId('search-hit').getByTestId('search-snippet').allTextContents())
      .toEqual(['Onboarding takes weeks and we lose renewals.']);
    expect(receiver.errors).toEqual([]);
  });
});
