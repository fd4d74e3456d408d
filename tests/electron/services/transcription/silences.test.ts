import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { transcribeRecording } from '../../../../electron/services/transcription/pipeline';
import { WavWriter } from '../../../../electron/services/transcription/wavWriter';
import { audio, tempDir } from '../../../helpers/fixtures';
import { wavTrack } from '../../../helpers/tracks';
import { TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';

const dir = tempDir('silences');
afterAll(() => dir.cleanup());
afterEach(() => {
  for (const name of ['ENGINE_LOG', 'REAL_WHISPER']) delete process.env[name];
});
const WRAPPER = join(__dirname, 'window-engine.mjs');
const RATE = 16_000;
const JFK_SEC = 11;

/** jfk.wav (16 kHz mono) read as samples: after 44 bytes of header, 16-bit little-endian. */
function jfk(): Float32Array {
  const bytes = readFileSync(audio('jfk.wav'));
  const samples = new Int16Array(bytes.buffer, bytes.byteOffset + 44, (bytes.length - 44) >> 1);
  return Float32Array.from(samples, (s) => s / 32768);
}

describe.runIf(TRAINED_MODEL)('a call with dead air (jfk, 15 s of silence, jfk; trained tiny.en)', () => {
  it('whisper hears only the speech: two runs, each speech with its own times, no word in the silence', async () => {
    const folder = join(dir.path, 'call');
    mkdirSync(folder);
    const file = join(folder, 'audio.wav');
    const writer = await WavWriter.create(file, RATE);
    await writer.write(jfk());
    await writer.write(new Float32Array(15 * RATE));
    await writer.write(jfk());
    const { durationSec } = await writer.close();
    const log = join(dir.path, 'engine.log');
    process.env.ENGINE_LOG = log;
    process.env.REAL_WHISPER = WHISPER_BINARY;
    const track = wavTrack({ file: 'audio.wav', durationSec });
    const result = await transcribeRecording({
      audioPaths: [file],
      workDir: join(folder, '.work'),
      tracks: [track],
      speakers: [{ id: 'rep', name: 'Rep', role: 'rep' }],
      engine: { binary: WRAPPER, model: TRAINED_MODEL!, modelName: 'tiny.en', threads: 2, language: 'en', dtwPreset: null },
    });
    const runs = readFileSync(log, 'utf8').trim().split('\n');
    expect(runs).toHaveLength(2);
    const words = result.turns.flatMap((t) => t.words);
    const said = (from: number, to: number) =>
      words
        .filter((w) => w.start >= from && w.start < to)
        .map((w) => w.text)
        .join('');
    expect(said(0, JFK_SEC)).toMatch(/ask not what your country can do for you/i);
    expect(said(JFK_SEC + 15, durationSec)).toMatch(/ask not what your country can do for you/i);
    // jfk.wav is 11.0x s; half a second is kept after it (rounded to whole centiseconds).
    expect(words.filter((w) => w.start > JFK_SEC + 0.6 && w.start < JFK_SEC + 14.4)).toEqual([]);
  }, 300_000);
});
if (!TRAINED_MODEL) it('skips: no trained model in ../shared/fixtures/models', () => console.log('skipped'));
