import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Segment } from '../../../shared/domain/transcript';
import type { TimeWindow } from '../../../shared/domain/windows';
import { WHISPER_SAMPLE_RATE } from './decode';
import { openWindowStore } from './windowStore';
import { runWhisper, type StallLimits, type WhisperOptions } from './whisperCli';
import { sliceWav } from './wavWriter';

export type WindowedInput = {
  engine: Pick<WhisperOptions, 'binary' | 'model' | 'threads' | 'language' | 'dtwPreset'>;
  /** The call's 16 kHz mono WAV. */
  wav: string;
  /** The call's work folder: each window's slice goes there while it runs, its result in `windows/`. */
  workDir: string;
  windows: TimeWindow[];
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
 * Transcribes a call one window at a time, each from its own slice of the WAV, skipping the windows a
 * previous run of the same job finished. Windows are cut in pauses (planWindows), so a window's
 * segments simply follow the one before: no word is cut in two, and none is heard by two windows.
 */
export async function transcribeWindows(input: WindowedInput): Promise<WindowedResult> {
  const { signal } = input;
  const store = await openWindowStore(join(input.workDir, 'windows'), input.key);
  const total = input.windows.reduce((sum, w) => sum + (w.end - w.start), 0) || 1;
  const result: WindowedResult = { language: null, segments: [], withoutDtw: [] };
  let done = 0;
  for (const [i, window] of input.windows.entries()) {
    const length = window.end - window.start;
    let heard = await store.load(i);
    if (!heard) {
      signal?.throwIfAborted();
      const slice = join(input.workDir, `window-${i + 1}.16k.wav`);
      await sliceWav(input.wav, slice, window.start, window.end, WHISPER_SAMPLE_RATE);
      try {
        heard = await runWhisper(
          {
            ...input.engine,
            wav: slice,
            outputBase: join(input.workDir, 'transcript'),
            offsetSec: window.start,
            signal,
            onProgress: (f) => input.onProgress?.((done + f * length) / total),
          },
          input.stallLimits,
        );
      } finally {
        await rm(slice, { force: true });
      }
      await store.save(i, heard);
    }
    result.language ??= heard.language;
    result.segments.push(...heard.segments.map((segment) => withinWindow(segment, window)));
    if (heard.withoutDtw) result.withoutDtw.push(window);
    done += length;
    input.onProgress?.(done / total);
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
