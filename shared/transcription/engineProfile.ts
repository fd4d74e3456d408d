import { z } from 'zod';

/** The user's choice in Settings → Transcription speed. */
export const TranscriptionSpeed = z.enum(['speed', 'balanced', 'accuracy']);
export type TranscriptionSpeed = z.infer<typeof TranscriptionSpeed>;
export const DEFAULT_TRANSCRIPTION_SPEED: TranscriptionSpeed = 'balanced';

/**
 * The instruction sets that matter to whisper.cpp's CPU code. null: this system doesn't tell us (macOS and
 * Windows, see electron/services/transcription/cpu.ts). They only shape the explanation: the portable
 * engine loads the best CPU variant the processor reports by itself.
 */
export const CpuFeatures = z.object({ avx2: z.boolean(), avx512f: z.boolean(), fma: z.boolean(), f16c: z.boolean(), neon: z.boolean() });
export type CpuFeatures = z.infer<typeof CpuFeatures>;

export const Machine = z.object({
  /** Logical cores the app may use (os.availableParallelism: CPU limits and affinity included). */
  cores: z.number().int().positive(),
  features: CpuFeatures.nullable(),
});
export type Machine = z.infer<typeof Machine>;

export type EngineProfile = {
  threads: number;
  /** whisper-cli's `-bs`: 1 is greedy decoding. */
  beamSize: number;
  /** whisper-cli's `-bo`: candidates sampled when a window is retried at a higher temperature. */
  bestOf: number;
  /** dtw: word times from cross-attention alignment (words where they are heard); tokens: whisper's own token timestamps. */
  wordTiming: 'dtw' | 'tokens';
  /** Voice activity detection before decoding. Off in every choice until the app ships a VAD model. */
  vad: boolean;
  /** Flash attention; whisper.cpp computes DTW only with it off. */
  flashAttn: boolean;
  /**
   * Run an 8-bit (q8_0) copy of a full-precision model, made once on this computer (models/quantize.ts):
   * smaller and faster at the same word error. A model that is already quantized is used as it is.
   */
  eightBit: boolean;
  /** One line for Settings: what this machine gets and why. */
  why: string;
};

/** whisper.cpp's decoding gains little past 8 threads (memory-bound), and more threads only crowd the user's apps. */
export const MAX_THREADS = 8;

/**
 * The measured trade-off behind each choice, shown beside it in Settings.
 *
 * `npm run bench:engine` on the 2-core test machine (Xeon with AVX-512), tiny.en, the 120-s sales call
 * `sales-followup-azure.wav`, WER against a commercial service's transcript (fixtures README, issue 14),
 * median of 2 runs, faster-whisper int8 beam 5 as the yardstick (8.7–9.7 s, WER 0.100):
 * - beam 5 + DTW word timing (flash attention must be off), model as it is: 15.3–16.7 s, WER 0.094 — Accuracy;
 * - 8-bit weights, flash attention, token timestamps: beam 5 11.7 s (WER 0.097), beam 4 8.8 s (0.080),
 *   beam 3 8.0 s (0.094) — Balanced takes beam 4: faster than beam 5 and better on the call; beam 3 only
 *   equals Accuracy there, a word's difference;
 * - greedy, 8-bit weights, flash attention, token timestamps: 4.7–5.3 s, WER 0.131 — Speed.
 * Token timestamps are not worse placed than DTW's: against faster-whisper's word times (its own
 * cross-attention alignment) their starts differ by 0.13 s at the median, DTW's by 0.22 s (DTW's words
 * start late). VAD (worse on this dense call) was measured, not chosen.
 */
export const SPEED_CHOICES: Record<TranscriptionSpeed, { label: string; tradeOff: string }> = {
  speed: {
    label: 'Speed',
    tradeOff: 'About 1.7× faster than Balanced; more misheard words (word error 13 % vs 8 % on our test call).',
  },
  balanced: {
    label: 'Balanced',
    tradeOff: 'The default: beam search on an 8-bit copy of the model, as accurate as Accuracy on our test call (word error 8 % vs 9 %) and about 1.8× faster.',
  },
  accuracy: {
    label: 'Accuracy',
    tradeOff: 'The model as it is, beam search, words timed by cross-attention (DTW); the slowest.',
  },
};

/** Threads for whisper: every core on 1–3, all but one on 4+ (for the user's other apps), at most MAX_THREADS. */
export function threadsFor(cores: number): number {
  const n = Math.max(1, Math.floor(cores));
  return Math.min(MAX_THREADS, n >= 4 ? n - 1 : n);
}

/** The whisper.cpp configuration for this machine and the user's choice (see SPEED_CHOICES for the figures). */
export function engineProfile(machine: Machine, choice: TranscriptionSpeed): EngineProfile {
  const threads = threadsFor(machine.cores);
  const decoding = {
    speed: { beamSize: 1, bestOf: 1, wordTiming: 'tokens' as const, vad: false, flashAttn: true, eightBit: true },
    balanced: { beamSize: 4, bestOf: 4, wordTiming: 'tokens' as const, vad: false, flashAttn: true, eightBit: true },
    accuracy: { beamSize: 5, bestOf: 5, wordTiming: 'dtw' as const, vad: false, flashAttn: false, eightBit: false },
  }[choice];
  return { threads, ...decoding, why: explain(machine, threads, choice) };
}

function explain(machine: Machine, threads: number, choice: TranscriptionSpeed): string {
  const decoding = {
    speed: 'Greedy decoding on an 8-bit copy of the model',
    balanced: 'Beam search 4 on an 8-bit copy of the model',
    accuracy: 'Beam search 5 on the model as it is, words timed by DTW',
  }[choice];
  const cores =
    machine.cores - 1 > MAX_THREADS
      ? `${threads} threads, one core or more left free (whisper gains little past ${MAX_THREADS})`
      : machine.cores >= 4
        ? 'one core left free for your other apps'
        : 'every core used';
  const slow =
    machine.features && !machine.features.avx2 && !machine.features.neon ? ' This processor has no AVX2, so transcription is slow: Speed helps most.' : '';
  return `${decoding}; ${cores}.${slow}`;
}

/** The features worth naming in Settings ("AVX2, AVX-512, FMA"). */
export function featureNames(features: CpuFeatures | null): string[] {
  if (!features) return [];
  const names: [keyof CpuFeatures, string][] = [
    ['avx2', 'AVX2'],
    ['avx512f', 'AVX-512'],
    ['fma', 'FMA'],
    ['f16c', 'F16C'],
    ['neon', 'NEON'],
  ];
  return names.filter(([key]) => features[key]).map(([, name]) => name);
}
