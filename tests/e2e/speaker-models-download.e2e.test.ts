import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpeakerModelSource } from '../../electron/services/ports';
import { MODELS } from '../helpers/whisper';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';
import { startModelServer, type ModelServer } from './modelServer';

// The fixture speaker models stand in for the official files (not byte-identical: the injected
// catalogue carries their own sizes and checksums), served from 127.0.0.1.
const SEGMENTATION = readFileSync(join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx'));
const EMBEDDING = readFileSync(join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx'));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** What the host serves, by file name; a test swaps a file for damaged bytes and back. */
const served: Record<string, Buffer> = { 'model.onnx': SEGMENTATION, 'campplus.onnx': EMBEDDING };

let h: Harness;
let host: ModelServer;

beforeAll(async () => {
  host = await startModelServer(served);
  const source: SpeakerModelSource = {
    segmentation: {
      baseUrl: host.baseUrl,
      file: 'model.onnx',
      folder: 'speakers/pyannote-segmentation',
      bytes: SEGMENTATION.length,
      sha256: sha256(SEGMENTATION),
    },
    embedding: { baseUrl: host.baseUrl, file: 'campplus.onnx', folder: 'speakers', bytes: EMBEDDING.length, sha256: sha256(EMBEDDING) },
  };
  h = await startHarness(buildRenderer(), { speakerModelSource: source });
}, 180_000);
afterAll(async () => {
  await h?.close();
  await host?.close();
});

const section = () => h.page.getByTestId('speaker-models-section');
const box = () => section().getByTestId('speaker-models-download');

describe('speaker models downloaded from Settings (real renderer, real backend, local model host)', () => {
  it('shows the size; a download shows progress and can be cancelled, leaving speaker detection off', async () => {
    await h.page.goto(`${h.url}#/settings`);
    expect(await section().getByTestId('speaker-models-status').textContent()).toMatch(/^Not set up/);
    const button = box().getByTestId('speaker-models-download-button');
    expect(await button.textContent()).toBe('Download (34 MB)');

    await button.click();
    // The host holds the first file at its half (3.0 MB): progress is seen for certain, not raced. Events
    // come per percent of the whole (0.34 MB), so the label may stop a little short of the bytes on disk.
    await expect.poll(() => box().getByTestId('model-progress-label').textContent()).toMatch(/^(2\.[7-9]|3\.0) of 34 MB$/);
    await section().screenshot({ path: join(RESULTS, 'settings-speaker-models-downloading.png') });
    await box().getByTestId('speaker-models-cancel').click();
    await expect.poll(() => box().getAttribute('data-state')).toBe('partial');
    expect(await box().getByTestId('speaker-models-paused').textContent()).toBe('Paused at 3.0 of 34 MB');
    expect(await section().getByTestId('speaker-models-status').textContent()).toMatch(/^Not set up/);
    expect(await section().getByTestId('speaker-model-segmentation').textContent()).toMatch(/Not chosen/);
  });

  it('a model that arrives damaged is refused with a message saying which, and nothing is set', async () => {
    served['campplus.onnx'] = Buffer.from(EMBEDDING).fill(0, 1000, 2000);
    host.release(); // from now on files are served whole
    await box().getByTestId('speaker-models-download-button').click();
    await expect
      .poll(() => box().getByTestId('speaker-models-download-error').textContent())
      .toBe(
        "The speaker embedding model couldn't be downloaded: campplus.onnx arrived damaged (its checksum does not match the catalogue's), so it was deleted. Try again.",
      );
    // The error shows before the models' state is read again: waited for, not read once.
    await expect.poll(() => box().getAttribute('data-state')).toBe('partial');
    expect(await section().getByTestId('speaker-models-status').textContent()).toMatch(/^Not set up/);
    await section().screenshot({ path: join(RESULTS, 'settings-speaker-models-download-failed.png') });
  });

  it('resumed, both models are installed in the models folder and speaker detection is ready', async () => {
    served['campplus.onnx'] = EMBEDDING;
    await box().getByTestId('speaker-models-download-button').click();
    await expect.poll(() => section().getByTestId('speaker-models-status').textContent()).toMatch(/^Ready/);
    const models = join(h.userData, 'models', 'speakers');
    expect(await section().getByTestId('speaker-model-segmentation').locator('code').textContent()).toBe(join(models, 'pyannote-segmentation', 'model.onnx'));
    expect(await section().getByTestId('speaker-model-embedding').locator('code').textContent()).toBe(join(models, 'campplus.onnx'));
    expect(await box().count()).toBe(0);
    expect(await section().getByTestId('speaker-models-problem').count()).toBe(0);
    await section().screenshot({ path: join(RESULTS, 'settings-speaker-models-downloaded.png') });
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
