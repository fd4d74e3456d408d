import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, MethodOutput } from '../../shared/contract';
import { emptyAnnotations } from '../../shared/domain/annotations';
import { tagCommand } from '../../shared/domain/chains';
import { unzip } from '../helpers/bundles';
import { audio, tempDir } from '../helpers/fixtures';
import { RESULTS, startHarness, type Harness } from './harness';
import { writeVttFile, type Cue } from './reviewCall';

/**
 * Sharing without a server, end to end in Chromium with the real backend: a playlist of two calls is
 * exported from one library with the Export bundle button, unzipped and played from `index.html` over
 * file://, then imported with the Import bundle button into a second, fresh library whose page plays a
 * clip from the bundle's audio. Until the playlists views mount the buttons, they are mounted on a small
 * page of their own (`bundleButtons/`), built with the app's Vite config and served by the same harness.
 */
const ROOT = join(__dirname, '../..');
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
const zip = join(files.path, 'Best discoveries.zip');

/** The buttons' page, built once for both libraries (each harness is its own backend, user data and browser). */
function buildButtonsPage(): string {
  const outDir = join(files.path, 'page');
  execFileSync('npx', ['vite', 'build', 'tests/e2e/bundleButtons', '--config', 'vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

beforeAll(async () => {
  const page = buildButtonsPage();
  sender = await startHarness(page);
  receiver = await startHarness(page);
  const h = sender.backend.handlers;
  const a = await buildCall(sender, 'jfk.wav', CALL_A, 'Acme renewal');
  const b = await buildCall(sender, 'sales-followup-azure.wav', CALL_B, 'Globex onboarding');
  const turn = (await h['calls:transcript']({ callId: a }))!.turns[1]!;
  const stakes = { id: 'p3', level: 3 as const, span: { start: turn.start, end: turn.end }, author: 'Dana', createdAt: '2026-11-24T10:00:00.000Z' };
  await h['annotations:apply']({ callId: a, command: tagCommand(emptyAnnotations(), stakes, null, 'Renewals') });
  playlistId = (await h['playlists:create']({ name: 'Best discoveries', description: 'For new reps' })).id;
  await h['clips:create']({ callId: a, start: 3, end: 8, title: 'Renewals', note: 'Listen to the pause', playlistId });
  await h['clips:create']({ callId: b, start: 20, end: 26, title: 'Deadlines', playlistId });
}, 240_000);

afterAll(async () => {
  try {
    await receiver?.close();
    await sender?.close();
  } finally {
    files.cleanup();
  }
});

describe('bundles end to end (the buttons, the real bridge and backend, Chromium)', () => {
  it('Export bundle shows its progress and where it saved; the unzipped index.html plays a clip over file://', async () => {
    const page = sender.page;
    await page.goto(`${sender.url}?playlistId=${encodeURIComponent(playlistId)}`);
    const button = page.getByTestId('export-bundle');
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
    await expect.poll(() => page.getByTestId('export-bundle-result').textContent()).toBe(`Saved to ${zip}`);
    sender.setAround(null);
    expect(await button.textContent()).toBe('Export bundle…');
    expect(sender.dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'Best discoveries.zip', extension: 'zip' });
    expect(await page.getByTestId('export-bundle-error').count()).toBe(0);

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

  it('Export bundle shows why a clip can’t be exported', async () => {
    const page = sender.page;
    await page.goto(`${sender.url}?clipId=no-such-clip`);
    await page.getByTestId('export-bundle').click();
    await expect.poll(() => page.getByTestId('export-bundle-error').textContent()).toBe('That clip is no longer in this library.');
    expect(await page.getByTestId('export-bundle-result').count()).toBe(0);
  });

  it('Import bundle into a fresh library: refuses a file that is not a bundle, then says what it imported; its clip plays from the bundle’s audio; again, no copy', async () => {
    const page = receiver.page;
    await page.goto(receiver.url);
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
    const result = page.getByTestId('import-bundle-result');
    await expect.poll(() => result.textContent()).toBe('Imported “Best discoveries”.');
    expect(await page.getByTestId('import-bundle-error').count()).toBe(0);
    const playlistId = (await result.getAttribute('data-playlist-id'))!;
    expect(JSON.parse((await page.evaluate(() => document.body.dataset.imported))!)).toEqual({ playlistId, name: 'Best discoveries', alreadyImported: false });
    await page.screenshot({ path: join(RESULTS, 'bundle-import.png') });

    const view = await invoke<MethodOutput<'playlists:get'>>(page, 'playlists:get', { playlistId });
    expect(view.playlist).toMatchObject({ name: 'Best discoveries', description: 'For new reps' });
    expect(view.items.map((i) => [i.clip.title, i.clip.note, i.clip.callTitle, i.unavailable])).toEqual([
      ['Renewals', 'Listen to the pause', 'Acme renewal', null],
      ['Deadlines', '', 'Globex onboarding', null],
    ]);
    expect(view.items[0]!.turns.map((t) => [t.speaker, t.text, t.painLevels])).toEqual([['Sam', 'Onboarding takes weeks and we lose renewals.', [3]]]);

    // The page plays the clip from the app's own URL space (under the app's CSP), as the playlist player will.
    const url = view.items[1]!.audioUrl!;
    expect(url).toMatch(/^\/bundle-media\/[0-9a-f-]{36}\/audio\/02\.m4a$/);
    const played = await page.evaluate(async (src) => {
      const player = new Audio(src);
      document.body.append(player);
      await player.play();
      await new Promise((resolve) => setTimeout(resolve, 800));
      const at = player.currentTime;
      player.pause();
      player.remove();
      return { at, duration: player.duration };
    }, url);
    expect(played.at).toBeGreaterThan(0.3);
    expect(played.duration).toBeCloseTo(6, 0);

    receiver.dialogs.bundles.push(zip);
    await button.click();
    await expect.poll(() => result.textContent()).toBe('“Best discoveries” was imported before: it is already in your playlists.');
    expect(await result.getAttribute('data-playlist-id')).toBe(playlistId);
    expect((await invoke<MethodOutput<'playlists:list'>>(page, 'playlists:list', {})).map((p) => p.id)).toEqual([playlistId]);
    // The imported clip's words are found in this library, which has no call of its own.
    const found = await invoke<MethodOutput<'search:query'>>(page, 'search:query', { text: 'renewals' });
    expect(found.hits.map((h) => h.clip?.playlistId)).toContain(playlistId);
    expect(receiver.errors).toEqual([]);
  });
});
