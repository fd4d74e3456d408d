import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/services/bundles/exportBundle';
import { exportClip, turn, unzip } from '../helpers/bundles';
import { audio, tempDirs } from '../helpers/fixtures';
import { CHROMIUM_FLAGS, RESULTS } from './harness';

const HOSTILE_NOTE = 'Ends here: </script><script>window.__pwned = 1</script><!-- and <b>bold</b>';
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned = 2">';

const dirs = tempDirs();
let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const dir = dirs.make('bundle player').path;
  const zip = join(dir, 'playlist.zip');
  await exportBundle({
    playlist: { name: 'Discovery greatest hits', description: 'Three short moments, back to back.' },
    dest: zip,
    clips: [
      exportClip({
        id: 'c1',
        title: 'The budget question',
        note: 'Listen for the pause before the answer.',
        callTitle: 'Azure follow-up',
        start: 10,
        end: 12.5,
        audioFiles: [audio('sales-followup-azure.wav')],
        turns: [
          turn(9, 11, 'Dana', 'rep', 'What happens if nothing changes?'),
          turn(11, 13, 'Sam', 'prospect', 'We miss the quarter, and I answer for it.', { painLevels: [3], missedFollowUp: true, moments: ['door-opener'] }),
        ],
      }),
      exportClip({
        id: 'c2',
        title: HOSTILE_TITLE,
        note: HOSTILE_NOTE,
        callTitle: 'Speech',
        start: 0,
        end: 2.5,
        audioFiles: [audio('jfk.wav')],
        turns: [turn(0, 2.5, 'JFK', 'other', '<i>And so</i>')],
      }),
      exportClip({ id: 'c3', title: 'Stereo', callTitle: 'Service call', start: 4, end: 6, audioFiles: [audio('service-call-stereo-agentL-callerR.wav')] }),
    ],
  });
  const folder = join(dir, 'unzipped');
  await unzip(zip, folder);

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
});

afterAll(async () => {
  await browser?.close();
  dirs.cleanup();
});

const state = () =>
  page.evaluate(() => {
    const player = document.getElementById('player') as HTMLAudioElement;
    return { current: document.body.dataset.current, time: player.currentTime, rate: player.playbackRate, paused: player.paused };
  });

describe('the bundle player, opened from the unzipped folder', () => {
  it('shows the playlist, the clips, their notes and transcripts with badges, user text as text', async () => {
    expect(await page.locator('#playlist-name').textContent()).toBe('Discovery greatest hits');
    expect(await page.locator('#playlist-description').textContent()).toBe('Three short moments, back to back.');
    expect(await page.locator('.clip').count()).toBe(3);
    expect(await page.locator('.clip').nth(0).locator('.note').textContent()).toBe('Listen for the pause before the answer.');
    const painTurn = page.locator('.clip').nth(0).locator('.turn').nth(1);
    expect(await painTurn.locator('.speaker').textContent()).toBe('Sam');
    expect(await painTurn.locator('.badge').allTextContents()).toEqual(['Pain 3 · Personal stakes', 'Missed follow-up', 'Door-opener']);
    // The hostile note and title are shown as written, and none of their markup ran or became elements.
    expect(await page.locator('.clip').nth(1).locator('.note').textContent()).toBe(HOSTILE_NOTE);
    expect(await page.locator('.clip').nth(1).locator('h2').textContent()).toBe(`2. ${HOSTILE_TITLE}`);
    expect(await page.locator('.clip').nth(1).locator('.text').textContent()).toBe('<i>And so</i>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, b, i').count()).toBe(0);
  });

  it('plays a clip, highlights the turn being spoken and moves on to the next clip by itself', async () => {
    await page.locator('.clip').nth(0).locator('.play').click();
    await page.waitForFunction(() => (document.getElementById('player') as HTMLAudioElement).currentTime > 0.3 && document.body.dataset.current === '0');
    expect(await page.locator('.clip').nth(0).getAttribute('class')).toMatch(/\bcurrent\b/);
    await expect.poll(() => page.locator('.clip').nth(0).locator('.turn.speaking').count()).toBe(1);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'bundle-player.png') });
    // The first clip is 2.5 s: its end starts the second, which plays.
    await page.waitForFunction(() => document.body.dataset.current === '1' && (document.getElementById('player') as HTMLAudioElement).currentTime > 0.3, null, {
      timeout: 15_000,
    });
    expect((await state()).paused).toBe(false);
  });

  it('keys move between clips; the speed chosen stays for the next clip', async () => {
    await page.keyboard.press('p');
    await expect.poll(async () => (await state()).current).toBe('0');
    await page.locator('#speed').selectOption('1.5');
    expect((await state()).rate).toBe(1.5);
    await page.locator('body').click({ position: { x: 5, y: 5 } }); // focus back on the page, off the select
    await page.keyboard.press('n');
    await expect.poll(async () => (await state()).current).toBe('1');
    expect((await state()).rate).toBe(1.5);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await state()).current).toBe('2');
    await page.waitForFunction(() => (document.getElementById('player') as HTMLAudioElement).currentTime > 0.2);
    await page.keyboard.press('r');
    await expect.poll(async () => (await state()).time).toBeLessThan(0.5);
  });

  it('made no request other than to its own files, and no errors (no CSP violation either)', () => {
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
