import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../shared/domain/models';
import { audio, tempDir } from '../helpers/fixtures';
import { TEST_MODEL } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';
import { startModelServer, type ModelServer } from './modelServer';

const MODEL_BYTES = readFileSync(TEST_MODEL);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const entry = (id: string, file: string, hash: string): CatalogueEntry => ({
  id,
  file,
  bytes: MODEL_BYTES.length,
  sha256: hash,
  englishOnly: true,
  note: 'Test model',
});
/** "broken" is served the same bytes as "test" but its checksum can never match: its download fails. */
const CATALOGUE = [entry('test', 'ggml-test.bin', sha256(MODEL_BYTES)), entry('broken', 'ggml-broken.bin', '0'.repeat(64))];

let h: Harness;
let host: ModelServer;
const files = tempDir('transcripts');

beforeAll(async () => {
  host = await startModelServer({ 'ggml-test.bin': MODEL_BYTES, 'ggml-broken.bin': MODEL_BYTES });
  h = await startHarness(buildRenderer(), { modelSource: { baseUrl: host.baseUrl, catalogue: CATALOGUE } });
}, 180_000);
afterAll(async () => {
  try {
    await h?.close();
    await host?.close();
  } finally {
    files.cleanup();
  }
});

const item = (id: string) => h.page.locator(`[data-testid="catalogue-item"][data-model-id="${id}"]`);
const exactly = (text: string) => new RegExp(`^${text}$`);
const speaker = (name: string) => h.page.getByTestId('speaker-row').filter({ has: h.page.getByTestId('speaker-name').filter({ hasText: exactly(name) }) });
const openSettings = async () => {
  await h.page.goto(`${h.url}#/settings`);
  await h.page.getByTestId('settings-view').waitFor();
};

describe('model downloads, transcript import/export and speakers (real renderer, real backend)', () => {
  it('offers a model where a missing model stops transcription, and Cancel starts nothing', async () => {
    h.dialogs.files.push([audio('jfk.wav')]);
    await h.page.getByTestId('import-button').click();
    const row = h.page.getByTestId('call-row').first();
    await row.getByTestId('transcribe-button').click();
    // The first-model dialog (first-model.e2e.test.ts): this catalogue recommends none, so its first entry.
    const offer = h.page.getByTestId('first-model-offer');
    await offer.waitFor();
    expect(await offer.getAttribute('data-model-id')).toBe('test');
    expect(await h.page.getByTestId('first-model-download').textContent()).toBe('Download (0.6 MB)');
    await h.page.getByTestId('first-model-cancel').click();
    await expect.poll(() => h.page.getByTestId('first-model-dialog').count()).toBe(0);
    expect(await row.getByTestId('call-status').textContent()).toBe('imported');
  });

  it('downloads a catalogue model with live progress, and uses it', async () => {
    await openSettings();
    await h.page.getByTestId('model-catalogue').waitFor();
    await expect.poll(() => item('test').getAttribute('data-state')).toBe('available');
    expect(await item('test').textContent()).toContain('Test model');
    await item('test').getByTestId('model-download').click();

    await expect.poll(() => item('test').getAttribute('data-state')).toBe('downloading');
    await expect.poll(() => item('test').getByTestId('model-progress-label').textContent()).toBe('0.3 of 0.6 MB');
    expect(await item('test').getByTestId('model-cancel').isEnabled()).toBe(true);
    await h.page.getByTestId('models-section').screenshot({ path: join(RESULTS, 'settings-models.png') });

    host.release();
    await expect.poll(() => item('test').getAttribute('data-state'), { timeout: 15_000 }).toBe('installed');
    await item('test').getByTestId('model-in-use').waitFor();
    expect(await item('test').getByTestId('model-use').count()).toBe(0);
    expect(await h.page.getByTestId('model-name').textContent()).toBe('ggml-test.bin');
  });

  it('shows why a download failed on its model', async () => {
    await item('broken').getByTestId('model-download').click();
    const problem = item('broken').getByTestId('model-item-error');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toMatch(/arrived damaged/);
    // The error shows before the list is read again: the state is waited for, not read once.
    await expect.poll(() => item('broken').getAttribute('data-state')).toBe('available');
  });

  it('imports a WebVTT transcript into a call, and asks which speaker is the rep', async () => {
    const vtt = join(files.path, 'discovery call.vtt');
    writeFileSync(
      vtt,
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:00:03.500',
        '<v Dana Rep>Thanks for making time today, Sam.',
        '',
        '00:00:03.500 --> 00:00:07.000',
        '<v Sam Prospect>Happy to. Onboarding takes us weeks and it hurts.',
        '',
        '00:00:07.000 --> 00:00:11.000',
        '<v Dana Rep>Let us look at where that time goes.',
        '',
      ].join('\n'),
    );
    await h.page.goto(h.url);
    await h.page.getByTestId('call-row').first().getByTestId('call-title').click();
    await h.page.getByTestId('no-transcript').waitFor();
    h.dialogs.transcripts.push(vtt);
    await h.page.getByTestId('no-transcript').getByTestId('import-transcript').click();

    await expect.poll(() => h.page.getByTestId('turn').count()).toBe(3);
    expect(await h.page.getByTestId('transcript-source').textContent()).toBe('Imported from discovery call.vtt');
    expect(await h.page.getByTestId('turn-speaker').allTextContents()).toEqual(['Dana Rep', 'Sam Prospect', 'Dana Rep']);

    const prompt = h.page.getByTestId('rep-prompt');
    await prompt.waitFor();
    expect(await prompt.getByTestId('remember-name-input').inputValue()).toBe('');
    await prompt.getByTestId('remember-name-input').fill('Dana Rep');
    expect(await prompt.getByTestId('remember-name').isChecked()).toBe(true);
    await prompt
      .getByTestId('rep-choice')
      .filter({ hasText: exactly('Dana Rep') })
      .click();

    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(() => speaker('Dana Rep').getByTestId('speaker-role').inputValue()).toBe('rep');
    expect(await speaker('Sam Prospect').getByTestId('speaker-role').inputValue()).toBe('prospect');
  });

  it('exports the transcript as CSV to where the user saves it', async () => {
    const saveTo = join(files.path, 'discovery call.csv');
    await h.page.getByTestId('export-format').selectOption('csv');
    h.dialogs.savePaths.push(saveTo);
    await h.page.getByTestId('export-transcript').click();
    await expect.poll(() => h.page.getByTestId('export-result').textContent()).toBe(`Saved to ${saveTo}`);
    const csv = readFileSync(saveTo, 'utf8');
    expect(csv.split('\n')[0]).toBe('start,end,speaker,text');
    expect(csv).toContain('Sam Prospect');
  });

  it('renames a speaker: the transcript shows the new name', async () => {
    await speaker('Sam Prospect').getByTestId('speaker-rename').click();
    await h.page.getByTestId('speaker-name-input').fill('Sam Lee');
    await h.page.getByTestId('speaker-name-input').press('Enter');
    await expect.poll(() => h.page.getByTestId('turn-speaker').allTextContents()).toEqual(['Dana Rep', 'Sam Lee', 'Dana Rep']);
    expect(await speaker('Sam Lee').getByTestId('speaker-role').inputValue()).toBe('prospect');
    await h.page.screenshot({ path: join(RESULTS, 'review-speakers.png'), fullPage: true });
  });

  it('remembers the rep’s name in Settings, and deletes the model after confirming', async () => {
    await openSettings();
    await expect.poll(() => h.page.getByTestId('my-name').inputValue()).toBe('Dana Rep');
    expect(await h.page.getByTestId('my-name-section').textContent()).toContain('Speakers with this name are treated as the rep.');

    await item('test').getByTestId('model-delete').click();
    await h.page.getByTestId('confirm-dialog').waitFor();
    await h.page.getByTestId('confirm-ok').click();
    await expect.poll(() => item('test').getAttribute('data-state')).toBe('available');
    expect(await item('test').getByTestId('model-in-use').count()).toBe(0);
    expect(await h.page.getByTestId('confirm-dialog').count()).toBe(0);
    await h.page.getByTestId('model-none').waitFor();
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
