import { openSync, readSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_HEADER_BYTES, readModelHeader } from '../../../shared/formats/ggml';

const MODELS = resolve(__dirname, '../../../../shared/fixtures/models');
const head = (name: string) => {
  const fd = openSync(join(MODELS, name), 'r');
  const bytes = new Uint8Array(MODEL_HEADER_BYTES);
  readSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
  return bytes;
};

describe('readModelHeader', () => {
  it.each([
    ['for-tests-ggml-tiny.en.bin', { size: 'tiny', englishOnly: true, dtwPreset: 'tiny.en', precision: 'f16' }],
    ['for-tests-ggml-tiny.bin', { size: 'tiny', englishOnly: false, dtwPreset: 'tiny', precision: 'f16' }],
    ['ggml-base-q5_1.bin', { size: 'base', englishOnly: false, dtwPreset: 'base', precision: 'q5_1' }],
  ])('%s', (file, expected) => {
    expect(readModelHeader(head(file))).toEqual(expected);
  });

  it('refuses ggml files that are not whisper models, and anything else', () => {
    expect(readModelHeader(head('for-tests-silero-v6.2.0-ggml.bin'))).toBeNull();
    expect(readModelHeader(new TextEncoder().encode('not a model at all, just some text here....'))).toBeNull();
    expect(readModelHeader(new Uint8Array(8))).toBeNull();
  });
});
