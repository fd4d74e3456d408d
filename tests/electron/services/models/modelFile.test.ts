import { copyFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectModelFile } from '../../../../electron/services/models/modelFile';
import { tempDir } from '../../../helpers/fixtures';
import { MODELS, TEST_MODEL } from '../../../helpers/whisper';

const work = tempDir('model file');
afterAll(() => work.cleanup());

describe('inspectModelFile', () => {
  it.each(['ggml-tiny.en.bin', 'ggml-base-q5_1.bin', 'for-tests-ggml-tiny.en.bin'])('accepts the whole model %s', async (file) => {
    expect((await inspectModelFile(join(MODELS, file))).name).toBe(file);
  });

  it.each([
    ['ggml-tiny.en.bin', 0.6],
    ['ggml-tiny.en.bin', 0.999999],
    ['ggml-base-q5_1.bin', 0.5],
    ['for-tests-ggml-tiny.en.bin', 0.5],
  ])('refuses %s cut to %d of its bytes (whisper.cpp would fail only once a transcription starts)', async (file, fraction) => {
    const cut = join(work.path, file);
    copyFileSync(join(MODELS, file), cut);
    truncateSync(cut, Math.floor(statSync(cut).size * fraction));
    await expect(inspectModelFile(cut)).rejects.toMatchObject({
      code: 'MODEL_UNUSABLE',
      message: expect.stringMatching(new RegExp(`^“${file.replace(/\./g, '\\.')}” is incomplete: it stops in the middle of the model, after [\\d.]+ MB\\.`)),
    });
  });

  it('still says a file that is not a model is not one', async () => {
    await expect(inspectModelFile(join(MODELS, 'for-tests-silero-v6.2.0-ggml.bin'))).rejects.toMatchObject({ code: 'MODEL_UNUSABLE' });
    expect(TEST_MODEL).toContain('for-tests');
  });
});
