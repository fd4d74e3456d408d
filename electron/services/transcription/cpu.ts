import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { CpuFeatures, Machine } from '../../../shared/transcription/engineProfile';

/**
 * The flags of the first processor in a Linux /proc/cpuinfo (x86 `flags`, ARM `Features`); null when the
 * text has neither. Every core of one machine reports the same set.
 */
export function parseCpuinfo(text: string): CpuFeatures | null {
  const line = /^(?:flags|Features)\s*:(.*)$/m.exec(text);
  if (!line) return null;
  const flags = new Set(line[1]!.trim().split(/\s+/));
  return {
    avx2: flags.has('avx2'),
    avx512f: flags.has('avx512f'),
    fma: flags.has('fma'),
    f16c: flags.has('f16c'),
    // 64-bit ARM lists it as asimd; 32-bit as neon.
    neon: flags.has('asimd') || flags.has('neon'),
  };
}

export type CpuSources = {
  platform: NodeJS.Platform;
  arch: string;
  cores: number;
  /** Reads /proc/cpuinfo (Linux only). */
  readCpuinfo: () => Promise<string>;
};

const systemSources = (): CpuSources => ({
  platform: process.platform,
  arch: process.arch,
  cores: availableParallelism(),
  readCpuinfo: () => readFile('/proc/cpuinfo', 'utf8'),
});

/**
 * The machine transcription runs on: cores the app may use (`availableParallelism` counts CPU limits and
 * affinity, which `os.cpus().length` does not) and, where the system tells, the CPU's instruction sets.
 *
 * Linux: from /proc/cpuinfo. macOS and Windows: Node offers no feature flags (os.cpus() gives only model
 * names and speeds; asking sysctl or the registry would mean a child process at start), so they are
 * unknown there — except 64-bit ARM, where NEON is part of the architecture. They shape only the
 * explanation in Settings: the portable whisper build picks its own CPU variant at run time.
 */
export async function detectMachine(sources: CpuSources = systemSources()): Promise<Machine> {
  const cores = Math.max(1, sources.cores);
  if (sources.platform === 'linux') {
    const text = await sources.readCpuinfo().catch(() => null);
    const features = text === null ? null : parseCpuinfo(text);
    if (features) return { cores, features };
  }
  if (sources.arch === 'arm64') return { cores, features: { avx2: false, avx512f: false, fma: false, f16c: false, neon: true } };
  return { cores, features: null };
}
