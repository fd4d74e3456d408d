import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextModelSource } from '../../shared/meaning/textModel';
import { TEXT_MODEL, TEXT_MODEL_PRESENT } from '../helpers/textModel';
import { RESULTS, buildRenderer, startHarness, type Harness } from './harness';
import { sendHalfUntil, startRangeServer, type RangeServer } from '../helpers/rangeServer';

// The fixture text model stands in for the official files (the int8 build, not the fp32 one: the injected
// source carries its own sizes and checksums), served from 127.0.0.1.
const served: Record<string, Buffer> = {
  'model.onnx': readFileSync(TEXT_MODEL.model),
  'tokenizer.json': readFileSync(TEXT_MODEL.tokenizer),
  'tokenizer_config.json': readFileSync(TEXT_MODEL.tokenizerConfig),
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let h: Harness;
let host: RangeServer;
/** The model's answer stops half-way until the test lets it go on; the small tokenizer files come whole. */
let release = () => {};
const held = new Promise<void>((resolve) => (release = resolve));

beforeAll(async () => {
  if (!TEXT_MODEL_PRESENT) return;
  host = await startRangeServer(served, { send: (res, body, file) => (file === 'model.onnx' ? sendHalfUntil(held, res, body) : res.end(body)) });
  const entry = (file: string) => ({ baseUrl: host.baseUrl, file, folder: 'text/minilm', bytes: served[file]!.length, sha256: sha256(served[file]!) });
  const source: TextModelSource = { model: entry('model.onnx'), tokenizer: entry('tokenizer.json'), tokenizerConfig: entry('tokenizer_config.json') };
  h = await startHarness(buildRenderer(), { textModelSource: source });
}, 180_000);
afterAll(async () => {
  release(); // a response still held would keep the server open
  await h?.close();
  await host?.close();
});

const section = () => h.page.getByTestId('meaning-section');
const box = () => section().getByTestId('meaning-download');

describe.runIf(TEXT_MODEL_PRESENT)('the text model downloaded from Settings (real renderer, real backend, local model host)', () => {
  it('shows the size; the download shows progress, then the model is ready and in use', async () => {
    await h.page.goto(`${h.url}#/settings`);
    expect(await section().getByTestId('meaning-status').textContent()).toMatch(/^Not set up/);
    const button = box().getByTestId('meaning-download-button');
    expect(await button.textContent()).toBe('Download (23 MB)');

    await button.click();
    // The host holds the model at its half (with the tokenizer: 11.9 MB of 23): progress is seen for certain, not raced.
    await expect.poll(() => box().getByTestId('model-progress-label').textContent(), { timeout: 20_000 }).toMatch(/^1[12] of 23 MB$/);
    await section().screenshot({ path: join(RESULTS, 'settings-meaning-downloading.png') });
    release();
    await expect.poll(() => section().getByTestId('meaning-status').textContent(), { timeout: 30_000 }).toMatch(/^Ready/);
    expect(await section().getByTestId('meaning-model-path').textContent()).toBe(join(h.userData, 'models', 'text', 'minilm', 'model.onnx'));
    expect(await box().count()).toBe(0);
    expect(await section().getByTestId('meaning-error').count()).toBe(0);
    await section().screenshot({ path: join(RESULTS, 'settings-meaning-ready.png') });
  });

  it('removes the model: the section offers the download again', async () => {
    await section().getByTestId('meaning-remove').click();
    await expect.poll(() => section().getByTestId('meaning-status').textContent()).toMatch(/^Not set up/);
    expect(await box().getByTestId('meaning-download-button').textContent()).toBe('Download (23 MB)');
  });

  it('reported no page errors', () => {
    expect(h.errors).toEqual([]);
  });
});
