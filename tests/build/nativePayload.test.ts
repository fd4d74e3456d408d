import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativePayloadProblems, readNativePayload, type NativePayload } from '../../scripts/pack/nativePayload.mjs';
import { tempDir } from '../helpers/fixtures';

const linuxX64: NativePayload = {
  whisper: { whisper: { platform: 'linux', arch: 'x64' } },
  packages: ['sherpa-onnx-linux-x64', 'sherpa-onnx-node', '@seydx/node-av-linux-x64'],
};

describe('what a package for one platform and architecture needs (the beforePack hook)', () => {
  it('packs the platform and architecture the checkout was built for', () => {
    expect(nativePayloadProblems({ platform: 'linux', arch: 'x64' }, linuxX64)).toEqual([]);
  });

  it('refuses another architecture or platform, naming each missing piece and what to do', () => {
    const problems = nativePayloadProblems({ platform: 'linux', arch: 'arm64' }, linuxX64);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'native/whisper holds a whisper.cpp build for linux-x64, not linux-arm64: whisper.cpp builds for the machine it is built on, so build and pack on a linux-arm64 machine.',
    );
    expect(problems[1]).toContain('node_modules has no sherpa-onnx-linux-arm64');
    expect(problems[2]).toContain('node_modules has no @seydx/node-av-linux-arm64');
    expect(nativePayloadProblems({ platform: 'darwin', arch: 'x64' }, linuxX64)).toHaveLength(3);
  });

  it('names the packages as npm does on each platform (sherpa-onnx-win-…, node-av with its toolchain)', () => {
    const windows: NativePayload = {
      whisper: { whisper: { platform: 'win32', arch: 'x64' } },
      packages: ['sherpa-onnx-win-x64', '@seydx/node-av-win32-x64-msvc'],
    };
    expect(nativePayloadProblems({ platform: 'win32', arch: 'x64' }, windows)).toEqual([]);
    const mac: NativePayload = {
      whisper: { whisper: { platform: 'darwin', arch: 'arm64' }, 'whisper-metal': { platform: 'darwin', arch: 'arm64' } },
      packages: ['sherpa-onnx-darwin-arm64', '@seydx/node-av-darwin-arm64'],
    };
    expect(nativePayloadProblems({ platform: 'mas', arch: 'arm64' }, mac)).toEqual([]);
    expect(nativePayloadProblems({ platform: 'darwin', arch: 'universal' }, mac)[0]).toContain('not darwin-universal');
  });

  it('refuses when whisper.cpp was never built, or a GPU backend left over is for another machine', () => {
    expect(nativePayloadProblems({ platform: 'linux', arch: 'x64' }, { ...linuxX64, whisper: {} })).toEqual([
      'whisper.cpp is not built (native/whisper/build-info.json is missing): run npm install, or npm run build:whisper.',
    ]);
    const staleGpu = { ...linuxX64, whisper: { ...linuxX64.whisper, 'whisper-vulkan': { platform: 'linux', arch: 'arm64' } } };
    expect(nativePayloadProblems({ platform: 'linux', arch: 'x64' }, staleGpu)).toEqual([
      'native/whisper-vulkan holds a backend built for linux-arm64, not linux-x64: rebuild it (npm run build:whisper-gpu) or remove the folder.',
    ]);
  });

  it('reads the targets the whisper build script recorded and the installed native packages', () => {
    const dir = tempDir('native payload');
    try {
      mkdirSync(join(dir.path, 'native', 'whisper'), { recursive: true });
      writeFileSync(join(dir.path, 'native', 'whisper', 'build-info.json'), JSON.stringify({ version: '1.9.1', platform: 'win32', arch: 'x64' }));
      for (const name of ['sherpa-onnx-node', 'sherpa-onnx-win-x64', 'zod', '@seydx/node-av-win32-x64-msvc'])
        mkdirSync(join(dir.path, 'node_modules', name), { recursive: true });
      expect(readNativePayload(dir.path)).toEqual({
        whisper: { whisper: { platform: 'win32', arch: 'x64' } },
        packages: ['sherpa-onnx-node', 'sherpa-onnx-win-x64', '@seydx/node-av-win32-x64-msvc'],
      });
    } finally {
      dir.cleanup();
    }
  });
});
