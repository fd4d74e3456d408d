import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { quantizeBinaryBeside, whisperBinaryPath } from '../../electron/services/transcription/binary';

const ROOT = resolve(__dirname, '../..');
/** Built by `npm install` (scripts/build-whisper.mjs); tests run the real engine. */
export const WHISPER_BINARY = whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' });

export const MODELS = resolve(ROOT, '../shared/fixtures/models');
/** whisper.cpp's own test model: untrained weights, real file format and timings plumbing. */
export const TEST_MODEL = join(MODELS, 'for-tests-ggml-tiny.en.bin');
/** A trained model, for tests that check what was heard; null (and the test says it skipped) if absent. */
export const TRAINED_MODEL = existsSync(join(MODELS, 'ggml-tiny.en.bin')) ? join(MODELS, 'ggml-tiny.en.bin') : null;

/**
 * `model` quantized to q8_0 into `dir`, by the whisper-quantize tool built beside the CLI. Quantized
 * models take ggml's integer-dot-product code paths, which an f16 model never runs.
 */
export function quantizedModel(model: string, dir: string): string {
  const out = join(dir, basename(model).replace(/\.bin$/, '-q8_0.bin'));
  execFileSync(quantizeBinaryBeside(WHISPER_BINARY), [model, out, 'q8_0'], { stdio: 'ignore' });
  return out;
}
