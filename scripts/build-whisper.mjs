// Builds whisper.cpp's CLI from the source the nodejs-whisper package carries (only its C++ source is used,
// never its JS wrapper), portable: the same build runs on any CPU of the platform, so the packaged app
// can ship it. ggml's CPU code is built once per instruction-set level (x64, sse42, sandybridge (AVX),
// haswell (AVX2), skylakex (AVX-512), …) as loadable libraries, and at start whisper-cli loads the best
// one this processor reports (ggml prints it: "load_backend: loaded CPU backend from …"). A native build
// (GGML_NATIVE) would use the build machine's instructions and die with SIGILL on other CPUs; it was also
// not faster here (bench/transcribe.ts; see README "Transcription").
// Runs on `npm install` (postinstall); skips when the same source and flags were already built.
//   node scripts/build-whisper.mjs [--force]
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const SOURCE = join(dirname(require.resolve('nodejs-whisper/package.json')), 'cpp', 'whisper.cpp');
const OUT = join(ROOT, 'native', 'whisper');
const BUILD = join(OUT, 'build');
const BIN = join(OUT, 'bin');
const exe = (name) => (process.platform === 'win32' ? `${name}.exe` : name);
const FLAGS = [
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
];
// whisper-quantize makes Balanced's 8-bit copy of a model on the user's machine (electron/services/models/eightBit.ts).
const TARGETS = ['whisper-cli', 'whisper-quantize'];

const version = /project\("whisper\.cpp" VERSION ([\d.]+)\)/.exec(readFileSync(join(SOURCE, 'CMakeLists.txt'), 'utf8'))?.[1];
const stamp = JSON.stringify({ version, flags: FLAGS, targets: TARGETS, platform: process.platform, arch: process.arch });
const stampFile = join(OUT, 'build-info.json');

if (
  !process.argv.includes('--force') &&
  TARGETS.every((t) => existsSync(join(BIN, exe(t)))) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === stamp
) {
  console.log(`whisper.cpp ${version}: already built (${BIN})`);
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

console.log(`Building whisper.cpp ${version} for every CPU of this platform (several minutes, once)…`);
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
    console.error(`Building whisper.cpp failed. Last lines of ${log}:`);
    console.error(readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
    process.exit(1);
  }
};
writeFileSync(log, '');
run(['-S', SOURCE, '-B', BUILD, ...FLAGS]);
run(['--build', BUILD, '--config', 'Release', '--target', ...TARGETS, '-j', String(Math.max(1, cpus().length))]);
const built = [join(BUILD, 'bin', 'Release'), join(BUILD, 'bin')].find((dir) => existsSync(join(dir, exe('whisper-cli'))));
if (!built) {
  console.error(`whisper.cpp built, but ${exe('whisper-cli')} was not found in ${BUILD}/bin`);
  process.exit(1);
}
rmSync(BIN, { recursive: true, force: true });
mkdirSync(BIN, { recursive: true });
const shipped = copyRuntime(built, BIN);
writeFileSync(stampFile, stamp);
console.log(`whisper.cpp ${version} built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${BIN} (${shipped.join(', ')})`);

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
