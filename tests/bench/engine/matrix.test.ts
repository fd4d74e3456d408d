import { describe, expect, it } from 'vitest';
import { appChoiceOf, appConfig, baseline, crossProduct, defaultSubset, isRunnable, parseAxes } from '../../../bench/engine/matrix';

describe('parseAxes', () => {
  it('reads each flag’s comma-separated list into its axis', () => {
    expect(parseAxes({ models: 'tiny.en', decoding: 'beam5, greedy', vad: 'on,off', threads: '1,2', 'flash-attn': 'off' })).toEqual({
      models: ['tiny.en'],
      decodings: ['beam5', 'greedy'],
      vad: [true, false],
      threads: [1, 2],
      flashAttn: [false],
    });
  });

  it('names the flag and the value it does not know, and the values it does', () => {
    expect(() => parseAxes({ decoding: 'beam5,beam7' })).toThrow('--decoding: "beam7" is not one of beam5, beam4, beam3, beam2, greedy');
    expect(() => parseAxes({ vad: 'yes' })).toThrow('--vad: "yes" is not one of on, off');
    expect(() => parseAxes({ threads: '0' })).toThrow(/--threads: "0"/);
    expect(() => parseAxes({ timing: ',' })).toThrow('--timing needs at least one value');
  });
});

describe('crossProduct', () => {
  const base = baseline('portable', 2);

  it('combines the axes given and keeps the others at the baseline', () => {
    const { configs, skipped } = crossProduct({ models: ['tiny.en'], decodings: ['beam5', 'greedy'], vad: [true, false] }, base, ['portable']);
    expect(configs).toHaveLength(4);
    expect(skipped).toBe(0);
    for (const c of configs) expect({ timing: c.wordTiming, fa: c.flashAttn, threads: c.threads }).toEqual({ timing: 'dtw', fa: false, threads: 2 });
    expect(new Set(configs.map((c) => `${c.decoding}/${c.vad}`))).toEqual(new Set(['beam5/true', 'beam5/false', 'greedy/true', 'greedy/false']));
  });

  it('skips DTW with flash attention on and counts what it skipped', () => {
    const { configs, skipped } = crossProduct({ timings: ['dtw', 'none'], flashAttn: [true, false] }, base, ['portable', '/x/whisper-cli']);
    expect(configs).toHaveLength(6);
    expect(skipped).toBe(2);
    expect(configs.every(isRunnable)).toBe(true);
  });
});

describe('defaultSubset', () => {
  it('starts at the baseline, changes one axis at a time, and only runs what whisper.cpp can', () => {
    const configs = defaultSubset(['portable'], 2);
    expect(configs[0]).toEqual(baseline('portable', 2));
    expect(configs.every(isRunnable)).toBe(true);
    expect(new Set(configs.map((c) => c.model))).toEqual(new Set(['tiny.en', 'tiny.en-q8_0', 'base-q5_1']));
    expect(new Set(configs.map((c) => c.decoding))).toEqual(new Set(['beam5', 'beam4', 'beam2', 'greedy'])); // beam 4: the app's Balanced
    expect(configs.some((c) => c.vad)).toBe(true);
    expect(configs.every((c) => c.threads === 2)).toBe(true);
  });

  it('tries one core fewer where that leaves one for the user (4 cores or more)', () => {
    expect(defaultSubset(['portable'], 8).some((c) => c.threads === 7)).toBe(true);
  });
});

describe('the app’s configurations', () => {
  it('follow the engine profile: Balanced is beam 4 on the 8-bit model with flash attention, Accuracy the baseline', () => {
    expect(appConfig('balanced', 'portable', 2)).toEqual({
      binary: 'portable',
      model: 'tiny.en-q8_0',
      decoding: 'beam4',
      wordTiming: 'none',
      flashAttn: true,
      vad: false,
      threads: 2,
    });
    expect(appConfig('accuracy', 'portable', 2)).toEqual(baseline('portable', 2));
    expect(appConfig('speed', 'portable', 2)).toMatchObject({ model: 'tiny.en-q8_0', decoding: 'greedy', wordTiming: 'none', flashAttn: true });
  });

  it('are named in the table, and each is in the default subset', () => {
    const notes = defaultSubset(['portable'], 2).map(appChoiceOf);
    expect(notes).toEqual(expect.arrayContaining(['app: Accuracy', 'app: Balanced', 'app: Speed']));
    expect(appChoiceOf({ ...baseline('portable', 2), decoding: 'beam2' })).toBeNull();
  });
});
