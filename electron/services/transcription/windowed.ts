import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Segment } from '../../../shared/domain/transcript';
import type { TimeWindow } from '../../../shared/domain/windows';
import { WHISPER_SAMPLE_RATE } from './decode';
import { openWindowStore } from './windowStore';
import { threadsPerRun } from '../../../shared/transcription/concurrentRuns';
import { runWhisper, type StallLimits, type WhisperOptions, type WhisperResult } from './whisperCli';
import { sliceWav } from './wavWriter';

export type WindowedInput = {
  engine: Pick<WhisperOptions, 'binary' | 'model' | 'threads' | 'language' | 'dtwPreset' | 'decoding'>;
  /** The call's 16 kHz mono WAV. */
  wav: string;
  /** The call's work folder: each window's slice goes there while it runs, its result in `windows/`. */
  workDir: string;
  windows: TimeWindow[];
  /** whisper runs at once (concurrentRuns.ts), `engine.threads` shared among them; 1 when absent. */
  runs?: number;
  /** What the saved results must match to be reused (audio, plan, model, settings). */
  key: unknown;
  signal?: AbortSignal;
  /** Fraction of the whole call transcribed, each window weighted by its length. */
  onProgress?: (fraction: number) => void;
  stallLimits?: StallLimits;
};

export type WindowedResult = {
  language: string | null;
  /** Every window's segments in order, times from the start of the call. */
  segments: Segment[];
  /** Windows whose words were timed without DTW, because the engine stalled twice with it there. */
  withoutDtw: TimeWindow[];
};

/**
 * Transcribes a call's windows, each from its own slice of the WAV, skipping the windows a previous run of
 * the same job finished; with `runs` > 1, that many whisper runs go at once, each taking the next window
 * as it finishes one. Windows are cut in pauses (planWindows), so a window's segments simply follow the
 * one before: no word is cut in two, and none is heard by two windows.
 */
export async function transcribeWindows(input: WindowedInput): Promise<WindowedResult> {
  const store = await openWindowStore(join(input.workDir, 'windows'), input.key);
  const lengths = input.windows.map((w) => w.end - w.start);
  const total = lengths.reduce((sum, l) => sum + l, 0) || 1;
  const heard: (WhisperResult | null)[] = [];
  for (const i of input.windows.keys()) heard.push(await store.load(i));
  const todo = [...input.windows.keys()].filter((i) => !heard[i]);
  // Each window's own progress; the call's is their sum weighted by length.
  const progress: number[] = heard.map((h) => (h ? 1 : 0));
  const report = () => input.onProgress?.(progress.reduce((sum, f, i) => sum + f * lengths[i]!, 0) / total);

  // One failed run stops the others (their work so far is saved window by window).
  const stop = new AbortController();
  const signal = input.signal ? AbortSignal.any([input.signal, stop.signal]) : stop.signal;
  const runOne = async (i: number, threads: number) => {
    signal.throwIfAborted();
    const window = input.windows[i]!;
    const slice = join(input.workDir, `window-${i + 1}.16k.wav`);
    await sliceWav(input.wav, slice, window.start, window.end, WHISPER_SAMPLE_RATE);
    try {
      heard[i] = await runWhisper(
        {
          ...input.engine,
          threads,
          wav: slice,
          outputBase: join(input.workDir, `window-${i + 1}`),
          offsetSec: window.start,
          signal,
          onProgress: (f) => {
            progress[i] = f;
            report();
          },
        },
        input.stallLimits,
      );
    } finally {
      await rm(slice, { force: true });
    }
    await store.save(i, heard[i]!);
    progress[i] = 1;
    report();
  };
  let next = 0;
  const lane = async (threads: number) => {
    while (next < todo.length) await runOne(todo[next++]!, threads);
  };
  const lanes = threadsPerRun(input.engine.threads, Math.min(input.runs ?? 1, Math.max(1, todo.length)));
  const settled = await Promise.allSettled(
    lanes.map((threads) =>
      lane(threads).catch((e: unknown) => {
        stop.abort();
        throw e;
      }),
    ),
  );
  input.signal?.throwIfAborted();
  // The first real failure, not the stops it caused in the other runs.
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  const failure = failures.find((e) => !(e instanceof Error && e.name === 'AbortError')) ?? failures[0];
  if (failures.length) throw failure;
  report();

  const result: WindowedResult = { language: null, segments: [], withoutDtw: [] };
  for (const [i, window] of input.windows.entries()) {
    const h = heard[i]!;
    result.language ??= h.language;
    result.segments.push(...h.segments.map((segment) => withinWindow(segment, window)));
    if (h.withoutDtw) result.withoutDtw.push(window);
  }
  return result;
}

/**
 * A segment with its times kept inside the window it was heard in: whisper's token timestamps can put the
 * last word of a slice past the slice's end (seen: 1.3 s past, on jfk.wav), where it would land in the
 * silence left out after it or in the next window.
 */
function withinWindow(segment: Segment, window: TimeWindow): Segment {
  const clamp = (t: number) => Math.min(window.end, Math.max(window.start, t));
  return {
    ...segment,
    start: clamp(segment.start),
    end: clamp(segment.end),
    words: segment.words.map((w) => ({ ...w, start: clamp(w.start), end: clamp(w.end) })),
  };
}
