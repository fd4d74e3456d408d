import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diarize } from '../../../../electron/services/speakers/diarize';
import { readWhisperWav, SAMPLE_RATE } from '../../../../electron/services/speakers/samples';
import { WavWriter } from '../../../../electron/services/transcription/wavWriter';
import { attributionAccuracy, framesOf } from '../../../../shared/speakers/attribution';
import { labelSpeakers } from '../../../../shared/speakers/diarization';
import { plainMix } from '../../../../eval/speakersMixes';
import { audio, tempDir } from '../../../helpers/fixtures';

const MODELS = resolve(__dirname, '../../../../../shared/fixtures/models');
const models = {
  segmentation: join(MODELS, 'sherpa-onnx-pyannote-segmentation-3-0.onnx'),
  embedding: join(MODELS, '3dspeaker_speech_campplus_sv_zh_en_16k-common_advanced.onnx'),
};
const dir = tempDir('speakers');
afterAll(() => dir.cleanup());

/** The first two minutes of the fixture call mixed to mono, written by the pipeline's own WAV writer. */
async function fixtureMix(): Promise<{ samples: Float32Array; reference: Int16Array }> {
  const mix = plainMix(dir.path);
  const seconds = 120;
  const wav = join(dir.path, 'mix.16k.wav');
  const writer = await WavWriter.create(wav, SAMPLE_RATE);
  await writer.write(mix.samples.subarray(0, seconds * SAMPLE_RATE));
  await writer.close();
  return { samples: await readWhisperWav(wav), reference: mix.reference.subarray(0, seconds * 20) };
}

describe('diarize (real models)', () => {
  it('tells the agent from the caller in a mono mix of the fixture call, and re-detects with a given count', async () => {
    const { samples, reference } = await fixtureMix();
    const progress: number[] = [];
    const result = await diarize(samples, { models, threads: 1, onProgress: (f) => progress.push(f) });
    expect(result.speakerCount).toBe(2);
    const found = framesOf(result.segments, (s) => s.speaker, reference.length);
    const { accuracy } = attributionAccuracy(reference, found);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
    expect(result.voices).toHaveLength(2);
    expect(result.voices[0]).toHaveLength(192);
    expect(result.segments.every((s) => s.end > s.start && s.confidence >= 0 && s.confidence <= 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
    // Re-detection with the user's count reuses the analysis: no model runs.
    expect(labelSpeakers(result.analysis, { numSpeakers: 3 }).speakerCount).toBe(3);
  });

  it('finds one speaker in jfk.wav', async () => {
    const result = await diarize(await readWhisperWav(audio('jfk.wav')), { models, threads: 1 });
    expect(result.speakerCount).toBe(1);
    expect(result.segments.length).toBeGreaterThan(0);
    expect(new Set(result.segments.map((s) => s.speaker))).toEqual(new Set([0]));
  });

  it('finds nobody in silence (the caller keeps its default speaker)', async () => {
    const result = await diarize(new Float32Array(5 * SAMPLE_RATE), { models, threads: 1 });
    expect(result).toMatchObject({ speakerCount: 0, segments: [], voices: [] });
  });

  it('stops when cancelled, with the caller’s reason', async () => {
    const samples = await readWhisperWav(audio('jfk.wav'));
    const controller = new AbortController();
    const reason = new Error('cancelled by the user');
    const run = diarize(samples, { models, threads: 1, signal: controller.signal, onProgress: () => controller.abort(reason) });
    await expect(run).rejects.toBe(reason);
  });

  it('says which model file is missing', async () => {
    const missing = { ...models, embedding: join(dir.path, 'no such model.onnx') };
    await expect(diarize(new Float32Array(16_000), { models: missing, threads: 1 })).rejects.toMatchObject({
      code: 'MODEL_MISSING',
      message: expect.stringContaining('speaker embedding model'),
    });
  });
});

describe('model and audio checks', () => {
  it('refuses a truncated or wrong model file with a message instead of letting onnxruntime abort the app', async () => {
    const truncated = join(dir.path, 'truncated.onnx');
    writeFileSync(truncated, readFileSync(models.segmentation).subarray(0, 100_000));
    await expect(diarize(new Float32Array(16_000), { models: { ...models, segmentation: truncated }, threads: 1 })).rejects.toMatchObject({
      code: 'MODEL_UNUSABLE',
      message: expect.stringContaining('speaker segmentation'),
    });
    // The embedding model where the segmentation model belongs.
    await expect(diarize(new Float32Array(16_000), { models: { ...models, segmentation: models.embedding }, threads: 1 })).rejects.toMatchObject({
      code: 'MODEL_UNUSABLE',
    });
  });

  it('reads only the 16 kHz mono 16-bit WAV the pipeline writes', async () => {
    await expect(readWhisperWav(audio('service-call-stereo-agentL-callerR.wav'))).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    await expect(readWhisperWav(audio('jfk.mp3'))).rejects.toMatchObject({ code: 'NOT_AUDIO' });
  });
});
