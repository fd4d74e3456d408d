// What native code a package for one platform and architecture needs, and whether this checkout has it.
// whisper.cpp is built for the machine that ran `npm install` (scripts/build-whisper.mjs records which in
// native/<build>/build-info.json), and npm installs only this machine's prebuilt sherpa-onnx and FFmpeg
// (node-av) packages: a package for any other target would ship binaries that cannot run there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The whisper.cpp builds: the CPU one every package needs, the GPU backends packed beside it when built. */
const WHISPER_BUILDS = ['whisper', 'whisper-vulkan', 'whisper-metal'];

const label = (target) => `${target.platform}-${target.arch}`;

/**
 * Why this checkout can't be packed for `target` ([] when it can). `found` is what the checkout holds:
 * each whisper build's recorded target (absent when not built) and the installed package names.
 */
export function nativePayloadProblems(target, found) {
  const platform = target.platform === 'mas' ? 'darwin' : target.platform;
  const wanted = `${platform}-${target.arch}`;
  const problems = [];
  const cpu = found.whisper.whisper;
  if (!cpu) {
    problems.push('whisper.cpp is not built (native/whisper/build-info.json is missing): run npm install, or npm run build:whisper.');
  } else if (label(cpu) !== wanted) {
    problems.push(
      `native/whisper holds a whisper.cpp build for ${label(cpu)}, not ${wanted}: whisper.cpp builds for the machine it is built on, so build and pack on a ${wanted} machine.`,
    );
  } else {
    // A GPU backend is packed when it was built; one left from another machine would not load beside this CLI.
    for (const gpu of WHISPER_BUILDS.slice(1)) {
      const built = found.whisper[gpu];
      if (built && label(built) !== wanted) {
        problems.push(`native/${gpu} holds a backend built for ${label(built)}, not ${wanted}: rebuild it (npm run build:whisper-gpu) or remove the folder.`);
      }
    }
  }
  const sherpa = `sherpa-onnx-${platform === 'win32' ? 'win' : platform}-${target.arch}`;
  if (!found.packages.includes(sherpa)) {
    problems.push(`node_modules has no ${sherpa} (speaker detection's native runtime): npm installs only this machine's, so pack on a ${wanted} machine.`);
  }
  const ffmpeg = `@seydx/node-av-${platform}-${target.arch}`;
  if (!found.packages.some((name) => name === ffmpeg || name.startsWith(`${ffmpeg}-`))) {
    problems.push(`node_modules has no ${ffmpeg} (node-av's FFmpeg): npm installs only this machine's, so pack on a ${wanted} machine.`);
  }
  return problems;
}

/** What `nativePayloadProblems` needs to know, read from the checkout at `root`. */
export function readNativePayload(root) {
  const whisper = {};
  for (const build of WHISPER_BUILDS) {
    const info = join(root, 'native', build, 'build-info.json');
    if (!existsSync(info)) continue;
    const { platform, arch } = JSON.parse(readFileSync(info, 'utf8'));
    whisper[build] = { platform, arch };
  }
  const nodeModules = join(root, 'node_modules');
  const packages = [
    ...readdirSync(nodeModules).filter((name) => name.startsWith('sherpa-onnx-')),
    ...(existsSync(join(nodeModules, '@seydx')) ? readdirSync(join(nodeModules, '@seydx')).map((name) => `@seydx/${name}`) : []),
  ];
  return { whisper, packages };
}
