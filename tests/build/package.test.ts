import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { listPackage } from '@electron/asar';
import { Platform, build, type Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quantizeBinaryBeside, whisperBinaryPath } from '../../electron/services/transcription/binary';
import { audio, tempDir } from '../helpers/fixtures';
import { TEST_MODEL } from '../helpers/whisper';

const ROOT = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { build: Configuration; version: string };
let unpacked: string;
const work = tempDir('package');
afterAll(() => {
  work.cleanup();
  // electron-builder reads its configuration through jiti, which caches what it compiled in <tmp>/jiti.
  rmSync(join(tmpdir(), 'jiti'), { recursive: true, force: true });
});

/**
 * electron-builder packs the app offline against a stand-in Electron folder (the real binary can't be
 * downloaded here). Fuses are flipped inside the real binary, so that one step is left to a real build.
 */
beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const electronDist = join(work.path, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'version'), 'v45.0.0');
  const output = join(work.path, 'release');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    // Only overrides: electron-builder merges these into package.json's own "build" (arrays would be
    // doubled if it were passed again). Fuses are flipped inside the real binary, so they are off here.
    config: { electronFuses: null, electronDist, npmRebuild: false, directories: { ...pkg.build.directories, output } },
    publish: 'never',
  });
  unpacked = join(output, 'linux-unpacked');
}, 300_000);

describe('electron-builder package', () => {
  it('packs the built app, and no sources or tests, into app.asar', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    const built = ['/dist-electron/main.mjs', '/dist-electron/speakersWorker.cjs', '/dist-electron/meaningWorker.cjs', '/dist-electron/preload.cjs'];
    for (const f of ['/package.json', '/dist/renderer/index.html', ...built]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^\/(electron|renderer|shared|tests|scripts)\//.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('/node_modules/zod/'))).toBe(false); // bundled into main.mjs
  });

  it('ships the natively built whisper.cpp CLI where the app looks for it', () => {
    const binary = whisperBinaryPath({ isPackaged: true, appPath: '', resourcesPath: join(unpacked, 'resources') });
    expect(statSync(binary).mode & 0o111).not.toBe(0);
  });

  it('keeps sherpa-onnx-node and its native addon outside the asar, where the speaker worker loads them', () => {
    const nodeModules = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(existsSync(join(nodeModules, 'sherpa-onnx-node', 'package.json'))).toBe(true);
    const natives = readdirSync(nodeModules).filter((d) => d.startsWith('sherpa-onnx-') && existsSync(join(nodeModules, d, 'sherpa-onnx.node')));
    expect(natives.length).toBeGreaterThan(0);
  });

  it('keeps onnxruntime-node and its native addon outside the asar, where the text model’s worker loads them', () => {
    const nodeModules = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(existsSync(join(nodeModules, 'onnxruntime-node', 'package.json'))).toBe(true);
    const binding = join(nodeModules, 'onnxruntime-node', 'bin', 'napi-v6', process.platform, process.arch, 'onnxruntime_binding.node');
    expect(existsSync(binding)).toBe(true);
  });

  it('ships the portable engine whole: the packaged CLI runs from the resources, loading its libraries and CPU variant there', () => {
    const resources = join(unpacked, 'resources');
    const binary = whisperBinaryPath({ isPackaged: true, appPath: '', resourcesPath: resources });
    const shipped = readdirSync(dirname(binary));
    expect(shipped.filter((f) => f.startsWith('libggml-cpu-')).length).toBeGreaterThan(1);
    // whisper-quantize makes Balanced's 8-bit model copy on the user's machine: it must run from there too.
    const quantize = quantizeBinaryBeside(binary);
    expect(shipped).toContain(basename(quantize));
    const copy = spawnSync(quantize, [TEST_MODEL, join(work.path, 'q8.bin'), 'q8_0'], { cwd: work.path, encoding: 'utf8' });
    expect(copy.status, copy.stderr).toBe(0);
    // Run from elsewhere, so nothing is found through the working folder or the build tree.
    const run = spawnSync(binary, ['--model', TEST_MODEL, '--file', audio('jfk.wav'), '--threads', '2', '--no-prints'], {
      cwd: work.path,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`loaded CPU backend from ${join(resources, 'whisper', 'libggml-cpu-')}`);
  });

  it('ships the Vulkan backend beside the CLI when it was built, where ggml loads it', () => {
    const vulkan = join(ROOT, 'native', 'whisper-vulkan', 'bin', 'libggml-vulkan.so');
    const binary = whisperBinaryPath({ isPackaged: true, appPath: '', resourcesPath: join(unpacked, 'resources') });
    expect(existsSync(join(dirname(binary), 'libggml-vulkan.so'))).toBe(existsSync(vulkan));
    if (!existsSync(vulkan)) return;
    const run = spawnSync(binary, ['--model', TEST_MODEL, '--file', audio('jfk.wav'), '--threads', '2', '--no-prints'], { cwd: work.path, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`loaded Vulkan backend from ${join(unpacked, 'resources', 'whisper', 'libggml-vulkan.so')}`);
  });

  it('ships the search engine (SQLite as WebAssembly) where main.mjs loads it, and it opens an FTS5 index from there', () => {
    const engine = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'node-sqlite3-wasm');
    const script = `const { Database } = require(${JSON.stringify(engine)}); const db = new Database(':memory:');
      db.exec("create virtual table f using fts5(x, content='', contentless_delete=1)"); console.log(db.get('select sqlite_version() as v').v); db.close();`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: work.path, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^3\.\d+/);
  });

  it('keeps node-av and its native FFmpeg binary outside the asar, where they can be loaded', () => {
    const nodeModules = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(existsSync(join(nodeModules, 'node-av', 'package.json'))).toBe(true);
    const natives = readdirSync(join(nodeModules, '@seydx'), { recursive: true }).filter((f) => String(f).endsWith('.node'));
    expect(natives.length).toBeGreaterThan(0);
  });
});
