import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Word } from '../../../../shared/domain/transcript';
import { planWindows } from '../../../../shared/domain/windows';
import { transcribeRecording, type PipelineResult } from '../../../../electron/services/transcription/pipeline';
import { wordErrorRate } from '../../../helpers/wer';
import { TEST_MODEL, TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';
import { WINDOW_ENGINE as WRAPPER, windowCalls } from './windowCalls';

const engine = { binary: WHISPER_BINARY, model: TRAINED_MODEL ?? TEST_MODEL, modelName: 'tiny.en', threads: 2, language: 'en', dtwPreset: 'tiny.en' };
const { callFolder, input, jsonLog } = windowCalls('windows', engine);
/** Real windows take seconds before their first progress report; a stalled one is stopped 15 s after its 5 %. */
const REAL_LIMITS = { firstProgressMs: 120_000, minimumMs: 15_000, paceFactor: 5 };
const SMALL_WINDOW_SEC = 30;

/** Runs of the engine wrapper, as it logged them: which window file, with DTW or not. */
type Run = { file: string; dtw: boolean };
function useWrapper(options: { real: boolean; stallFile?: string; stallTimes?: number }): { runs: () => Run[] } {
  const log = jsonLog<Run>('engine');
  process.env.ENGINE_LOG = log.path;
  if (options.real) process.env.REAL_WHISPER = WHISPER_BINARY;
  if (options.stallFile) process.env.STALL_FILE = options.stallFile;
  process.env.STALL_TIMES = String(options.stallTimes ?? 0);
  return { runs: log.read };
}
afterEach(() => {
  for (const name of ['ENGINE_LOG', 'REAL_WHISPER', 'STALL_FILE', 'STALL_TIMES']) delete process.env[name];
});

const words = (r: PipelineResult): Word[] => r.turns.flatMap((t) => t.words);
const text = (r: PipelineResult) =>
  words(r)
    .map((w) => w.text)
    .join('');
const expectInOrder = (list: Word[]) => list.slice(1).forEach((w, i) => expect(w.start).toBeGreaterThanOrEqual(list[i]!.start));

describe.runIf(TRAINED_MODEL)('a call transcribed in windows (sales call, 120 s, trained tiny.en)', () => {
  let whole: PipelineResult;
  let windowed: PipelineResult;
  let windowRuns: Run[];
  let windowedFolder: string;
  const progress: number[] = [];

  beforeAll(async () => {
    whole = await transcribeRecording(input(callFolder()));
    const wrapper = useWrapper({ real: true });
    windowedFolder = callFolder();
    windowed = await transcribeRecording(
      input(windowedFolder, { engine: { ...engine, binary: WRAPPER }, maxWindowSec: SMALL_WINDOW_SEC, onProgress: (f) => progress.push(f) }),
    );
    windowRuns = wrapper.runs();
  }, 600_000);

  it('30-s windows cut in pauses give the words of one run: none lost or doubled at an edge, times in order', () => {
    const cuts = planWindows(whole.envelopes[0]!.energy[0]!, 100, 120, { maxSec: SMALL_WINDOW_SEC })
      .slice(0, -1)
      .map((w) => w.end);
    const wer = wordErrorRate(text(whole), text(windowed));
    const near = (r: PipelineResult, cut: number) =>
      words(r)
        .filter((w) => Math.abs(w.start - cut) <= 3)
        .map((w) =>
          w.text
            .trim()
            .toLowerCase()
            .replace(/[^\p{L}\p{N}']/gu, ''),
        )
        .join(' ');
    console.log(`windows: ${windowRuns.map((r) => r.file).join(', ')}; cuts at ${cuts.join(', ')} s`);
    console.log(`WER between one run and ${SMALL_WINDOW_SEC}-s windows: ${wer.toFixed(3)} (${words(whole).length} vs ${words(windowed).length} words)`);
    for (const cut of cuts) console.log(`±3 s of ${cut}: one run "${near(whole, cut)}" | windows "${near(windowed, cut)}"`);
    expect(windowRuns.map((r) => r.file)).toEqual(cuts.map((_, i) => `window-${i + 1}.16k.wav`).concat(`window-${cuts.length + 1}.16k.wav`));
    expect(cuts.length).toBeGreaterThanOrEqual(3);
    // Measured 0.063: whisper decodes differently once its 30-s chunks start elsewhere ("ok"/"okay",
    // "demetri"/"dimitri"), 346 vs 345 words; a lost or doubled stretch at an edge shows in the counts.
    expect(wer).toBeLessThanOrEqual(0.1);
    expect(Math.abs(words(windowed).length - words(whole).length)).toBeLessThanOrEqual(words(whole).length * 0.02);
    for (const cut of cuts) expect(Math.abs(near(windowed, cut).split(' ').length - near(whole, cut).split(' ').length)).toBeLessThanOrEqual(1);
    expectInOrder(words(windowed));
  });

  it('progress rises smoothly across the windows to 1, and no scratch files are left', () => {
    expect(progress.at(-1)).toBe(1);
    progress.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(progress[i]!));
    // Each window adds its share: no jump bigger than one window's (30 s of 120) plus decoding.
    progress.slice(1).forEach((p, i) => expect(p - progress[i]!).toBeLessThanOrEqual(0.3));
    expect(existsSync(windowedFolder)).toBe(true);
    expect(existsSync(join(windowedFolder, '.work'))).toBe(false);
  });

  it('a window that stalls runs again, once, with the same settings; the windows before it are not run again', async () => {
    const wrapper = useWrapper({ real: true, stallFile: 'window-2.16k.wav', stallTimes: 1 });
    const started = Date.now();
    const result = await transcribeRecording(
      input(callFolder(), { engine: { ...engine, binary: WRAPPER }, maxWindowSec: SMALL_WINDOW_SEC, stallLimits: REAL_LIMITS }),
    );
    const runs = wrapper.runs();
    console.log(`with a stall in window 2: ${runs.map((r) => r.file).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(runs.map((r) => r.file)).toEqual([windowRuns[0]!.file, windowRuns[1]!.file, ...windowRuns.slice(1).map((r) => r.file)]);
    expect(runs.every((r) => r.dtw)).toBe(true);
    expect(result.withoutDtw).toEqual([]);
    expect(text(result)).toBe(text(windowed));
  }, 600_000);
});
describe.runIf(TRAINED_MODEL)('a windowed job killed part way (sales call, trained tiny.en)', () => {
  it('a job killed part way goes on from the next window when run again, and gives the same words', async () => {
    const folder = callFolder();
    const controller = new AbortController();
    const done = join(folder, '.work', 'windows', 'window-002.json');
    const watcher = setInterval(() => existsSync(done) && controller.abort(), 50);
    const first = transcribeRecording(input(folder, { maxWindowSec: SMALL_WINDOW_SEC, signal: controller.signal }));
    await expect(first).rejects.toThrow();
    clearInterval(watcher);
    // What a stopped job keeps: its finished windows' results, not the (large) audio copies.
    expect(readdirSync(join(folder, '.work'))).toEqual(['windows']);
    const kept = readdirSync(join(folder, '.work', 'windows')).filter((f) => f.startsWith('window-'));
    expect(kept).toEqual(['window-001.json', 'window-002.json']);

    const wrapper = useWrapper({ real: true });
    const resumed = await transcribeRecording(input(folder, { engine: { ...engine, binary: WRAPPER }, maxWindowSec: SMALL_WINDOW_SEC }));
    const runs = wrapper.runs().map((r) => r.file);
    console.log(`resumed after a kill in window 3: ran ${runs.join(', ')}`);
    expect(runs[0]).toBe('window-3.16k.wav');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.every((file) => /^window-\d+\.16k\.wav$/.test(file) && !['window-1.16k.wav', 'window-2.16k.wav'].includes(file))).toBe(true);
    // The first windows' words come from the saved results, the rest from this run, in order.
    expect(text(resumed)).toMatch(/fantastic/i); // ~23 s: window 1
    expect(text(resumed)).toMatch(/help you out at this point/i); // ~97 s: the last window
    expectInOrder(words(resumed));
    expect(existsSync(join(folder, '.work'))).toBe(false);
  }, 600_000);
});
if (!TRAINED_MODEL) it('skips: no trained model in ../shared/fixtures/models', () => console.log('skipped'));

describe('a window that stalls twice with DTW word timing', () => {
  it('is run a third time without DTW, that window only, and the result says which stretch', async () => {
    const wrapper = useWrapper({ real: false, stallFile: 'window-2.16k.wav', stallTimes: 2 });
    const result = await transcribeRecording(
      input(callFolder(), {
        engine: { ...engine, binary: WRAPPER },
        maxWindowSec: SMALL_WINDOW_SEC,
        stallLimits: { firstProgressMs: 2000, minimumMs: 400, paceFactor: 5 },
      }),
    );
    const runs = wrapper.runs();
    expect(runs.filter((r) => r.file === 'window-2.16k.wav').map((r) => r.dtw)).toEqual([true, true, false]);
    expect(runs.filter((r) => r.file !== 'window-2.16k.wav').every((r) => r.dtw)).toBe(true);
    expect(runs.filter((r) => r.file === 'window-1.16k.wav')).toHaveLength(1);
    expect(result.withoutDtw).toHaveLength(1);
    const [stretch] = result.withoutDtw;
    expect(stretch!.start).toBeGreaterThan(20);
    expect(stretch!.end).toBeLessThanOrEqual(stretch!.start + SMALL_WINDOW_SEC);
  }, 120_000);
});
