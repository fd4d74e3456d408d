import { describe, expect, it } from 'vitest';
import { cpuVariantOf, engineFailure } from '../../../../electron/services/transcription/engineFailure';

describe('engine failure messages', () => {
  it('reads the CPU variant from the line ggml prints as it loads it (Linux, macOS, Windows)', () => {
    expect(cpuVariantOf('load_backend: loaded CPU backend from /opt/Call Review/resources/whisper/libggml-cpu-haswell.so')).toBe('haswell');
    expect(cpuVariantOf('load_backend: loaded CPU backend from C:\\Call Review\\resources\\whisper\\ggml-cpu-skylakex.dll')).toBe('skylakex');
    expect(cpuVariantOf('load_backend: loaded CPU backend from /Applications/x/libggml-cpu-apple_m2_m3.so')).toBe('apple_m2_m3');
    expect(cpuVariantOf('load_backend: loaded CPU backend from /x/whisper/libggml-cpu.so')).toBeNull();
    expect(cpuVariantOf('whisper_init_from_file_with_params_no_state: loading model')).toBeNull();
  });

  it('names the signal that killed the engine, and the variant it ran', () => {
    const e = engineFailure({ code: null, signal: 'SIGKILL' }, ['whisper_full: progress'], 'ggml-base.en.bin', 'haswell');
    expect(e.message).toMatch(
      /^The transcription engine was killed by SIGKILL \(killed from outside, often .*memory.*\) on its cpu-haswell variant, with the model ggml-base\.en\.bin\./,
    );
  });

  it("takes Windows' illegal-instruction exit status for SIGILL", () => {
    const e = engineFailure({ code: 0xc000001d, signal: null }, [], 'ggml-tiny.en-q8_0.bin', 'icelake');
    expect(e.message).toMatch(/killed by SIGILL \(illegal instruction.*\) on its cpu-icelake variant/);
  });

  it("keeps whisper's last words, or says it gave none, for an ordinary failed exit", () => {
    expect(engineFailure({ code: 1, signal: null }, ['a', 'b', 'c', 'd'], 'm.bin', null).message).toBe('The transcription engine stopped: b c d.');
    expect(engineFailure({ code: 1, signal: null }, [], 'm.bin', null).message).toBe('The transcription engine stopped: no reason given.');
  });
});
