import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audio } from '../helpers/fixtures';
import { threadsFor } from '../../shared/transcription/engineProfile';
import { TEST_MODEL, TRAINED_MODEL } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';

const MODEL = TRAINED_MODEL ?? TEST_MODEL;
let h: Harness;

beforeAll(async () => {
  h = await startHarness(buildRenderer());
}, 180_000);
afterAll(async () => {
  await h?.close();
});

const rows = () => h.page.getByTestId('call-row');
const row = (title: string) => rows().filter({ has: h.page.getByTestId('call-title').getByText(title, { exact: true }) });
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('transcription end to end (real renderer, real backend, whisper.cpp)', () => {
  it('offers a model when transcribing without one; cancelled, nothing starts, and Settings says none is chosen', async () => {
    h.dialogs.files.push([audio('jfk.wav')]);
    await h.page.getByTestId('import-button').click();
    await row('jfk').waitFor();
    await row('jfk').getByTestId('transcribe-button').click();
    // No model: the first-model dialog offers one (first-model.e2e.test.ts); cancelled, nothing starts.
    const dialog = h.page.getByTestId('first-model-dialog');
    await dialog.getByTestId('first-model-offer').waitFor();
    await h.page.screenshot({ path: join(RESULTS, 'library-model-missing.png'), fullPage: true });
    await dialog.getByTestId('first-model-cancel').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await row('jfk').getByTestId('call-status').textContent()).toBe('imported');
    await h.page.goto(`${h.url}#/settings`);
    await h.page.getByTestId('settings-view').waitFor();
    expect(await h.page.getByTestId('model-none').textContent()).toBe('No model chosen yet');
  });

  it('refuses a file that is not a model, then uses the chosen model', async () => {
    const section = h.page.getByTestId('models-section');
    h.dialogs.models.push(audio('jfk.wav'));
    await section.getByTestId('choose-model').click();
    await expect.poll(() => section.getByTestId('model-error').textContent()).toMatch(/not a whisper\.cpp model/);

    h.dialogs.models.push(MODEL);
    await section.getByTestId('choose-model').click();
    await expect.poll(() => section.getByTestId('model-name').textContent()).toBe(basename(MODEL));
    expect(await section.getByTestId('model-kind').textContent()).toMatch(/Tiny · English only · \d+(\.\d+)? MB/);
    expect(await section.getByTestId('model-error').count()).toBe(0);
    expect(await section.textContent()).toContain('nothing is uploaded');
    await section.screenshot({ path: join(RESULTS, 'settings-model.png') });
    await h.page.getByTestId('settings-back').click();
  });

  it('sets a fixed number of threads, and back to automatic', async () => {
    await h.page.getByRole('link', { name: 'Settings' }).click();
    const threads = async () => (await h.backend.handlers['models:info']({})).threads;
    await h.page.getByTestId('threads-custom').check();
    await h.page.getByTestId('threads-input').fill('1');
    await h.page.getByTestId('threads-input').press('Enter');
    await expect.poll(threads).toBe(1);
    await h.page.getByTestId('threads-automatic').check();
    // Automatic leaves one core for the user's other apps on 4+ cores (all of them on fewer).
    await expect.poll(threads).toBe(threadsFor(availableParallelism()));
    await h.page.getByTestId('settings-back').click();
  });

  it('chooses Speed in Settings: saved, and explained for this computer; then back to Balanced', async () => {
    // That the next transcription runs greedy (-bs 1 -bo 1) is checked on the engine's argv in
    // tests/electron/services/models/service.test.ts: this harness runs the real whisper-cli.
    await h.page.getByRole('link', { name: 'Settings' }).click();
    const field = h.page.getByTestId('speed-field');
    const speed = async () => (await h.backend.handlers['models:info']({})).speed;
    expect(await speed()).toBe('balanced');
    expect(await field.getByTestId('speed-balanced').isChecked()).toBe(true);
    const cores = availableParallelism();
    const threads = threadsFor(cores);
    expect(await field.getByTestId('speed-machine').textContent()).toMatch(
      new RegExp(`^This computer: ${cores} cores?, uses ${threads} threads?( \\((AVX2|AVX-512|FMA|F16C|NEON)(, [A-Z0-9-]+)*\\))?$`),
    );
    expect(await field.textContent()).toContain('word error 13 % vs 8 %');

    await field.getByTestId('speed-speed').check();
    await expect.poll(speed).toBe('speed');
    await expect.poll(() => field.getByTestId('speed-why').textContent()).toContain('Greedy decoding');
    await field.screenshot({ path: join(RESULTS, 'settings-speed.png') });

    // The calls below are checked for what was heard: they run with the default.
    await field.getByTestId('speed-balanced').check();
    await expect.poll(speed).toBe('balanced');
    await h.page.getByTestId('settings-back').click();
  });

  it('transcribes a call from its library row, showing progress until it is done', async () => {
    await row('jfk').getByTestId('transcribe-button').click();
    await row('jfk').getByTestId('job-progress').waitFor();
    await h.page.screenshot({ path: join(RESULTS, 'library-transcribing.png'), fullPage: true });
    await expect
      .poll(
        () =>
          row('jfk')
            .getByTestId('call-status')
            .textContent()
            .catch(() => null),
        { timeout: 60_000, interval: 250 },
      )
      .toBe('transcribed');
    expect(await row('jfk').getByTestId('job-progress').count()).toBe(0);
    expect(await row('jfk').getByTestId('transcribe-button').count()).toBe(0);
  }, 90_000);

  it('shows the transcript as speaker turns in the Review view', async () => {
    await row('jfk').getByTestId('call-title').click();
    await h.page.getByTestId('review-view').waitFor();
    const source = h.page.getByTestId('transcript-source');
    await source.waitFor();
    // Balanced runs the 8-bit copy of the model (models/eightBit.ts), and the transcript says so.
    expect(await source.textContent()).toBe(`Transcribed on this computer with ${basename(MODEL)} (8-bit) · English`);
    expect(await h.page.getByTestId('transcribe-button').textContent()).toBe('Re-transcribe');

    if (TRAINED_MODEL) {
      await h.page.getByTestId('turn').first().waitFor();
      for (const time of await h.page.getByTestId('turn-time').allTextContents()) expect(time).toMatch(/^\d+:\d\d$/);
      for (const name of await h.page.getByTestId('turn-speaker').allTextContents()) expect(name).not.toBe('Unknown speaker');
      const text = words((await h.page.getByTestId('turn-text').allTextContents()).join(' '));
      expect(text).toContain('ask not what your country can do for you');
    } else {
      console.warn('No trained model beside the project: skipped checking what was heard.');
    }
    await h.page.screenshot({ path: join(RESULTS, 'review-transcript.png'), fullPage: true });
    await h.page.getByTestId('review-back').click();
  });

  it('Settings then says where the transcription ran (the processor: no GPU backend beside this engine)', async () => {
    await h.page.getByRole('link', { name: 'Settings' }).click();
    const device = h.page.getByTestId('speed-field').getByTestId('engine-device');
    await device.waitFor();
    expect(await device.textContent()).toBe('The last transcription ran on the processor.');
    await h.page.getByTestId('settings-back').click();
  });

  it('cancels a running transcription: the call is back to imported, with no transcript', async () => {
    h.dialogs.files.push([audio('sales-followup-azure.wav')]);
    await h.page.getByTestId('import-button').click();
    await row('sales-followup-azure').getByTestId('transcribe-button').click();
    await row('sales-followup-azure').getByTestId('job-progress').waitFor();

    await row('sales-followup-azure').getByTestId('call-title').click();
    const job = h.page.getByTestId('review-job');
    await job.locator('[data-testid="job-progress"][data-state="running"]').waitFor({ timeout: 30_000 });
    expect(await job.getByTestId('job-progress').textContent()).toMatch(/^\d+% · \d+:\d\d elapsed/);
    await h.page.screenshot({ path: join(RESULTS, 'review-transcribing.png'), fullPage: true });
    await job.getByTestId('cancel-transcription').click();

    await expect.poll(() => h.page.getByTestId('review-status').textContent(), { timeout: 15_000 }).toBe('imported');
    await h.page.getByTestId('no-transcript').waitFor();
    expect(await h.page.getByTestId('transcription-outcome').textContent()).toBe('Transcription cancelled.');
    expect(await h.page.getByTestId('review-job').count()).toBe(0);

    await h.page.getByTestId('review-back').click();
    const callId = await row('sales-followup-azure').getAttribute('data-call-id');
    expect(await row('sales-followup-azure').getByTestId('call-status').textContent()).toBe('imported');
    expect(await row('sales-followup-azure').getByTestId('call-status-message').textContent()).toBe('Transcription cancelled.');
    expect(await h.backend.handlers['calls:transcript']({ callId: callId! })).toBeNull();
    expect(await h.backend.handlers['transcription:jobs']({})).toEqual([]);
  }, 60_000);

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
