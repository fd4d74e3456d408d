import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { parseWhisperJson } from '../../../shared/formats/whisperJson';
import type { Segment } from '../../../shared/domain/transcript';
import { engineFiles, type EngineFiles } from './enginePaths';
import { cpuVariantOf, engineFailure, type EngineExit } from './engineFailure';
import { appGpuSession, withCpuFallback, type GpuSession } from './gpu';

export type WhisperOptions = {
  binary: string;
  model: string;
  wav: string;
  /**
   * Output path without extension; whisper runs in its folder and writes its JSON there (read and
   * removed here). See `engineFiles` for how paths with non-ASCII characters reach it.
   */
  outputBase: string;
  threads: number;
  language: string;
  dtwPreset: string | null;
  /** Beam search and flash attention (from the engine profile); absent: whisper-cli's defaults. */
  decoding?: Decoding;
  /** Where `wav` starts in the call, seconds: added to every time whisper reports (a window's slice). */
  offsetSec?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** `--no-gpu`: whisper.cpp on the CPU even when a GPU backend is shipped (see gpu.ts). */
  noGpu?: boolean;
  /** Every line whisper-cli writes on stderr (gpu.ts reads the GPU backend's). */
  onEngineLine?: (line: string) => void;
  /** Whether the GPU is still allowed; the app's session unless given. */
  gpu?: GpuSession;
};

/** whisper-cli's `-bs` (1: greedy), `-bo`, and flash attention when DTW does not rule it out. */
export type Decoding = { beamSize: number; bestOf: number; flashAttn: boolean };

export type WhisperResult = {
  language: string | null;
  segments: Segment[];
  /** DTW word timing was asked for but dropped after the engine stalled with it twice: words timed by the decoder. */
  withoutDtw: boolean;
};

/**
 * Flags chosen for long calls: `--max-context 0` stops whisper from conditioning each 30 s window on the
 * text before it, which is what feeds its repetition loops on long recordings; beam size and best-of come
 * from the engine profile (Settings → Transcription speed). Progress is read from `--print-progress`; cancelling kills the process.
 */
export function whisperArgs(o: Pick<WhisperOptions, 'model' | 'wav' | 'outputBase' | 'threads' | 'language' | 'dtwPreset' | 'decoding' | 'noGpu'>): string[] {
  // DTW token timestamps put words where they are heard (speaker attribution, word highlighting);
  // whisper.cpp computes them only with flash attention off.
  const wordTiming = o.dtwPreset ? ['--dtw', o.dtwPreset, '--no-flash-attn'] : [];
  const flashAttn = o.decoding && !o.dtwPreset ? [o.decoding.flashAttn ? '--flash-attn' : '--no-flash-attn'] : [];
  const decoding = o.decoding ? ['-bs', String(o.decoding.beamSize), '-bo', String(o.decoding.bestOf)] : [];
  return [
    ...wordTiming,
    ...flashAttn,
    ...decoding,
    ...(o.noGpu ? ['--no-gpu'] : []),
    '--model',
    o.model,
    '--file',
    o.wav,
    '--threads',
    String(o.threads),
    '--language',
    o.language,
    '--max-context',
    '0',
    '--output-json-full',
    '--output-file',
    o.outputBase,
    '--print-progress',
    '--no-prints',
  ];
}

/**
 * How long the engine may go without reporting progress before it is taken to be stuck. whisper.cpp
 * reports every 5 %; the first report also waits for the model to load. Once reports come, the limit
 * follows their pace, so slow models on slow machines are not cut off.
 */
export type StallLimits = { firstProgressMs: number; minimumMs: number; paceFactor: number };
export const DEFAULT_STALL_LIMITS: StallLimits = { firstProgressMs: 5 * 60_000, minimumMs: 90_000, paceFactor: 5 };

/** Runs whisper.cpp, on the CPU if the GPU backend fails to start (gpu.ts). */
export async function runWhisper(options: WhisperOptions, limits: StallLimits = DEFAULT_STALL_LIMITS): Promise<WhisperResult> {
  return withCpuFallback(options, options.gpu ?? appGpuSession, (o) => runRetryingStall(o, limits));
}

/**
 * Runs whisper.cpp on one file (the pipeline gives it one window of a call). A run that stops making
 * progress is killed and run once more with the same settings (a busy machine can starve it); if it
 * stalls again with DTW word timing, it runs without DTW, whose CPU-backend hang (whisper.cpp #2669,
 * closed unfixed: "with the CPU backend the transcription never finishes", the Vulkan backend finishes)
 * is the known cause of stalls, and the result says so.
 */
async function runRetryingStall(options: WhisperOptions, limits: StallLimits): Promise<WhisperResult> {
  const attempts = [options, options, ...(options.dtwPreset ? [{ ...options, dtwPreset: null }] : [])];
  for (const [i, attempt] of attempts.entries()) {
    try {
      const result = await runOnce(attempt, limits);
      return { ...result, withoutDtw: Boolean(options.dtwPreset) && !attempt.dtwPreset };
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'ENGINE_STALLED') || i === attempts.length - 1) throw e;
      const next = attempts[i + 1]!.dtwPreset ? 'retrying' : 'retrying without DTW word timing';
      console.warn(`whisper.cpp stalled${attempt.dtwPreset ? ' with DTW word timing' : ''}; ${next} (${options.wav})`);
      options.onProgress?.(0);
    }
  }
  throw new Error('unreachable: the last attempt returns or throws');
}

type Heard = Omit<WhisperResult, 'withoutDtw'>;

async function runOnce(options: WhisperOptions, limits: StallLimits): Promise<Heard> {
  const { signal } = options;
  signal?.throwIfAborted();
  const files = await engineFiles(options);
  try {
    return await watchEngine(options, limits, files);
  } finally {
    await rm(files.outputJson, { force: true });
    await files.dispose();
  }
}

async function watchEngine(options: WhisperOptions, limits: StallLimits, files: Omit<EngineFiles, 'dispose'>): Promise<Heard> {
  const { signal } = options;
  const args = whisperArgs({ ...options, model: files.model, wav: files.wav, outputBase: files.outputBase });
  const child = spawn(options.binary, args, { cwd: files.cwd, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
  const stderrTail: string[] = [];
  let cpuVariant: string | null = null;
  let buffered = '';
  let stalled = false;
  let lastProgressAt = Date.now();
  let slowestGapMs = 0;
  let sawProgress = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      options.onEngineLine?.(line);
      const progress = /progress\s*=\s*(\d+)%/.exec(line);
      if (progress) {
        const now = Date.now();
        if (sawProgress) slowestGapMs = Math.max(slowestGapMs, now - lastProgressAt);
        sawProgress = true;
        lastProgressAt = now;
        // whisper can report past 100 % when it retries a window at a higher temperature.
        options.onProgress?.(Math.min(1, Number(progress[1]) / 100));
      } else if (/^load_backend:/.test(line)) {
        // ggml's report of the backends it loaded: kept for the message, not whisper's last words.
        cpuVariant ??= cpuVariantOf(line);
      } else if (line.trim()) stderrTail.push(line.trim());
      if (stderrTail.length > 20) stderrTail.shift();
    }
  });
  const watchdog = setInterval(
    () => {
      const limit = sawProgress ? Math.max(limits.minimumMs, limits.paceFactor * slowestGapMs) : limits.firstProgressMs;
      if (Date.now() - lastProgressAt > limit) {
        stalled = true;
        child.kill('SIGKILL');
      }
    },
    Math.min(1000, limits.minimumMs / 4),
  );
  const kill = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', kill, { once: true });
  try {
    const exit = await new Promise<EngineExit>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, killedBy) => resolve({ code, signal: killedBy }));
    }).catch((e: NodeJS.ErrnoException) => {
      throw new AppError('INTERNAL', `The transcription engine could not start (${e.code ?? e.message}). Reinstall Call Review.`);
    });
    signal?.throwIfAborted();
    if (stalled) throw new AppError('ENGINE_STALLED', 'The transcription engine stopped making progress and was stopped.');
    if (exit.code !== 0) throw engineFailure(exit, stderrTail, options.model, cpuVariant);
    options.onProgress?.(1);
    const json: unknown = JSON.parse(await readFile(files.outputJson, 'utf8'));
    return parseWhisperJson(json, options.offsetSec ?? 0);
  } finally {
    clearInterval(watchdog);
    signal?.removeEventListener('abort', kill);
  }
}
