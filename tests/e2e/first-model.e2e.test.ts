import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOMMENDED_MODEL, type CatalogueEntry } from '../../shared/domain/models';
import type { ModelSource } from '../../electron/services/ports';
import { audio } from '../helpers/fixtures';
import { TEST_MODEL } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';
import { startModelServer, type ModelServer } from './modelServer';

/** The small real test model, served under the recommended model's catalogue name: what the dialog offers. */
const MODEL_BYTES = readFileSync(TEST_MODEL);
const FILE = 'ggml-base.en.bin';
const CATALOGUE: CatalogueEntry[] = [
  {
    id: RECOMMENDED_MODEL,
    file: FILE,
    bytes: MODEL_BYTES.length,
    sha256: createHash('sha256').update(MODEL_BYTES).digest('hex'),
    englishOnly: true,
    note: 'More accurate; English only',
  },
];

/** A 127.0.0.1 address nothing listens on: every download from it is refused. */
async function refusedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/models/`;
}

let h: Harness;
let host: ModelServer;
// Read at each download: the test brings the network "back" by pointing it at the model server.
let source: ModelSource;

beforeAll(async () => {
  host = await startModelServer({ [FILE]: MODEL_BYTES });
  source = { baseUrl: await refusedBaseUrl(), catalogue: CATALOGUE };
  h = await startHarness(buildRenderer(), { modelSource: source });
}, 180_000);
afterAll(async () => {
  await h?.close();
  await host?.close();
});

const row = () => h.page.getByTestId('call-row').first();
const dialog = () => h.page.getByTestId('first-model-dialog');
const status = () =>
  row()
    .getByTestId('call-status')
    .textContent()
    .catch(() => null);
const modelState = async () => (await h.backend.handlers['models:info']({})).catalogue.find((i) => i.id === RECOMMENDED_MODEL)?.state;

describe('the first transcription, with no model installed (real renderer, real backend)', () => {
  it('offers the recommended model for this computer when Transcribe is pressed', async () => {
    h.dialogs.files.push([audio('jfk.wav')]);
    await h.page.getByTestId('import-button').click();
    await row().getByTestId('transcribe-button').click();

    await dialog().waitFor();
    const offer = dialog().getByTestId('first-model-offer');
    await offer.waitFor();
    expect(await offer.getAttribute('data-model-id')).toBe('base.en');
    expect(await dialog().getByTestId('first-model-name').textContent()).toBe('base.en (recommended): More accurate; English only');
    expect(await dialog().getByTestId('first-model-size').textContent()).toBe('0.6 MB, once');
    expect(await dialog().getByTestId('first-model-languages').textContent()).toBe('English only');
    expect(await dialog().getByTestId('first-model-estimate').textContent()).toMatch(
      /^About \d+ minutes? per hour of audio on this computer \(\d+ cores?, Balanced\); an estimate/,
    );
    expect(await dialog().getByTestId('first-model-choose-file').isEnabled()).toBe(true);
    await dialog().screenshot({ path: join(RESULTS, 'first-model-dialog.png') });
  });

  it('says the model server could not be reached, and offers Retry', async () => {
    await dialog().getByTestId('first-model-download').click();
    const error = dialog().getByTestId('first-model-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toMatch(/^Couldn't reach the model server: ECONNREFUSED\. Check the connection and try again\.$/);
    await dialog().getByTestId('first-model-retry').waitFor();
    expect(await status()).toBe('imported');
  });

  it('cancelling the download closes the dialog, starts nothing and keeps the part to resume', async () => {
    source.baseUrl = host.baseUrl; // the network is back; the server holds the second half
    await dialog().getByTestId('first-model-retry').click();
    await expect.poll(() => dialog().getByTestId('model-progress-label').textContent()).toBe('0.3 of 0.6 MB');
    await dialog().getByTestId('first-model-cancel').click();

    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(modelState).toBe('partial');
    expect(await status()).toBe('imported');
    expect(await row().getByTestId('job-progress').count()).toBe(0);
  });

  it('downloads the model with progress, and then transcribes the call it was asked for without another click', async () => {
    await row().getByTestId('transcribe-button').click();
    await dialog().getByTestId('first-model-download').click();
    await expect.poll(() => dialog().getByTestId('model-progress-label').textContent()).toBe('0.3 of 0.6 MB');
    await dialog().screenshot({ path: join(RESULTS, 'first-model-downloading.png') });

    host.release();
    await expect.poll(() => dialog().count(), { timeout: 15_000 }).toBe(0);
    expect(await modelState()).toBe('installed');
    expect((await h.backend.handlers['models:info']({})).current?.name).toBe(FILE);
    await expect.poll(status, { timeout: 60_000, interval: 250 }).toBe('transcribed');
    expect(h.errors).toEqual([]);
  }, 90_000);

  it('offline: "Choose a model file…" refuses a file that is not a model, then takes one and transcribes', async () => {
    await h.backend.handlers['models:delete']({ id: RECOMMENDED_MODEL });
    h.dialogs.files.push([audio('jfk.mp3')]);
    await h.page.getByTestId('import-button').click();
    const waiting = h.page.getByTestId('call-row').filter({ has: h.page.getByTestId('transcribe-button') });
    await waiting.getByTestId('transcribe-button').click();
    await dialog().getByTestId('first-model-offer').waitFor();

    h.dialogs.models.push(audio('jfk.wav'));
    await dialog().getByTestId('first-model-choose-file').click();
    await expect.poll(() => dialog().getByTestId('first-model-error').textContent()).toMatch(/not a whisper\.cpp model/);

    h.dialogs.models.push(TEST_MODEL);
    await dialog().getByTestId('first-model-choose-file').click();
    await expect.poll(() => dialog().count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => h.page.getByTestId('call-status').allTextContents(), { timeout: 60_000, interval: 250 }).toEqual(['transcribed', 'transcribed']);
  }, 90_000);
});
