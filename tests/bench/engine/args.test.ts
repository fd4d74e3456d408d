import { describe, expect, it } from 'vitest';
import { cliArgs, fasterWhisperDecoding } from '../../../bench/engine/args';
import { baseline } from '../../../bench/engine/matrix';

const files = { model: '/m/ggml-tiny.en.bin', dtwPreset: 'tiny.en', language: 'en', wav: '/a/call.wav', outputBase: '/w/out', vadModel: '/m/vad.bin' };
const base = baseline('portable', 2);
/** The value after `flag` in `args`, or undefined when the flag is absent. */
const after = (args: string[], flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);

describe('cliArgs', () => {
  it('gives the baseline the app’s choices: DTW with its preset, flash attention off, beam 5, no VAD, no context', () => {
    const args = cliArgs(base, files);
    expect(after(args, '--dtw')).toBe('tiny.en');
    expect(args).toContain('--no-flash-attn');
    expect(args).not.toContain('--flash-attn');
    expect(after(args, '--beam-size')).toBe('5');
    expect(after(args, '--best-of')).toBe('5');
    expect(args).not.toContain('--vad');
    expect(after(args, '--max-context')).toBe('0');
    expect(after(args, '--threads')).toBe('2');
    expect(after(args, '--language')).toBe('en');
    expect(after(args, '--file')).toBe('/a/call.wav');
    expect(args).toContain('--output-txt');
    expect(after(args, '--output-file')).toBe('/w/out');
  });

  it('makes greedy one candidate (-bs 1 -bo 1) and beam 2 two', () => {
    expect(after(cliArgs({ ...base, decoding: 'greedy' }, files), '--beam-size')).toBe('1');
    expect(after(cliArgs({ ...base, decoding: 'greedy' }, files), '--best-of')).toBe('1');
    expect(after(cliArgs({ ...base, decoding: 'beam2' }, files), '--beam-size')).toBe('2');
  });

  it('says flash attention on explicitly and leaves DTW out when word timing is none', () => {
    const args = cliArgs({ ...base, wordTiming: 'none', flashAttn: true }, files);
    expect(args).toContain('--flash-attn');
    expect(args).not.toContain('--no-flash-attn');
    expect(args).not.toContain('--dtw');
  });

  it('passes the VAD model with --vad', () => {
    expect(after(cliArgs({ ...base, vad: true }, files), '--vad-model')).toBe('/m/vad.bin');
  });

  it('refuses DTW with flash attention on, and DTW for a model with no preset', () => {
    expect(() => cliArgs({ ...base, flashAttn: true }, files)).toThrow(/flash attention off/);
    expect(() => cliArgs(base, { ...files, dtwPreset: null })).toThrow(/no DTW preset/);
  });
});

describe('fasterWhisperDecoding', () => {
  it('maps each decoding to the same beam size and best-of', () => {
    expect(fasterWhisperDecoding('beam5')).toEqual({ beamSize: 5, bestOf: 5 });
    expect(fasterWhisperDecoding('beam2')).toEqual({ beamSize: 2, bestOf: 2 });
    expect(fasterWhisperDecoding('greedy')).toEqual({ beamSize: 1, bestOf: 1 });
  });
});
