import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { whisperBinaryPath } from '../../electron/services/transcription/binary';

const ROOT = resolve(__dirname, '../..');
/** Built by `npm install` (scripts/build-whisper.mjs); tests run the real engine. */
export const WHISPER_BINARY = whisperBinaryPath({ isPackaged: false, appPath: ROOT, resourcesPath: '' });

export const MODELS = resolve(ROOT, '../shared/fixtures/models');
/** whisper.cpp's own test model: untrained weights, real file format and timings plumbing. */
export const TEST_MODEL = join(MODELS, 'for-tests-ggml-tiny.en.bin');
/** A trained model, for tests that check what was heard; null (and the test says it skipped) if absent. */
export const TRAINED_MODEL = existsSync(join(MODELS, 'ggml-tiny.en.bin')) ? join(MODELS, 'ggml-tiny.en.bin') : null;
