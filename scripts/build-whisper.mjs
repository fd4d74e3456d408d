// Builds whisper.cpp's CLI from the source the nodejs-whisper package carries (only its C++ source is used,
// never its JS wrapper), portable: the same build runs on any CPU of the platform, so the packaged app
// can ship it. ggml's CPU code is built once per instruction-set level (x64, sse42, sandybridge (AVX),
// haswell (AVX2), skylakex (AVX-512), …) as loadable libraries, and at start whisper-cli loads the best
// one this processor reports (ggml prints it: "load_backend: loaded CPU backend from …"). A native build
// (GGML_NATIVE) would use the build machine's instructions and die with SIGILL on other CPUs; it was also
// not faster here (bench/transcribe.ts; see README "Transcription").
//
// `--gpu vulkan|metal` builds, with the same flags, only ggml's GPU backend: one more loadable library
// (libggml-vulkan.so / ggml-vulkan.dll / libggml-metal.so) into native/whisper-<gpu>/bin. Packaging puts
// it beside whisper-cli, where ggml's loader finds it; without a driver or a GPU it is skipped and the
// CPU is used. `--gpu auto` builds the platform's one when its SDK is here and says why not otherwise.
// Runs on `npm install` (postinstall); skips when the same source and flags were already built.
//   node scripts/build-whisper.mjs [--force] [--gpu vulkan|metal|auto]
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const SOURCE = join(dirname(require.resolve('nodejs-whisper/package.json')), 'cpp', 'whisper.cpp');
const exe = (name) => (process.platform === 'win32' ? `${name}.exe` : name);
const CPU_FLAGS = [
  '-DCMAKE_BUILD_TYPE=Release',
  '-DGGML_NATIVE=OFF', // no build-machine-only instructions…
  '-DGGML_BACKEND_DL=ON', // …the CPU code is loaded at run time instead,
  '-DGGML_CPU_ALL_VARIANTS=ON', // one library per instruction-set level, the best one for the CPU is chosen
  '-DBUILD_SHARED_LIBS=ON', // what GGML_BACKEND_DL needs: whisper-cli, libwhisper and libggml* side by side
  // The CLI and libraries find each other in their own folder, wherever the app is installed.
  '-DCMAKE_BUILD_WITH_INSTALL_RPATH=ON',
  `-DCMAKE_INSTALL_RPATH=${process.platform === 'darwin' ? '@loader_path' : '$ORIGIN'}`,
  '-DWHISPER_BUILD_TESTS=OFF',
  '-DWHISPER_BUILD_SERVER=OFF',
  '-DWHISPER_SDL2=OFF',
  '-DWHISPER_CURL=OFF',
  // ggml turns Metal on by default on macOS; there it is the `--gpu metal` build, like Vulkan elsewhere.
  ...(process.platform === 'darwin' ? ['-DGGML_METAL=OFF'] : []),
];
const GPU_FLAGS = {
  vulkan: ['-DGGML_VULKAN=ON'],
  // The shaders' source goes inside the library (compiled by the system at first use): no Xcode needed.
  metal: ['-DGGML_METAL=ON', '-DGGML_METAL_EMBED_LIBRARY=ON'],
};

const gpu = chooseGpu();
const OUT = join(ROOT, 'native', gpu ? `whisper-${gpu}` : 'whisper');
const BUILD = join(OUT, 'build');
const BIN = join(OUT, 'bin');
const FLAGS = gpu ? [...CPU_FLAGS.filter((f) => !f.startsWith('-DGGML_METAL=')), ...GPU_FLAGS[gpu], ...vulkanCompat(gpu)] : CPU_FLAGS;
// whisper-quantize makes Balanced's 8-bit copy of a model on the user's machine (models/eightBit.ts). A GPU
// build makes only its backend: whisper-cli, libggml and the CPU variants are the CPU build's.
const TARGETS = gpu ? [`ggml-${gpu}`] : ['whisper-cli', 'whisper-quantize'];
const OUTPUTS = gpu ? [process.platform === 'win32' ? `ggml-${gpu}.dll` : `libggml-${gpu}.so`] : TARGETS.map(exe);

const version = /project\("whisper\.cpp" VERSION ([\d.]+)\)/.exec(readFileSync(join(SOURCE, 'CMakeLists.txt'), 'utf8'))?.[1];
const stamp = JSON.stringify({ version, flags: FLAGS, targets: TARGETS, platform: process.platform, arch: process.arch });
const stampFile = join(OUT, 'build-info.json');
const what = gpu ? `whisper.cpp ${version} ${gpu} backend` : `whisper.cpp ${version}`;

if (!process.argv.includes('--force') && OUTPUTS.every((f) => existsSync(join(BIN, f))) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`${what}: already built (${BIN})`);
  process.exit(0);
}

for (const tool of ['cmake']) {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(`Building whisper.cpp needs ${tool} and a C++ compiler (see README: "Set up").`);
    process.exit(1);
  }
}

console.log(gpu ? `Building ${what} (several minutes, once)…` : `Building ${what} for every CPU of this platform (several minutes, once)…`);
const started = Date.now();
mkdirSync(BUILD, { recursive: true });
// The compiler's warnings run to thousands of lines: keep them in a log, show its tail if the build fails.
const log = join(OUT, 'build.log');
const run = (args) => {
  try {
    const fd = openSync(log, 'a');
    try {
      execFileSync('cmake', args, { stdio: ['ignore', fd, fd] });
    } finally {
      closeSync(fd);
    }
  } catch {
    console.error(`Building ${what} failed. Last lines of ${log}:`);
    console.error(readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
    process.exit(1);
  }
};
writeFileSync(log, '');
run(['-S', SOURCE, '-B', BUILD, ...FLAGS]);
run(['--build', BUILD, '--config', 'Release', '--target', ...TARGETS, '-j', String(Math.max(1, cpus().length))]);
const built = [join(BUILD, 'bin', 'Release'), join(BUILD, 'bin')].find((dir) => existsSync(join(dir, OUTPUTS[0])));
if (!built) {
  console.error(`${what} built, but ${OUTPUTS[0]} was not found in ${BUILD}/bin`);
  process.exit(1);
}
rmSync(BIN, { recursive: true, force: true });
mkdirSync(BIN, { recursive: true });
const shipped = gpu ? OUTPUTS.map((f) => (copyFileSync(join(built, f), join(BIN, f)), f)) : copyRuntime(built, BIN);
writeFileSync(stampFile, stamp);
console.log(`${what} built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${BIN} (${shipped.join(', ')})`);

/**
 * The GPU backend asked for with `--gpu`, or null for the CPU build. `auto` takes Metal on macOS and
 * Vulkan elsewhere. `npm install` builds Metal (a minute) but not Vulkan: its shaders take ~7 minutes
 * of two cores, which every install and CI run would pay; it says how to build it and lets the install
 * finish (the app then runs on the CPU, as on machines without a GPU).
 */
function chooseGpu() {
  const at = process.argv.indexOf('--gpu');
  if (at < 0) return null;
  const asked = process.argv[at + 1];
  if (!['vulkan', 'metal', 'auto'].includes(asked)) {
    console.error(`--gpu takes vulkan, metal or auto (got ${asked ?? 'nothing'}).`);
    process.exit(1);
  }
  const choice = asked === 'auto' ? (process.platform === 'darwin' ? 'metal' : 'vulkan') : asked;
  const installing = asked === 'auto' && process.env.npm_lifecycle_event === 'postinstall';
  if (installing && choice === 'vulkan') {
    console.log('whisper.cpp GPU backend: not built by npm install (~7 minutes); npm run build:whisper-gpu builds the Vulkan one.');
    process.exit(0);
  }
  if (choice === 'metal' && process.platform !== 'darwin') {
    console.error('The Metal backend builds on macOS only; elsewhere use --gpu vulkan.');
    process.exit(1);
  }
  const missing = choice === 'vulkan' ? missingVulkanSdk() : [];
  if (missing.length === 0) return choice;
  const help =
    process.platform === 'linux'
      ? 'On Debian/Ubuntu: sudo apt install libvulkan-dev glslc spirv-headers'
      : 'Install the Vulkan SDK (https://vulkan.lunarg.com), which sets VULKAN_SDK';
  console.error(`The Vulkan backend of whisper.cpp needs ${missing.join(', ')}. ${help}, then run npm run build:whisper-gpu.`);
  process.exit(1);
}

function vulkanIncludeDirs() {
  const sdk = process.env.VULKAN_SDK;
  return [...(sdk ? [join(sdk, 'include'), join(sdk, 'Include')] : []), '/usr/include', '/usr/local/include', '/opt/homebrew/include'];
}

/**
 * Debian 12's Vulkan headers (1.3.239) predate VK_EXT_layer_settings, which ggml-vulkan uses
 * unconditionally: scripts/vulkan-compat supplies its types, found before the system's headers.
 */
function vulkanCompat(backend) {
  if (backend !== 'vulkan' || process.platform === 'win32') return [];
  const core = vulkanIncludeDirs()
    .map((dir) => join(dir, 'vulkan', 'vulkan_core.h'))
    .find((file) => existsSync(file));
  if (!core || readFileSync(core, 'utf8').includes('VK_EXT_layer_settings')) return [];
  return [`-DCMAKE_CXX_FLAGS=-I"${join(ROOT, 'scripts', 'vulkan-compat')}"`];
}

/** What ggml-vulkan's CMake will look for and is not here: the shader compiler and the two sets of headers. */
function missingVulkanSdk() {
  const sdk = process.env.VULKAN_SDK;
  const includeDirs = vulkanIncludeDirs();
  const hasHeader = (file) => includeDirs.some((dir) => existsSync(join(dir, file)));
  const missing = [];
  try {
    execFileSync(sdk ? join(sdk, process.platform === 'win32' ? 'Bin' : 'bin', exe('glslc')) : 'glslc', ['--version'], { stdio: 'ignore' });
  } catch {
    try {
      execFileSync('glslc', ['--version'], { stdio: 'ignore' });
    } catch {
      missing.push('the glslc shader compiler');
    }
  }
  if (!hasHeader('vulkan/vulkan.h')) missing.push('the Vulkan headers');
  if (!hasHeader('spirv/unified1/spirv.hpp')) missing.push('the SPIR-V headers');
  return missing;
}

/**
 * Copies the executables and the libraries they load, as plain files (electron-builder and installers
 * need not keep symlinks). A versioned library is its own chain of names (libwhisper.so →
 * libwhisper.so.1 → libwhisper.so.1.9.1): only the name the loader asks for, the link that points at the
 * real file, is kept, with the real file's content.
 */
function copyRuntime(from, to) {
  const isRuntimeFile = (name) => TARGETS.some((t) => name === exe(t)) || /\.(so|dylib|dll)(\.\d+)*$/.test(name) || /\.\d+\.dylib$/.test(name);
  const names = readdirSync(from).filter(isRuntimeFile);
  const links = names.filter((n) => lstatSync(join(from, n)).isSymbolicLink());
  const linkTargets = new Map(links.map((n) => [n, readlinkSync(join(from, n))]));
  const isReal = (n) => !linkTargets.has(n);
  const chosen = [
    // A link straight to a real file: the name the loader asks for.
    ...links.filter((n) => isReal(linkTargets.get(n))),
    // A real file no link points at: the executables, the CPU variant modules, unversioned DLLs.
    ...names.filter((n) => isReal(n) && ![...linkTargets.values()].includes(n)),
  ];
  for (const name of chosen) copyFileSync(join(from, name), join(to, name));
  return chosen.sort();
}
