import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGpuSession } from '../../electron/services/transcription/gpu';
import { runWhisper } from '../../electron/services/transcription/whisperCli';
import { audio, tempDir } from '../helpers/fixtures';
import { wordErrorRate } from '../helpers/wer';
import { TRAINED_MODEL, WHISPER_BINARY } from '../helpers/whisper';

const ROOT = join(__dirname, '../..');
/** Built by `npm install` where the Vulkan SDK is (scripts/build-whisper.mjs --gpu auto). */
const VULKAN_LIBRARY = join(ROOT, 'native', 'whisper-vulkan', 'bin', process.platform === 'win32' ? 'ggml-vulkan.dll' : 'libggml-vulkan.so');
const built = existsSync(VULKAN_LIBRARY) && TRAINED_MODEL !== null;
/** ggml-vulkan skips CPU-type devices such as Mesa's lavapipe unless they are named: this makes it the device. */
const LAVAPIPE = { GGML_VK_VISIBLE_DEVICES: '0' };

const work = tempDir('vulkan');
let binary: string;
afterAll(() => work.cleanup());

/**
 * The folder as packaging lays it out (package.json "build"): the CPU build's CLI and libraries, and the
 * Vulkan backend beside them, where ggml's loader looks. Copied, since the loader looks beside the real
 * executable and would not follow a link.
 */
beforeAll(() => {
  if (!built) return;
  const folder = join(work.path, 'whisper');
  mkdirSync(folder);
  const cpuBuild = dirname(WHISPER_BINARY);
  for (const f of readdirSync(cpuBuild).filter((f) => !f.startsWith('whisper-quantize'))) copyFileSync(join(cpuBuild, f), join(folder, f));
  copyFileSync(VULKAN_LIBRARY, join(folder, basename(VULKAN_LIBRARY)));
  binary = join(folder, basename(WHISPER_BINARY));
});

/** The bare CLI on jfk.wav, its words (stdout, no timestamps), its log (stderr, whisper's included) and its time. */
function transcribe(cli: string, env: Record<string, string>): { text: string; log: string; seconds: number } {
  const started = Date.now();
  const run = spawnSync(cli, ['--model', TRAINED_MODEL!, '--file', audio('jfk.wav'), '--threads', '2', '--no-timestamps'], {
    cwd: work.path,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.status, run.stderr).toBe(0);
  return { text: run.stdout.trim(), log: run.stderr, seconds: (Date.now() - started) / 1000 };
}

describe.runIf(built)('whisper.cpp with its Vulkan backend, on Mesa lavapipe (a Vulkan driver on the CPU)', () => {
  it("transcribes jfk.wav on the Vulkan device, with the CPU build's words", () => {
    const cpu = transcribe(WHISPER_BINARY, {});
    const vulkan = transcribe(binary, LAVAPIPE);
    console.log(`jfk.wav, ggml-tiny.en: CPU ${cpu.seconds.toFixed(1)} s, Vulkan on lavapipe ${vulkan.seconds.toFixed(1)} s`);
    expect(vulkan.log).toMatch(/^load_backend: loaded Vulkan backend from .*libggml-vulkan/m);
    expect(vulkan.log).toMatch(/^ggml_vulkan: 0 = llvmpipe/m);
    expect(vulkan.log).toMatch(/whisper_backend_init_gpu: using Vulkan0 backend/);
    expect(cpu.log).not.toMatch(/Vulkan/);
    expect(cpu.text.length).toBeGreaterThan(50);
    expect(wordErrorRate(cpu.text, vulkan.text)).toBeLessThanOrEqual(0.05);
  }, 300_000);

  it('leaves lavapipe alone unless it is named: with the Vulkan backend shipped, a machine without a GPU runs on the CPU', () => {
    const run = transcribe(binary, {});
    expect(run.log).toMatch(/^load_backend: loaded Vulkan backend/m);
    expect(run.log).not.toMatch(/using Vulkan0 backend/);
    expect(run.log).toMatch(/loaded CPU backend from .*libggml-cpu-/);
  }, 300_000);

  it("reports the Vulkan device the app's runner used (or its fallback to the CPU), and CPU when lavapipe is left alone", async () => {
    const gpu = createGpuSession();
    const options = { binary, model: TRAINED_MODEL!, wav: audio('jfk.wav'), threads: 2, language: 'en', dtwPreset: null, gpu };
    await runWhisper({ ...options, outputBase: join(work.path, 'cpu') });
    expect(gpu.device).toBe('CPU');
    process.env.GGML_VK_VISIBLE_DEVICES = LAVAPIPE.GGML_VK_VISIBLE_DEVICES;
    try {
      const result = await runWhisper({ ...options, outputBase: join(work.path, 'vulkan') });
      expect(result.segments.map((s) => s.text).join('')).toMatch(/ask not what your country can do for you/i);
    } finally {
      delete process.env.GGML_VK_VISIBLE_DEVICES;
    }
    // whisper.cpp 1.9.1 on Debian 12's lavapipe (Mesa 22.3) now and then dies of SIGSEGV before its
    // first progress report with the app's flags (--print-progress with --no-prints): then the fallback
    // must have taken over, on the CPU, with the signal as the reason.
    if (gpu.cpuOnly) {
      console.warn(`lavapipe run failed to start, the CPU took over: ${gpu.failure}`);
      expect(gpu).toMatchObject({ device: 'CPU', failure: expect.stringMatching(/killed by SIG/) });
    } else expect(gpu.device).toMatch(/^llvmpipe/);
  }, 300_000);
});
if (!built) {
  it('skips the Vulkan checks: no Vulkan build (npm run build:whisper-gpu) or no trained model', () => console.log('skipped'));
}
