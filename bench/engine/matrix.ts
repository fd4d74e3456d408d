// The configurations bench:engine runs: axes, their values as the flags spell them, the default subset.
import { engineProfile, SPEED_CHOICES, TranscriptionSpeed } from '../../shared/transcription/engineProfile';

export const MODELS = ['tiny.en', 'tiny.en-q8_0', 'base-q5_1'] as const;
export const DECODINGS = ['beam5', 'beam4', 'beam3', 'beam2', 'greedy'] as const;
export const TIMINGS = ['dtw', 'none'] as const;
const ON_OFF = ['on', 'off'] as const;

export type ModelKey = (typeof MODELS)[number];
export type Decoding = (typeof DECODINGS)[number];
export type WordTiming = (typeof TIMINGS)[number];

export type Config = {
  /** A key of the binaries given to the run ("portable", or the path given with --whisper). */
  binary: string;
  model: ModelKey;
  decoding: Decoding;
  /** DTW token timestamps with the model's preset (what the app uses for word timing), or none. */
  wordTiming: WordTiming;
  flashAttn: boolean;
  vad: boolean;
  threads: number;
};

/** The values a run may vary; each list comes from one flag (`--decoding beam5,greedy`). */
export type Axes = {
  models: ModelKey[];
  decodings: Decoding[];
  timings: WordTiming[];
  flashAttn: boolean[];
  vad: boolean[];
  threads: number[];
};

/** The configuration the app runs for a choice in Settings (shared/transcription/engineProfile), with tiny.en. */
export function appConfig(choice: TranscriptionSpeed, binary: string, threads: number): Config {
  const p = engineProfile({ cores: threads, features: null }, choice);
  const decoding = p.beamSize === 1 ? 'greedy' : (`beam${p.beamSize}` as Decoding);
  const model: ModelKey = p.eightBit ? 'tiny.en-q8_0' : 'tiny.en';
  return { binary, model, decoding, wordTiming: p.wordTiming === 'dtw' ? 'dtw' : 'none', flashAttn: p.flashAttn, vad: p.vad, threads };
}

/** "app: Balanced" when a configuration is what the app runs for one of its choices. */
export function appChoiceOf(c: Config): string | null {
  const same = (a: Config, b: Config) =>
    a.model === b.model && a.decoding === b.decoding && a.wordTiming === b.wordTiming && a.flashAttn === b.flashAttn && a.vad === b.vad;
  const choice = TranscriptionSpeed.options.find((o) => same(appConfig(o, c.binary, c.threads), c));
  return choice ? `app: ${SPEED_CHOICES[choice].label}` : null;
}

/** The flags that choose an axis's values, as comma-separated lists. */
export const AXIS_FLAGS = ['models', 'decoding', 'timing', 'flash-attn', 'vad', 'threads'] as const;
export type AxisFlag = (typeof AXIS_FLAGS)[number];

/**
 * What the app ran before its engine profile, and runs as Accuracy: tiny.en, beam 5, DTW word timing
 * (which needs flash attention off), no VAD, every core. Every other configuration is read against it.
 */
export function baseline(binary: string, threads: number): Config {
  return { binary, model: 'tiny.en', decoding: 'beam5', wordTiming: 'dtw', flashAttn: false, vad: false, threads };
}

/** The axis flags given (`{ decoding: 'beam5,greedy' }`), checked; a clear message for any value not allowed. */
export function parseAxes(flags: Partial<Record<AxisFlag, string>>): Partial<Axes> {
  const axes: Partial<Axes> = {};
  for (const flag of AXIS_FLAGS) {
    const text = flags[flag];
    if (text === undefined) continue;
    const items = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length === 0) throw new Error(`--${flag} needs at least one value`);
    const pick = <T extends string>(allowed: readonly T[]): T[] => {
      const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
      if (wrong !== undefined) throw new Error(`--${flag}: "${wrong}" is not one of ${allowed.join(', ')}`);
      return [...new Set(items)] as T[];
    };
    if (flag === 'models') axes.models = pick(MODELS);
    else if (flag === 'decoding') axes.decodings = pick(DECODINGS);
    else if (flag === 'timing') axes.timings = pick(TIMINGS);
    else if (flag === 'flash-attn') axes.flashAttn = pick(ON_OFF).map((v) => v === 'on');
    else if (flag === 'vad') axes.vad = pick(ON_OFF).map((v) => v === 'on');
    else {
      axes.threads = [...new Set(items)].map((item) => {
        const n = Number(item);
        if (!Number.isInteger(n) || n < 1) throw new Error(`--threads: "${item}" is not a whole number of threads (1 or more)`);
        return n;
      });
    }
  }
  return axes;
}

/** whisper.cpp computes DTW timestamps only with flash attention off (it turns DTW off otherwise). */
export const isRunnable = (c: Config) => !(c.wordTiming === 'dtw' && c.flashAttn);

/**
 * Every combination of the given axes (those not given stay at the baseline), minus the ones whisper.cpp
 * cannot run; `skipped` counts those.
 */
export function crossProduct(given: Partial<Axes>, base: Config, binaries: string[]): { configs: Config[]; skipped: number } {
  const all: Config[] = [];
  for (const binary of binaries)
    for (const model of given.models ?? [base.model])
      for (const decoding of given.decodings ?? [base.decoding])
        for (const wordTiming of given.timings ?? [base.wordTiming])
          for (const flashAttn of given.flashAttn ?? [base.flashAttn])
            for (const vad of given.vad ?? [base.vad])
              for (const threads of given.threads ?? [base.threads]) all.push({ binary, model, decoding, wordTiming, flashAttn, vad, threads });
  const configs = all.filter(isRunnable);
  return { configs, skipped: all.length - configs.length };
}

/**
 * With no axis flag: the baseline, then one axis changed at a time (so each row says what that one
 * choice costs or saves), then the cheapest combination. Sized to finish in about ten minutes on 2 cores.
 * `threads` is the machine's core count; one fewer is tried where that leaves a core for the user (4+).
 */
export function defaultSubset(binaries: string[], threads: number): Config[] {
  const out: Config[] = [];
  for (const binary of binaries) {
    const b = baseline(binary, threads);
    out.push(
      b,
      appConfig('balanced', binary, threads),
      { ...b, wordTiming: 'none' },
      { ...b, wordTiming: 'none', flashAttn: true },
      { ...b, decoding: 'beam2' },
      { ...b, decoding: 'greedy' },
      { ...b, model: 'tiny.en-q8_0' },
      { ...b, model: 'base-q5_1' },
      { ...b, vad: true },
      { ...b, model: 'tiny.en-q8_0', decoding: 'greedy', wordTiming: 'none', flashAttn: true },
    );
    if (threads >= 4) out.push({ ...b, threads: threads - 1 });
  }
  return out;
}

/** The default subset for --long (each run is ~5× longer): VAD off and on, with and without DTW. */
export function longSubset(binaries: string[], threads: number): Config[] {
  return binaries.flatMap((binary) => {
    const b = baseline(binary, threads);
    return [b, { ...b, vad: true }, { ...b, wordTiming: 'none' as const, flashAttn: true, vad: true }];
  });
}
