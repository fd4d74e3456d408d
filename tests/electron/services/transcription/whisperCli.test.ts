import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWhisper } from '../../../../electron/services/transcription/whisperCli';
import { audio, tempDir } from '../../../helpers/fixtures';
import { wordErrorRate } from '../../../helpers/wer';
import { TEST_MODEL, TRAINED_MODEL, WHISPER_BINARY, quantizedModel } from '../../../helpers/whisper';

const dir = tempDir('whisper');
afterAll(() => dir.cleanup());
const base = { binary: WHISPER_BINARY, threads: 2, language: 'en', dtwPreset: 'tiny.en' };
const JFK = 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';

describe('whisper.cpp CLI (natively built)', () => {
  it('runs the test model on a real recording and reports progress up to 100 %', async () => {
    const progress: number[] = [];
    const result = await runWhisper({
      ...base,
      model: TEST_MODEL,
      wav: audio('jfk.wav'),
      outputBase: join(dir.path, 'jfk-test-model'),
      onProgress: (f) => progress.push(f),
    });
    expect(Array.isArray(result.segments)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it.runIf(TRAINED_MODEL)('hears jfk.wav with a trained model: word error rate ≤ 10 %, words timed in order', async () => {
    const result = await runWhisper({ ...base, model: TRAINED_MODEL!, wav: audio('jfk.wav'), outputBase: join(dir.path, 'jfk') });
    const words = result.segments.flatMap((s) => s.words);
    const wer = wordErrorRate(JFK, words.map((w) => w.text).join(''));
    console.log(`jfk.wav WER with ggml-tiny.en: ${wer.toFixed(3)}`);
    expect(wer).toBeLessThanOrEqual(0.1);
    expect(words[0]!.start).toBeLessThan(1);
    expect(words.at(-1)!.end).toBeGreaterThan(9);
    words.slice(1).forEach((w, i) => expect(w.start).toBeGreaterThanOrEqual(words[i]!.start));
  });
  if (!TRAINED_MODEL) it('skips the text check: no trained model in ../shared/fixtures/models', () => console.log('skipped'));

  it('runs a q8_0 model on the CPU variant it loads for this processor, not killed by an instruction it lacks', async () => {
    const model = quantizedModel(TRAINED_MODEL ?? TEST_MODEL, dir.path);
    const result = await runWhisper({ ...base, model, wav: audio('jfk.wav'), outputBase: join(dir.path, 'jfk-q8_0') });
    const words = result.segments.flatMap((s) => s.words);
    if (TRAINED_MODEL) expect(wordErrorRate(JFK, words.map((w) => w.text).join(''))).toBeLessThanOrEqual(0.1);
  });

  it('stops the engine when cancelled', async () => {
    const controller = new AbortController();
    const run = runWhisper({
      ...base,
      model: TRAINED_MODEL ?? TEST_MODEL,
      wav: audio('sales-followup-azure.wav'),
      outputBase: join(dir.path, 'cancelled'),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    await expect(run).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a run that stops making progress with DTW is killed and run again, then without DTW, and says so', async () => {
    const started = Date.now();
    const result = await runWhisper(
      {
        ...base,
        binary: join(__dirname, 'stalling-engine.mjs'),
        model: TEST_MODEL,
        wav: audio('jfk.wav'),
        outputBase: join(dir.path, 'stalled'),
      },
      { firstProgressMs: 2000, minimumMs: 400, paceFactor: 5 },
    );
    expect(result.segments[0]!.words.map((w) => w.text)).toEqual([' Tell', ' me', ' more.']);
    expect(result.withoutDtw).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('names the signal and the CPU variant when the engine is killed by an illegal instruction', async () => {
    const run = runWhisper({
      ...base,
      binary: join(__dirname, 'illegal-instruction-engine.sh'),
      model: TEST_MODEL,
      wav: audio('jfk.wav'),
      outputBase: join(dir.path, 'sigill'),
    });
    await expect(run).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(run).rejects.toThrow(
      /killed by SIGILL \(illegal instruction.*\) on its cpu-sapphirerapids variant, with the model .*for-tests-ggml-tiny\.en\.bin/,
    );
  });

  it('names a file that is not a model', async () => {
    const fake = join(dir.path, 'ggml-fake.bin');
    writeFileSync(fake, 'not a model'.repeat(100));
    await expect(runWhisper({ ...base, model: fake, wav: audio('jfk.wav'), outputBase: join(dir.path, 'fake') })).rejects.toMatchObject({
      code: 'MODEL_UNUSABLE',
    });
  });

  it('gives the engine only ASCII arguments (Windows reads them in the system code page), files it opens from its folder, and cleans up', async () => {
    // Library, recording, output and model all under non-ASCII names, as for a user named José or a CJK profile.
    const work = join(dir.path, 'Anrufe Zoë 通话', '.work');
    const models = join(dir.path, 'Modèles José 模型');
    mkdirSync(work, { recursive: true });
    mkdirSync(models);
    const model = join(models, 'ggml-tiny.en ü.bin');
    const wav = join(dir.path, 'Anrufe Zoë 通话', 'Gespräch mit Müller.wav');
    copyFileSync(TEST_MODEL, model);
    copyFileSync(audio('jfk.wav'), wav);
    const engine = join(__dirname, 'argv-recording-engine.mjs');
    const given = () =>
      JSON.parse(readFileSync(join(work, 'engine-argv.json'), 'utf8')) as { cwd: string; args: string[]; modelBytes: number | null; wavBytes: number | null };

    await runWhisper({ ...base, binary: engine, model, wav, outputBase: join(work, 'Abschrift ü') });
    expect(given().args.filter((a) => !/^[\x20-\x7e]*$/.test(a))).toEqual([]);
    expect(given()).toMatchObject({ cwd: work, modelBytes: statSync(model).size, wavBytes: statSync(wav).size });
    expect(readdirSync(work)).toEqual(['engine-argv.json']);

    // The pipeline's own work files go by their names; a model in an ASCII folder by its path, not copied.
    copyFileSync(audio('jfk.wav'), join(work, 'track-1.16k.wav'));
    await runWhisper({ ...base, binary: engine, model: TEST_MODEL, wav: join(work, 'track-1.16k.wav'), outputBase: join(work, 'transcript') });
    expect(given().args).toEqual(expect.arrayContaining(['--model', TEST_MODEL, '--file', 'track-1.16k.wav', '--output-file', 'transcript']));
    expect(given().args.join(' ')).toMatch(/--model \S+ --file track-1\.16k\.wav /);
    expect(readdirSync(work).sort()).toEqual(['engine-argv.json', 'track-1.16k.wav']);
  });

  it('names a model in a non-ASCII folder that is gone, and leaves nothing behind', async () => {
    const work = join(dir.path, 'Anrufe Zoë 通话', '.work-gone');
    mkdirSync(work, { recursive: true });
    const model = join(dir.path, 'Modèles José 模型', 'ggml-gone.bin');
    const run = runWhisper({ ...base, model, wav: audio('jfk.wav'), outputBase: join(work, 'transcript') });
    await expect(run).rejects.toMatchObject({ code: 'FILE_MISSING' });
    await expect(run).rejects.toThrow(model);
    expect(readdirSync(work)).toEqual([]);
  });
});
