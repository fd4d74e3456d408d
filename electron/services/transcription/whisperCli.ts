import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { parseWhisperJson } from '../../../shared/formats/whisperJson';
import type { Segment } from '../../../shared/domain/transcript';

export type WhisperOptions = {
  binary: string;
  model: string;
  wav: string;
  /** Output path without extension; whisper writes `<outputBase>.json`. */
  outputBase: string;
  threads: number;
  language: string;
  dtwPreset: string | null;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
};

/**
 * Flags chosen for long calls: `--max-context 0` stops whisper from conditioning each 30 s window on the
 * text before it, which is what feeds its repetition loops on long recordings; beam search 5 (its default)
 * keeps accuracy. Progress is read from `--print-progress`; cancelling kills the process.
 */
export function whisperArgs(
  o: Pick<WhisperOptions, 'model' | 'wav' | 'outputBase' | 'threads' | 'language' | 'dtwPreset'>,
): string[] {
  // DTW token timestamps put words where they are heard (speaker attribution, word highlighting);
  // whisper.cpp computes them only with flash attention off.
  const wordTiming = o.dtwPreset ? ['--dtw', o.dtwPreset, '--no-flash-attn'] : [];
  return [
    ...wordTiming,
    '--model', o.model,
    '--file', o.wav,
    '--threads', String(o.threads),
    '--language', o.language,
    '--max-context', '0',
    '--output-json-full',
    '--output-file', o.outputBase,
    '--print-progress',
    '--no-prints',
  ];
}

export async function runWhisper(options: WhisperOptions): Promise<{ language: string | null; segments: Segment[] }> {
  const { signal } = options;
  signal?.throwIfAborted();
  const child = spawn(options.binary, whisperArgs(options), { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
  const stderrTail: string[] = [];
  let buffered = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const progress = /progress\s*=\s*(\d+)%/.exec(line);
      // whisper can report past 100 % when it retries a window at a higher temperature.
      if (progress) options.onProgress?.(Math.min(1, Number(progress[1]) / 100));
      else if (line.trim()) stderrTail.push(line.trim());
      if (stderrTail.length > 20) stderrTail.shift();
    }
  });
  const kill = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', kill, { once: true });
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    }).catch((e: NodeJS.ErrnoException) => {
      throw new AppError('INTERNAL', `The transcription engine could not start (${e.code ?? e.message}). Reinstall Call Review.`);
    });
    signal?.throwIfAborted();
    if (code !== 0) throw engineFailure(stderrTail, options.model);
    options.onProgress?.(1);
    const json: unknown = JSON.parse(await readFile(`${options.outputBase}.json`, 'utf8'));
    return parseWhisperJson(json);
  } finally {
    signal?.removeEventListener('abort', kill);
    await rm(`${options.outputBase}.json`, { force: true });
  }
}

function engineFailure(stderr: string[], model: string): AppError {
  const text = stderr.join('\n');
  if (/failed to (initialize whisper context|load model)|invalid model|bad magic/i.test(text)) {
    return new AppError('MODEL_UNUSABLE', `The model file can't be loaded: ${model}. Choose another model in Settings.`);
  }
  return new AppError('INTERNAL', `The transcription engine stopped: ${stderr.slice(-3).join(' ') || 'no reason given'}.`);
}
