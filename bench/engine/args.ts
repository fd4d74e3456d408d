import type { Config, Decoding } from './matrix';

/** Beam size and best-of (candidates when a window is retried at a higher temperature) per decoding. */
const DECODING_FLAGS: Record<Decoding, string[]> = {
  beam5: ['--beam-size', '5', '--best-of', '5'], // whisper-cli's defaults, what the app runs
  beam4: ['--beam-size', '4', '--best-of', '4'],
  beam3: ['--beam-size', '3', '--best-of', '3'],
  beam2: ['--beam-size', '2', '--best-of', '2'],
  // Greedy, one candidate; the temperature fallback (whisper's default) still retries a window that fails.
  greedy: ['--beam-size', '1', '--best-of', '1'],
};

export type RunFiles = {
  model: string;
  /** The model's DTW preset ("tiny.en"), null when whisper.cpp has none for it. */
  dtwPreset: string | null;
  language: string;
  wav: string;
  /** Output path without extension: whisper writes `<outputBase>.txt`. */
  outputBase: string;
  vadModel: string;
};

/**
 * whisper-cli's arguments for one configuration. Flash attention is always said explicitly, so a build
 * whose default differs is still measured as asked; `--max-context 0` is the app's (see whisperArgs).
 */
export function cliArgs(config: Config, files: RunFiles): string[] {
  if (config.wordTiming === 'dtw' && !files.dtwPreset) throw new Error(`${files.model}: whisper.cpp has no DTW preset for this model`);
  if (config.wordTiming === 'dtw' && config.flashAttn) throw new Error('DTW word timing needs flash attention off');
  return [
    ...(config.wordTiming === 'dtw' ? ['--dtw', files.dtwPreset!] : []),
    config.flashAttn ? '--flash-attn' : '--no-flash-attn',
    ...DECODING_FLAGS[config.decoding],
    ...(config.vad ? ['--vad', '--vad-model', files.vadModel] : []),
    '--model',
    files.model,
    '--file',
    files.wav,
    '--threads',
    String(config.threads),
    '--language',
    files.language,
    '--max-context',
    '0',
    '--output-txt',
    '--output-file',
    files.outputBase,
    '--no-prints',
  ];
}

/** The faster-whisper equivalents (beam size, best of) of a decoding. */
export function fasterWhisperDecoding(decoding: Decoding): { beamSize: number; bestOf: number } {
  const flags = DECODING_FLAGS[decoding];
  return { beamSize: Number(flags[1]), bestOf: Number(flags[3]) };
}
