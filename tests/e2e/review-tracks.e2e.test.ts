import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audio } from '../helpers/fixtures';
import { buildRenderer, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness(buildRenderer());
}, 180_000);
afterAll(async () => h?.close());

type Timing = { time: number; paused: boolean; rate: number };
const timing = (testId: string) =>
  h.page.getByTestId(testId).evaluate((a: HTMLAudioElement): Timing => ({ time: a.currentTime, paused: a.paused, rate: a.playbackRate }));
const leader = () => timing('review-audio');
const follower = () => timing('review-audio-track');

describe('Review player with one recording per speaker (real renderer, real backend)', () => {
  it('plays both tracks together, before any transcription', async () => {
    h.dialogs.files.push([audio('service-call-track-agent.wav'), audio('service-call-track-caller.wav')]);
    await h.page.getByTestId('import-tracks-button').click();
    const dialog = h.page.getByTestId('tracks-dialog');
    await dialog.getByTestId('tracks-pick').click();
    await expect.poll(() => dialog.getByTestId('track-speaker').count()).toBe(2);
    await dialog.getByTestId('track-speaker').nth(0).fill('Dana (agent)');
    await dialog.getByTestId('track-speaker').nth(1).fill('Caller');
    await dialog.getByTestId('tracks-title').fill('Two-track call');
    await dialog.getByTestId('tracks-import').click();
    await h.page.getByTestId('call-title').getByText('Two-track call', { exact: true }).click();

    await h.page.getByTestId('player').waitFor();
    expect(await h.page.getByTestId('waveform-note').count()).toBe(1);
    expect(await h.page.getByTestId('review-audio-track').count()).toBe(1);

    await h.page.getByTestId('play-toggle').click();
    await expect.poll(async () => (await leader()).time, { timeout: 10_000 }).toBeGreaterThan(1);
    expect((await follower()).paused).toBe(false);

    await h.page.getByTestId('skip-forward').click();
    await h.page.getByTestId('skip-forward').click();
    await h.page.getByTestId('speed-select').selectOption('2');
    await expect.poll(async () => (await follower()).rate).toBe(2);
    await expect.poll(async () => (await leader()).time).toBeGreaterThan(12);
    const [a, b] = [await leader(), await follower()];
    expect(Math.abs(a.time - b.time)).toBeLessThan(0.3);

    await h.page.getByTestId('play-toggle').click();
    await expect.poll(async () => (await follower()).paused).toBe(true);
    expect((await leader()).paused).toBe(true);
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
