import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build, type Configuration } from 'electron-builder';
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
 * The fuse wire as Electron's binary carries it and @electron/fuses reads it (its dist/index.js): the
 * sentinel, the wire's version (1), its length, then one byte per fuse, '1' on and '0' off. These are
 * Electron's defaults, so every fuse package.json sets to the other value must be flipped by the build.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// @electron/fuses' FuseState (not exported from its index): the ASCII digits.
const FuseState = { ENABLE: '1'.charCodeAt(0), DISABLE: '0'.charCodeAt(0) } as const;
const ELECTRON_DEFAULT_FUSES = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));

/** package.json's "electronFuses" keys, as the wire's positions. */
const FUSE_POSITIONS: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/**
 * electron-builder packs the app offline against a stand-in Electron folder (the real binary can't be
 * downloaded here) whose executable carries a real fuse wire, so the fuses are flipped as in a real build.
 */
beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const electronDist = join(work.path, 'electron-dist');
  mkdirSync(electronDist);
  const wire = Buffer.from([...Buffer.from(FUSE_SENTINEL), 1, ELECTRON_DEFAULT_FUSES.length, ...ELECTRON_DEFAULT_FUSES]);
  writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), wire]));
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'version'), 'v45.0.0');
  const output = join(work.path, 'release');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    // Only overrides: electron-builder merges these into package.json's own "build" (arrays would be
    // doubled if it were passed again).
    config: { electronDist, npmRebuild: false, directories: { ...pkg.build.directories, output } },
    publish: 'never',
  });
  unpacked = join(output, 'linux-unpacked');
  const size = (path: string) => execFileSync('du', ['-sh', path], { encoding: 'utf8' }).split('\t')[0];
  console.log(`Package size: ${size(unpacked)} unpacked (${unpacked}), of which app.asar ${size(join(unpacked, 'resources', 'app.asar'))}`);
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

  it('holds no test, fixture, source map or .env file anywhere in the asar (its node_modules included)', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    const unwanted = files.filter((f) => /\/(tests?|__tests__|fixtures?)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.map$|\/\.env(\.[^/]*)?$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('flips the fuses package.json declares in the packed Electron binary', async () => {
    const declared = pkg.build.electronFuses as Record<string, boolean>;
    const wire = await getCurrentFuseWire(join(unpacked, 'call-review'));
    const expected = ELECTRON_DEFAULT_FUSES.map((state, i) => {
      const key = Object.keys(FUSE_POSITIONS).find((k) => FUSE_POSITIONS[k] === i);
      const set = key === undefined ? undefined : declared[key];
      return set === undefined ? state : set ? FuseState.ENABLE : FuseState.DISABLE;
    });
    expect(Object.keys(declared).length).toBeGreaterThan(5);
    expect(ELECTRON_DEFAULT_FUSES.map((_, i) => wire[i as FuseV1Options])).toEqual(expected);
    expect(expected).not.toEqual(ELECTRON_DEFAULT_FUSES); // the build did flip some
  });

  it('carries the full licence texts of what it bundles', () => {
    const licences = readFileSync(join(unpacked, 'resources', 'licenses', 'THIRD_PARTY_LICENSES.txt'), 'utf8');
    expect(licences).toContain('whisper.cpp and ggml (MIT)');
    expect(licences).toContain('node-av 6.1.1 (MIT)');
  });

  it('refuses, before packing, a platform whose native code this checkout does not hold', async () => {
    const other = process.platform === 'win32' ? Platform.LINUX : Platform.WINDOWS;
    const output = join(work.path, 'refused');
    const packing = build({
      projectDir: ROOT,
      targets: other.createTarget('dir', Arch.x64),
      config: { electronDist: join(work.path, 'electron-dist'), npmRebuild: false, directories: { ...pkg.build.directories, output } },
      publish: 'never',
    });
    await expect(packing).rejects.toThrow(/can't be packed for (win32|linux)-x64 here:\n- native\/whisper holds a whisper\.cpp build for/);
    expect(existsSync(join(output, other === Platform.WINDOWS ? 'win-unpacked' : 'linux-unpacked'))).toBe(false);
  }, 60_000);

  it('ships the natively built whisper.cpp CLI where the app looks for it', () => {
    const binary = whisperBinaryPath({ isPackaged: true, appPath: '', resourcesPath: join(unpacked, 'resources') });
    expect(statSync(binary).mode & 0o111).not.toBe(0);
    // …with every library it loads (libwhisper, libggml, the CPU variants) beside it.
    const built = readdirSync(join(ROOT, 'native', 'whisper', 'bin'));
    expect(built.filter((f) => f.startsWith('libwhisper') || f.startsWith('libggml')).length).toBeGreaterThan(3);
    expect(readdirSync(dirname(binary))).toEqual(expect.arrayContaining(built));
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
    // Only this platform's and architecture's runtime: the package carries all of them (288 MB unpacked).
    const bin = join(nodeModules, 'onnxruntime-node', 'bin', 'napi-v6');
    expect(readdirSync(bin)).toEqual([process.platform]);
    expect(readdirSync(join(bin, process.platform))).toEqual([process.arch]);
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
