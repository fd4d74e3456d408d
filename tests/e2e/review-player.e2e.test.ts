import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audio, tempDir } from '../helpers/fixtures';
import { TEST_MODEL, TRAINED_MODEL } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';

const MODEL = TRAINED_MODEL ?? TEST_MODEL;
const STEREO = audio('service-call-stereo-agentL-callerR.wav');
/** 48 five-second turns over the 245 s call: more than fit on screen, so the list must window. */
const TURNS = 48;
const files = tempDir('review player');
let h: Harness;
let callId = '';

beforeAll(async () => {
  h = await startHarness(buildRenderer());
}, 180_000);
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    files.cleanup();
  }
});

const media = () => h.page.getByTestId('review-audio');
const currentTime = () => media().evaluate((a: HTMLAudioElement) => a.currentTime);
const paused = () => media().evaluate((a: HTMLAudioElement) => a.paused);
const turn = (id: string) => h.page.locator(`[data-testid="turn"][data-turn-id="${id}"]`);
const activeTurnId = () => h.page.locator('[data-testid="turn"][data-active="true"]').getAttribute('data-turn-id', { timeout: 2_000 });
const stamp = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
/** Inside the box of `outer` (a scroller, the lane), not merely in the DOM. */
const inView = async (inner: Locator, outer: Locator) => {
  if ((await inner.count()) === 0) return false; // a virtualized row off screen is not in the DOM at all
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  return !!a && !!b && a.y + a.height > b.y && a.y < b.y + b.height && a.x + a.width > b.x && a.x < b.x + b.width;
};
const scroller = () => h.page.getByTestId('turns-scroll');
const laneTurn = (id: string) => h.page.locator(`[data-testid="lane-turn"][data-turn-id="${id}"]`);
/** The imported transcript's turns and words, as the backend stored them. */
const storedTurns = async () => (await h.backend.handlers['calls:transcript']({ callId }))!.turns;

function writeVtt(): string {
  const cues = Array.from({ length: TURNS }, (_, i) => {
    const who = i % 2 === 0 ? 'Agent' : 'Caller';
    return `${stamp(i * 5)} --> ${stamp(i * 5 + 5)}\n<v ${who}>Turn ${i + 1} says something about the brakes and the invoice.`;
  });
  const path = join(files.path, 'auto repair call.vtt');
  writeFileSync(path, ['WEBVTT', '', ...cues.flatMap((c) => [c, ''])].join('\n'));
  return path;
}

describe('Review player: waveform, speaker lane and virtualized transcript (real renderer, real backend)', () => {
  it('before transcription: the player plays the call, with a note where the waveform will be', async () => {
    h.dialogs.models.push(MODEL);
    await h.page.goto(`${h.url}#/settings`);
    await h.page.getByTestId('models-section').getByTestId('choose-model').click();
    await expect.poll(() => h.page.getByTestId('model-name').textContent()).toBe(basename(MODEL));

    await h.page.goto(h.url);
    h.dialogs.files.push([STEREO]);
    await h.page.getByTestId('import-button').click();
    const row = h.page.getByTestId('call-row').first();
    await row.waitFor();
    callId = (await row.getAttribute('data-call-id'))!;
    await row.getByTestId('call-title').click();

    const player = h.page.getByTestId('player');
    await player.waitFor();
    expect(await player.getByTestId('waveform-note').textContent()).toBe('The waveform appears once the call is transcribed');
    expect(await player.getByTestId('waveform').count()).toBe(0);
    expect(await player.getByTestId('zoom').count()).toBe(0);
    expect(await media().getAttribute('preload')).toBe('metadata');
    await expect.poll(() => media().evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 }).toBeGreaterThan(240);
    expect(await player.getByTestId('duration').textContent()).toBe('4:05');
  });

  it('transcribes the call: the waveform is drawn from the cached peaks, with a timeline', async () => {
    await h.page.getByTestId('no-transcript').getByTestId('transcribe-button').click();
    const waveform = h.page.getByTestId('waveform');
    // A four-minute call through whisper: about 80 s alone on 2 cores, much longer beside other work.
    await waveform.waitFor({ timeout: 300_000 });
    // Playwright's CSS locators pierce wavesurfer's open shadow root.
    await expect.poll(() => waveform.locator('canvas').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await waveform.boundingBox())!.width).toBeGreaterThan(300);
    // Its own stylesheet applies (adopted, since the CSP blocks the inline <style> it ships).
    await expect
      .poll(() =>
        waveform
          .locator('canvas')
          .first()
          .evaluate((c) => getComputedStyle(c).position),
      )
      .toBe('absolute');
    expect(await waveform.locator('[part="timeline"]').count()).toBe(1);
    const peaks = (await h.backend.handlers['calls:get']({ callId })).peaks!;
    expect(peaks.channels).toBe(2); // agent and caller, one row each
    expect(await h.page.getByTestId('review-status').textContent()).toBe('transcribed');
  }, 330_000);

  it('shows an imported transcript of 48 turns as a window of rows, with a speaker lane', async () => {
    h.dialogs.transcripts.push(writeVtt());
    await h.page.getByTestId('transcript-panel').getByTestId('import-transcript').click();
    // The call has a transcript already: replacing it is confirmed first (Cancel changes nothing).
    const confirm = h.page.getByTestId('confirm-dialog');
    await confirm.getByTestId('confirm-cancel').click();
    expect(h.dialogs.transcripts.length).toBe(1); // no file picker was opened
    await h.page.getByTestId('transcript-panel').getByTestId('import-transcript').click();
    await confirm.getByTestId('confirm-ok').click();
    await expect.poll(() => h.page.getByTestId('transcript-source').textContent()).toBe('Imported from auto repair call.vtt');
    await expect.poll(() => h.page.getByTestId('lane-turn').count()).toBe(TURNS);
    const rendered = await h.page.getByTestId('turn').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(TURNS);
    expect(await h.page.getByTestId('turn-speaker').first().textContent()).toBe('Agent');
    expect(await turn('t2').getByTestId('turn-time').textContent()).toBe('0:05');
    expect(await turn('t1').getByTestId('word').count()).toBe(10);
    expect(await h.page.getByTestId('waveform').locator('canvas').count()).toBeGreaterThan(0); // peaks kept
    expect(await turn('t1').getByTestId('turn-role').count()).toBe(0); // no role until the rep is known
    await h.page
      .getByTestId('rep-prompt')
      .getByTestId('rep-choice')
      .filter({ hasText: /^Agent$/ })
      .click();
    await expect.poll(() => turn('t2').getByTestId('turn-role').textContent()).toBe('Prospect');
    expect(await turn('t1').getByTestId('turn-role').textContent()).toBe('Rep');
  });

  it('plays: the clock advances and the current turn and word are highlighted', async () => {
    await h.page.getByTestId('play-toggle').click();
    await expect.poll(currentTime, { timeout: 10_000 }).toBeGreaterThan(1.2);
    await expect.poll(() => h.page.getByTestId('current-time').textContent()).not.toBe('0:00');
    expect(await h.page.getByTestId('play-toggle').textContent()).toBe('Pause');
    expect(await activeTurnId()).toBe('t1');
    expect(await turn('t1').locator('[data-testid="word"][data-active="true"]').count()).toBe(1);
    await h.page.getByTestId('play-toggle').click();
    await expect.poll(paused).toBe(true);
  });

  it('clicking a word plays from that word', async () => {
    const word = (await storedTurns())[2]!.words[3]!;
    await turn('t3').getByTestId('word').nth(3).click();
    expect(Math.abs((await currentTime()) - word.start)).toBeLessThan(0.3);
    expect(await activeTurnId()).toBe('t3');
    expect(await turn('t3').locator('.word.active').count()).toBe(1);
  });

  it('clicking a block in the speaker lane seeks there, and the transcript follows', async () => {
    expect(await inView(turn('t30'), scroller())).toBe(false);
    await laneTurn('t30').click();
    expect(Math.abs((await currentTime()) - 145)).toBeLessThan(0.3);
    await expect.poll(activeTurnId).toBe('t30');
    await expect.poll(() => inView(turn('t30'), scroller())).toBe(true);
  });

  it('while playing, only the current row changes in the DOM', async () => {
    await turn('t30').getByTestId('word').nth(1).click();
    await h.page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __rows: Set<string> }).__rows = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const node = r.target instanceof Element ? r.target : r.target.parentElement;
          seen.add(node?.closest('[data-testid="turn"]')?.getAttribute('data-turn-id') ?? 'list');
        }
      }).observe(document.querySelector('[data-testid="turns"]')!, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    await h.page.getByTestId('play-toggle').click();
    await expect.poll(currentTime, { timeout: 5_000 }).toBeGreaterThan(147.5);
    await h.page.getByTestId('play-toggle').click();
    expect(await h.page.evaluate(() => [...(window as unknown as { __rows: Set<string> }).__rows])).toEqual(['t30']);
  });

  it('stops following the playhead when the user scrolls, until "Back to playhead"', async () => {
    await laneTurn('t40').click();
    await expect.poll(() => inView(turn('t40'), scroller())).toBe(true);
    expect(await h.page.getByTestId('back-to-playhead').count()).toBe(0);

    await scroller().hover();
    await h.page.mouse.wheel(0, -4_000);
    await h.page.getByTestId('back-to-playhead').waitFor();
    await expect.poll(() => turn('t40').count()).toBe(0); // scrolled away: the row left the DOM

    await h.page.getByTestId('back-to-playhead').click();
    await expect.poll(() => inView(turn('t40'), scroller())).toBe(true);
    expect(await h.page.getByTestId('back-to-playhead').count()).toBe(0);
  });

  it('changes speed and volume, and zooms the waveform with the lane', async () => {
    await h.page.getByTestId('speed-select').selectOption('1.5');
    await expect.poll(() => media().evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
    await h.page.getByTestId('volume').fill('0.5');
    await expect.poll(() => media().evaluate((a: HTMLAudioElement) => a.volume)).toBe(0.5);

    const waveform = h.page.getByTestId('waveform');
    const wrapperWidth = () => waveform.locator('[part="wrapper"]').evaluate((w) => w.clientWidth);
    const fitted = await wrapperWidth();
    await h.page.getByTestId('zoom').fill('100');
    await expect.poll(wrapperWidth).toBeGreaterThan(240 * 100);
    expect(fitted).toBeLessThan(2_000);
    const strip = await h.page.locator('.speaker-lane-strip').evaluate((s) => s.getBoundingClientRect().width);
    expect(Math.abs(strip - (await wrapperWidth()))).toBeLessThan(2);
    // Zoomed in around the playhead (in t40): the lane scrolled with the waveform to show its block.
    await expect.poll(() => inView(laneTurn('t40'), h.page.getByTestId('speaker-lane'))).toBe(true);
    expect(await inView(laneTurn('t1'), h.page.getByTestId('speaker-lane'))).toBe(false);
    await h.page.screenshot({ path: join(RESULTS, 'review-player.png'), fullPage: true });
  });

  it('Space plays and pauses, the arrows skip 5 s', async () => {
    await h.page.getByTestId('review-title').click(); // focus leaves the zoom slider
    await h.page.keyboard.press('Space');
    await expect.poll(paused).toBe(false);
    await h.page.keyboard.press('Space');
    await expect.poll(paused).toBe(true);
    // On the player's own (focused) button Space still toggles once, not twice.
    await h.page.getByTestId('skip-back').focus();
    await h.page.keyboard.press('Space');
    await expect.poll(paused).toBe(false);
    await h.page.getByTestId('play-toggle').focus();
    await h.page.keyboard.press('Space');
    await expect.poll(paused).toBe(true);
    await h.page.getByTestId('review-title').click();
    const before = await currentTime();
    await h.page.keyboard.press('ArrowRight');
    expect((await currentTime()) - before).toBeCloseTo(5, 1);
    await h.page.keyboard.press('ArrowLeft');
    await h.page.keyboard.press('ArrowLeft');
    expect(before - (await currentTime())).toBeCloseTo(5, 1);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
