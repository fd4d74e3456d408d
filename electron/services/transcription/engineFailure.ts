import { AppError } from '../../../shared/errors';

/** How a whisper.cpp run ended, as the child process reported it. */
export type EngineExit = { code: number | null; signal: NodeJS.Signals | null };

/**
 * The CPU variant ggml chose for this machine (`libggml-cpu-haswell.so` → `haswell`), from the line it
 * prints on stderr as it loads its backends, before whisper's own logging is switched off.
 */
export function cpuVariantOf(line: string): string | null {
  return /loaded CPU backend from .*?ggml-cpu-([\w.]+?)\.(?:so|dll)\b/.exec(line)?.[1] ?? null;
}

// Windows reports an illegal instruction as this exit status (STATUS_ILLEGAL_INSTRUCTION), not a signal.
const WINDOWS_ILLEGAL_INSTRUCTION = 0xc000001d;

const SIGNAL_MEANING: Partial<Record<NodeJS.Signals, string>> = {
  SIGILL: 'illegal instruction: the engine used an instruction this processor or its operating system does not allow',
  SIGSEGV: 'invalid memory access',
  SIGBUS: 'invalid memory access',
  SIGABRT: 'the engine aborted',
  SIGKILL: 'killed from outside, often by the system when memory runs out',
};

/** The user's message for a run that failed: an unusable model, a killed engine, or whisper's own last words. */
export function engineFailure(exit: EngineExit, stderr: string[], model: string, cpuVariant: string | null): AppError {
  const text = stderr.join('\n');
  if (/failed to (initialize whisper context|load model)|invalid model|bad magic/i.test(text)) {
    return new AppError('MODEL_UNUSABLE', `The model file can't be loaded: ${model}. Choose another model in Settings.`);
  }
  const signal = exit.signal ?? (exit.code === WINDOWS_ILLEGAL_INSTRUCTION ? 'SIGILL' : null);
  if (signal) {
    const meaning = SIGNAL_MEANING[signal];
    const variant = cpuVariant ? ` on its cpu-${cpuVariant} variant` : '';
    return new AppError(
      'INTERNAL',
      `The transcription engine was killed by ${signal}${meaning ? ` (${meaning})` : ''}${variant}, with the model ${model}. ` +
        'Try another model in Settings; if it keeps happening, report it with your processor model.',
    );
  }
  return new AppError('INTERNAL', `The transcription engine stopped: ${stderr.slice(-3).join(' ') || 'no reason given'}.`);
}
