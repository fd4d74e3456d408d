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
  /** One line for Settings: what this machine gets and why. */
  why: string;
};

/** whisper.cpp's decoding gains little past 8 threads (memory-bound), and more threads only crowd the user's apps. */
export const MAX_THREADS = 8;

/**
 * The measured trade-off behind each choice, shown beside it in Settings.
 *
 * Figures measured on the 2-core test machine (Xeon with AVX-512) with tiny.en on the 120-s sales call
 * `sales-followup-azure.wav`, WER against a commercial service's transcript (fixtures README, issue 14):
 * - beam search 5: WER 0.097; greedy (`-bs 1 -bo 1`): WER 0.142, about 2× faster (17.5 s → 8.9 s with the
 *   AVX2 build);
 * - DTW word timing with flash attention off costs about 30 % over whisper-cli's defaults (flash attention
 *   on, token timestamps);
 * - VAD (Silero): WER 0.080, slower on dense speech, faster on calls with silences — not used yet: the app
 *   ships no VAD model.
 * TODO(bench:engine): `npm run bench:engine` measures beam 2, q8_0 models, VAD and threads per machine;
 * balanced moves to whatever it shows is faster at no loss of WER, accuracy stays the most accurate.
 */
export const SPEED_CHOICES: Record<TranscriptionSpeed, { label: string; tradeOff: string }> = {
  speed: {
    label: 'Speed',
    tradeOff: 'About 2× faster; more misheard words (word error 14 % vs 10 % on our test call), word times less exact.',
  },
  balanced: {
    label: 'Balanced',
    tradeOff: 'The default: as accurate as Accuracy (word error 10 % on our test call); gets faster settings once they are measured to lose nothing.',
  },
  accuracy: {
    label: 'Accuracy',
    tradeOff: 'Beam search, words timed where they are heard (word error 10 % on our test call); about 2× slower than Speed.',
  },
};

/** Threads for whisper: every core on 1–3, all but one on 4+ (for the user's other apps), at most MAX_THREADS. */
export function threadsFor(cores: number): number {
  const n = Math.max(1, Math.floor(cores));
  return Math.min(MAX_THREADS, n >= 4 ? n - 1 : n);
}

/** The whisper.cpp configuration for this machine and the user's choice. */
export function engineProfile(machine: Machine, choice: TranscriptionSpeed): EngineProfile {
  const threads = threadsFor(machine.cores);
  const decoding =
    choice === 'speed'
      ? { beamSize: 1, bestOf: 1, wordTiming: 'tokens' as const, vad: false, flashAttn: true }
      : // balanced = accuracy until bench:engine shows a faster configuration with the same WER.
        { beamSize: 5, bestOf: 5, wordTiming: 'dtw' as const, vad: false, flashAttn: false };
  return { threads, ...decoding, why: explain(machine, threads, choice) };
}

function explain(machine: Machine, threads: number, choice: TranscriptionSpeed): string {
  const decoding = choice === 'speed' ? 'Greedy decoding with token timestamps' : 'Beam search 5 with words timed where they are heard';
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
