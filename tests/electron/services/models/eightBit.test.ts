import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eightBitCopy, removeEightBitCopies } from '../../../../electron/services/models/eightBit';
import { inspectModelFile } from '../../../../electron/services/models/modelFile';
import { quantizeBinaryBeside } from '../../../../electron/services/transcription/binary';
import { tempDir } from '../../../helpers/fixtures';
import { MODELS, TEST_MODEL, TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('eight-bit');
afterAll(() => dir.cleanup());
const quantizeBinary = quantizeBinaryBeside(WHISPER_BINARY);
let n = 0;
/** A model of our own to convert (its modification time is changed by one test). */
function ownModel(name = 'ggml-tiny.en.bin'): string {
  const folder = join(dir.path, `models ${++n}`);
  mkdirSync(folder);
  copyFileSync(TEST_MODEL, join(folder, name));
  return join(folder, name);
}

describe('8-bit copy of a model (real whisper-quantize)', () => {
  it('makes a q8_0 copy of an f16 model once, in its folder, and reuses it', async () => {
    const source = ownModel();
    const out = join(dir.path, `copies ${n}`);
    const path = await eightBitCopy(await inspectModelFile(source), { quantizeBinary, dir: out });
    const made = await inspectModelFile(path);
    expect(made).toMatchObject({ precision: 'q8_0', size: 'tiny', englishOnly: true, dtwPreset: 'tiny.en' });
    expect(readdirSync(out)).toEqual([made.name]); // no temporary file or link left
    const before = statSync(path).mtimeMs;
    expect(await eightBitCopy(await inspectModelFile(source), { quantizeBinary: '/nonexistent/whisper-quantize', dir: out })).toBe(path);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('a replaced model gets a new copy and the old copy is removed', async () => {
    const source = ownModel();
    const out = join(dir.path, `copies ${n}`);
    const first = await eightBitCopy(await inspectModelFile(source), { quantizeBinary, dir: out });
    utimesSync(source, new Date(), new Date(Date.now() + 60_000));
    const second = await eightBitCopy(await inspectModelFile(source), { quantizeBinary, dir: out });
    expect(second).not.toBe(first);
    expect(readdirSync(out)).toEqual([second.split('/').pop()]);
    await removeEightBitCopies(out, source); // the model is deleted: so are its copies
    expect(readdirSync(out)).toEqual([]);
  });

  it.runIf(TRAINED_MODEL)('the trained tiny.en comes out at about half its size', async () => {
    const out = join(dir.path, 'trained');
    const path = await eightBitCopy(await inspectModelFile(TRAINED_MODEL!), { quantizeBinary, dir: out });
    console.log(`tiny.en: ${statSync(TRAINED_MODEL!).size} bytes f16, ${statSync(path).size} bytes q8_0`);
    expect(statSync(path).size).toBeLessThan(statSync(TRAINED_MODEL!).size * 0.6);
  });

  it('uses a model that is already quantized as it is', async () => {
    const q51 = join(MODELS, 'ggml-base-q5_1.bin');
    const out = join(dir.path, 'never made');
    expect(await eightBitCopy(await inspectModelFile(q51), { quantizeBinary, dir: out })).toBe(q51);
    expect(existsSync(out)).toBe(false);
  });

  it('reaches a model under a non-ASCII path (whisper-quantize is given ASCII names only)', async () => {
    const source = ownModel('modèle José 模型.bin');
    const out = join(dir.path, `copies ${n} é`);
    const path = await eightBitCopy(await inspectModelFile(source), { quantizeBinary, dir: out });
    expect((await inspectModelFile(path)).precision).toBe('q8_0');
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('a failed conversion says which model, and leaves nothing half-made', async () => {
    const source = ownModel();
    const out = join(dir.path, `copies ${n}`);
    await expect(eightBitCopy(await inspectModelFile(source), { quantizeBinary: '/bin/false', dir: out })).rejects.toThrow(
      /Couldn’t make an 8-bit copy of “ggml-tiny\.en\.bin”/,
    );
    expect(readdirSync(out)).toEqual([]);
    await expect(eightBitCopy(await inspectModelFile(source), { quantizeBinary: join(dir.path, 'no-such-tool'), dir: out })).rejects.toThrow(
      /8-bit copy of “ggml-tiny\.en\.bin”.*whisper-quantize is missing/,
    );
  });
});
