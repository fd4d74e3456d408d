import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWhisper, whisperArgs } from '../../../../electron/services/transcription/whisperCli';
import { audio, tempDir } from '../../../helpers/fixtures';
import { wordErrorRate } from '../../../helpers/wer';
import { TRAINED_MODEL, WHISPER_BINARY } from '../../../helpers/whisper';

const base = { model: 'model.bin', wav: 'call.wav', outputBase: 'transcript', threads: 3, language: 'en' };
const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('whisperArgs', () => {
  it('without a decoding profile: whisper-cli defaults, as before (DTW and flash attention off)', () => {
    const args = whisperArgs({ ...base, dtwPreset: 'tiny.en' });
    expect(args.slice(0, 3)).toEqual(['--dtw', 'tiny.en', '--no-flash-attn']);
    expect(args).not.toContain('-bs');
    expect(args).not.toContain('-bo');
    expect(args).not.toContain('--flash-attn');
  });

  it('greedy with token timestamps (Speed): -bs 1 -bo 1, flash attention on, no DTW', () => {
    const args = whisperArgs({ ...base, dtwPreset: null, decoding: { beamSize: 1, bestOf: 1, flashAttn: true } });
    expect(after(args, '-bs')).toBe('1');
    expect(after(args, '-bo')).toBe('1');
    expect(args).toContain('--flash-attn');
    expect(args).not.toContain('--no-flash-attn');
    expect(args).not.toContain('--dtw');
  });

  it('beam 5 with DTW (Balanced, Accuracy): DTW keeps flash attention off whatever the profile says', () => {
    const args = whisperArgs({ ...base, dtwPreset: 'base.en', decoding: { beamSize: 5, bestOf: 5, flashAttn: true } });
    expect(after(args, '-bs')).toBe('5');
    expect(after(args, '-bo')).toBe('5');
    expect(after(args, '--dtw')).toBe('base.en');
    expect(args).toContain('--no-flash-attn');
    expect(args).not.toContain('--flash-attn');
  });

  it('flash attention off when the profile says so and there is no DTW', () => {
    const args = whisperArgs({ ...base, dtwPreset: null, decoding: { beamSize: 5, bestOf: 5, flashAttn: false } });
    expect(args.filter((a) => a.includes('flash-attn'))).toEqual(['--no-flash-attn']);
  });

  it('keeps the flags every run needs', () => {
    const args = whisperArgs({ ...base, dtwPreset: null, decoding: { beamSize: 1, bestOf: 1, flashAttn: true } });
    expect(after(args, '--threads')).toBe('3');
    expect(after(args, '--max-context')).toBe('0');
    expect(args).toEqual(expect.arrayContaining(['--output-json-full', '--print-progress', '--no-prints']));
  });
});

describe('the Speed flags on the real engine', () => {
  const dir = tempDir('speed flags');
  afterAll(() => dir.cleanup());

  it.runIf(TRAINED_MODEL)(
    'greedy with flash attention and token timestamps hears jfk.wav and times its words in order',
    async () => {
      const result = await runWhisper({
        binary: WHISPER_BINARY,
        model: TRAINED_MODEL!,
        wav: audio('jfk.wav'),
        outputBase: join(dir.path, 'jfk-speed'),
        threads: 2,
        language: 'en',
        dtwPreset: null,
        decoding: { beamSize: 1, bestOf: 1, flashAttn: true },
      });
      const words = result.segments.flatMap((s) => s.words);
      const JFK = 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';
      expect(wordErrorRate(JFK, words.map((w) => w.text).join(''))).toBeLessThanOrEqual(0.1);
      expect(words.every((w, i) => i === 0 || w.start >= words[i - 1]!.start)).toBe(true);
      expect(words.at(-1)!.end).toBeGreaterThan(8);
    },
    60_000,
  );
});
