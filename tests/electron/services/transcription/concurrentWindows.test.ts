import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { transcribeRecording, type PipelineResult } from '../../../../electron/services/transcription/pipeline';
import { wordErrorRate } from '../../../helpers/wer';
import { TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';
import { WINDOW_ENGINE, windowCalls } from './windowCalls';

// A call's windows transcribed by several whisper runs at once (Engine.runs, concurrentRuns.ts).
const engine = { binary: WINDOW_ENGINE, model: TRAINED_MODEL ?? 'model.bin', modelName: 'tiny.en', threads: 2, language: 'en', dtwPreset: null };
const { callFolder, input, jsonLog } = windowCalls('concurrent-windows', engine, { maxWindowSec: 30 });

type Span = { file: string; threads: number; started: number; ended: number };
function useSpans(env: Record<string, string> = {}): () => Span[] {
  const log = jsonLog<Span>('spans');
  Object.assign(process.env, { ENGINE_SPANS: log.path, ...env });
  return log.read;
}
afterEach(() => {
  for (const name of ['ENGINE_SPANS', 'ENGINE_DELAY_MS', 'FAIL_FILE', 'REAL_WHISPER']) delete process.env[name];
});

/** The most runs that were going at one moment. */
function mostAtOnce(spans: Span[]): number {
  return Math.max(...spans.map((s) => spans.filter((o) => o.started < s.ended && s.started < o.ended).length));
}
const text = (r: PipelineResult) =>
  r.turns
    .flatMap((t) => t.words)
    .map((w) => w.text)
    .join('');

describe('windows transcribed two runs at a time', () => {
  it('runs two at once with one thread each, and puts every window’s words in call order', async () => {
    const spans = useSpans({ ENGINE_DELAY_MS: '700' });
    const result = await transcribeRecording(input(callFolder(), { engine: { ...engine, runs: 2 } }));
    const ran = spans();
    console.log(`runs: ${ran.map((s) => `${s.file} (${s.threads} thread)`).join(', ')}`);
    expect(ran.length).toBeGreaterThanOrEqual(4);
    expect(mostAtOnce(ran)).toBe(2);
    expect(ran.every((s) => s.threads === 1)).toBe(true);
    // The stand-in says "Tell me more N." at the start of window N: one per window, in order.
    const starts = result.turns
      .flatMap((t) => t.words)
      .filter((w) => w.text.includes('Tell'))
      .map((w) => w.start);
    expect(starts).toHaveLength(ran.length);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  }, 60_000);

  it('with one run, windows go one after another with every thread', async () => {
    const spans = useSpans({ ENGINE_DELAY_MS: '300' });
    await transcribeRecording(input(callFolder(), { engine: { ...engine, runs: 1 } }));
    expect(mostAtOnce(spans())).toBe(1);
    expect(spans().every((s) => s.threads === 2)).toBe(true);
  }, 60_000);

  it('a run that fails stops the other; the job fails with the engine’s message and keeps the windows it finished', async () => {
    useSpans({ ENGINE_DELAY_MS: '1500', FAIL_FILE: 'window-4.16k.wav' });
    const folder = callFolder();
    await expect(transcribeRecording(input(folder, { engine: { ...engine, runs: 2 } }))).rejects.toThrow(/model|engine/i);
    // Windows 1 and 2 ran first (1.5 s each) and were saved; then 3 and 4 started, 4 failed at once and 3 was stopped.
    expect(readdirSync(join(folder, '.work', 'windows')).filter((f) => f.startsWith('window-'))).toEqual(['window-001.json', 'window-002.json']);
  }, 60_000);

  it('cancelling stops every run at once', async () => {
    const spans = useSpans({ ENGINE_DELAY_MS: '20000' });
    const controller = new AbortController();
    const job = transcribeRecording(input(callFolder(), { engine: { ...engine, runs: 2 }, signal: controller.signal }));
    setTimeout(() => controller.abort(), 1500);
    const started = Date.now();
    await expect(job).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(spans()).toEqual([]); // killed: none ended on its own
  }, 60_000);
});

describe.runIf(TRAINED_MODEL)('the real engine, two runs at once (sales call, trained tiny.en)', () => {
  it('gives the words one run gives, window for window', async () => {
    process.env.REAL_WHISPER = WHISPER_BINARY;
    const real = { ...engine, binary: WHISPER_BINARY };
    const one = await transcribeRecording(input(callFolder(), { engine: { ...real, runs: 1 }, maxWindowSec: 60 }));
    const two = await transcribeRecording(input(callFolder(), { engine: { ...real, runs: 2 }, maxWindowSec: 60 }));
    const wer = wordErrorRate(text(one), text(two));
    console.log(`WER between one run and two at once (same windows): ${wer.toFixed(3)}`);
    // Same windows, same flags; only the threads differ (2 vs 1 per run), which can change a rounding.
    expect(wer).toBeLessThanOrEqual(0.03);
    expect(text(two)).toMatch(/help you out at this point/i);
  }, 600_000);
});
