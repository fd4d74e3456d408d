import { describe, expect, it } from 'vitest';
import { engineProfile, featureNames, threadsFor, type CpuFeatures, type Machine } from '../../../shared/transcription/engineProfile';

const avx512: CpuFeatures = { avx2: true, avx512f: true, fma: true, f16c: true, neon: false };
const machine = (cores: number, features: CpuFeatures | null = avx512): Machine => ({ cores, features });

describe('threads for the machine', () => {
  it('uses every core on 1–3 cores, leaves one for the user on 4+, and stops at 8', () => {
    expect([1, 2, 3, 4, 6, 8, 9, 10, 64].map(threadsFor)).toEqual([1, 2, 3, 3, 5, 7, 8, 8, 8]);
  });
  it('never goes below one thread', () => {
    expect(threadsFor(0)).toBe(1);
  });
});

describe('engine profile', () => {
  it('balanced (the default): beam 4 on 8-bit weights with flash attention and token timestamps (measured as accurate, faster)', () => {
    const p = engineProfile(machine(8), 'balanced');
    expect(p).toMatchObject({ threads: 7, beamSize: 4, bestOf: 4, wordTiming: 'tokens', vad: false, flashAttn: true, eightBit: true });
  });

  it('accuracy: beam 5 with DTW, flash attention off (DTW needs it off), no VAD', () => {
    expect(engineProfile(machine(2), 'accuracy')).toMatchObject({
      threads: 2,
      beamSize: 5,
      bestOf: 5,
      wordTiming: 'dtw',
      vad: false,
      flashAttn: false,
      eightBit: false,
    });
  });

  it('speed: greedy, token timestamps instead of DTW, flash attention on', () => {
    expect(engineProfile(machine(4), 'speed')).toMatchObject({
      threads: 3,
      beamSize: 1,
      bestOf: 1,
      wordTiming: 'tokens',
      vad: false,
      flashAttn: true,
      eightBit: true,
    });
  });

  it('explains the threads: one core left on 4+, the cap on many cores', () => {
    expect(engineProfile(machine(2), 'balanced').why).toBe('Beam search 4 on an 8-bit copy of the model; every core used.');
    expect(engineProfile(machine(1), 'speed').why).toBe('Greedy decoding on an 8-bit copy of the model; every core used.');
    expect(engineProfile(machine(4), 'balanced').why).toBe('Beam search 4 on an 8-bit copy of the model; one core left free for your other apps.');
    expect(engineProfile(machine(9), 'speed').why).toContain('one core left free');
    expect(engineProfile(machine(2), 'accuracy').why).toBe('Beam search 5 on the model as it is, words timed by DTW; every core used.');
    expect(engineProfile(machine(32), 'balanced').why).toContain('8 threads, one core or more left free (whisper gains little past 8)');
  });

  it('says so when the processor lacks AVX2 (and not when its features are unknown)', () => {
    const old = { avx2: false, avx512f: false, fma: false, f16c: false, neon: false };
    expect(engineProfile(machine(4, old), 'balanced').why).toContain('no AVX2');
    expect(engineProfile(machine(4, null), 'balanced').why).not.toContain('AVX2');
    expect(engineProfile(machine(4, { ...old, neon: true }), 'balanced').why).not.toContain('AVX2');
  });
});

describe('feature names', () => {
  it('names the features present, none when unknown', () => {
    expect(featureNames(avx512)).toEqual(['AVX2', 'AVX-512', 'FMA', 'F16C']);
    expect(featureNames({ avx2: true, avx512f: false, fma: true, f16c: false, neon: false })).toEqual(['AVX2', 'FMA']);
    expect(featureNames(null)).toEqual([]);
  });
});
