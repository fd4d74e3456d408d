import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

/** The instruction-set extensions that decide which ggml CPU code runs (and how fast). */
const FLAGS_OF_INTEREST = ['avx', 'avx2', 'fma', 'f16c', 'avx512f', 'avx512_vnni', 'avx512_bf16', 'avx_vnni', 'amx_tile', 'amx_int8', 'amx_bf16'];

/** The flags of interest that a /proc/cpuinfo "flags" line lists, in the order above. */
export function cpuFlagsOfInterest(cpuinfo: string): string[] {
  const line = /^flags\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? '';
  const flags = new Set(line.split(/\s+/));
  return FLAGS_OF_INTEREST.filter((f) => flags.has(f));
}

export function describeMachine(): string[] {
  let flags = '(not known: no /proc/cpuinfo)';
  try {
    flags = cpuFlagsOfInterest(readFileSync('/proc/cpuinfo', 'utf8')).join(' ') || '(none of interest)';
  } catch {
    // Not Linux: the model name and counts below still say something.
  }
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return [`cpu      ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} logical cores`, `flags    ${flags}`, `load     ${load} (1, 5, 15 min)`];
}

export const loadNow = () => loadavg()[0]!.toFixed(2);
