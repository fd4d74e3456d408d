import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createGpuSession, gpuDeviceOf } from '../../../../electron/services/transcription/gpu';
import { runWhisper, whisperArgs } from '../../../../electron/services/transcription/whisperCli';
import { audio, tempDir } from '../../../helpers/fixtures';
import { TEST_MODEL } from '../../../helpers/whisper';

const dir = tempDir('gpu');
afterAll(() => dir.cleanup());
const FAKE = join(__dirname, 'gpu-failing-engine.mjs');
const base = { binary: FAKE, model: TEST_MODEL, wav: audio('jfk.wav'), threads: 2, language: 'en', dtwPreset: null };
/** How many times the fake engine started, from the device list each start prints. */
const starts = (lines: string[]) => lines.filter((l) => l === 'ggml_vulkan: Found 1 Vulkan devices:').length;

describe('GPU backend that fails to start', () => {
  it('transcribes on the CPU, says so, and keeps to the CPU for the rest of the session', async () => {
    const gpu = createGpuSession();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const lines: string[] = [];
      const result = await runWhisper({ ...base, gpu, outputBase: join(dir.path, 'fallback'), onEngineLine: (l) => lines.push(l) });
      expect(result.segments[0]!.words.map((w) => w.text)).toEqual([' On', ' the', ' CPU.']);
      expect(starts(lines)).toBe(2);
      expect(gpu).toMatchObject({ cpuOnly: true, device: 'CPU' });
      expect(gpu.failure).toMatch(/ErrorDeviceLost/);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^GPU backend failed to start \(.*ErrorDeviceLost\); transcribed on the CPU/));

      const again: string[] = [];
      await runWhisper({ ...base, gpu, outputBase: join(dir.path, 'next'), onEngineLine: (l) => again.push(l) });
      expect(starts(again)).toBe(1); // straight to --no-gpu
    } finally {
      warn.mockRestore();
    }
  });

  it('gives the first failure, after one CPU try, when the CPU fails too: the GPU was not the cause', async () => {
    const gpu = createGpuSession();
    const lines: string[] = [];
    const run = runWhisper({ ...base, gpu, outputBase: join(dir.path, 'cpu-fails'), onEngineLine: (l) => lines.push(l) });
    await expect(run).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(run).rejects.toThrow(/killed by SIGABRT \(the engine aborted\) on its cpu-haswell variant/);
    expect(starts(lines)).toBe(2);
    expect(gpu).toMatchObject({ cpuOnly: false, failure: null });
  });
});

describe('GPU device', () => {
  it("is read from ggml's device list, Vulkan's and Metal's", () => {
    expect(gpuDeviceOf('ggml_vulkan: 0 = Fake Radeon (RADV NAVI23) | uma: 0 | fp16: 1 | bf16: 0 | warp size: 64')).toBe('Fake Radeon');
    expect(gpuDeviceOf('ggml_metal_device_init: GPU name:   Apple M2')).toBe('Apple M2');
    expect(gpuDeviceOf('ggml_vulkan: Found 1 Vulkan devices:')).toBeNull();
    expect(gpuDeviceOf('load_backend: loaded CPU backend from /x/libggml-cpu-haswell.so')).toBeNull();
  });

  it('is switched off with --no-gpu', () => {
    const o = { model: 'm.bin', wav: 'a.wav', outputBase: 'out', threads: 2, language: 'en', dtwPreset: null };
    expect(whisperArgs({ ...o, noGpu: true })).toContain('--no-gpu');
    expect(whisperArgs(o)).not.toContain('--no-gpu');
  });
});
