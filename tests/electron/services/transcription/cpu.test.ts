import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { detectMachine, parseCpuinfo, type CpuSources } from '../../../../electron/services/transcription/cpu';

// Excerpts of real /proc/cpuinfo files: an AVX-512 Xeon, an older x86 without AVX2, a 64-bit ARM board.
const XEON = `processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Intel(R) Xeon(R) Processor
flags\t\t: fpu vme de sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand avx2 bmi2 avx512f avx512dq avx512cd avx512bw avx512vl
bugs\t\t: spectre_v1

processor\t: 1
flags\t\t: fpu vme de sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand avx2 bmi2 avx512f
`;
const OLD_X86 = `processor\t: 0
model name\t: Intel(R) Core(TM)2 Duo CPU
flags\t\t: fpu vme de pse tsc msr sse sse2 ssse3 sse4_1
`;
const ARM64 = `processor\t: 0
BogoMIPS\t: 108.00
Features\t: fp asimd evtstrm crc32 cpuid
CPU implementer\t: 0x41
`;

const sources = (over: Partial<CpuSources>): CpuSources => ({
  platform: 'linux',
  arch: 'x64',
  cores: 4,
  readCpuinfo: async () => XEON,
  ...over,
});

describe('parseCpuinfo', () => {
  it('reads the x86 flags whisper.cpp cares about', () => {
    expect(parseCpuinfo(XEON)).toEqual({ avx2: true, avx512f: true, fma: true, f16c: true, neon: false });
    expect(parseCpuinfo(OLD_X86)).toEqual({ avx2: false, avx512f: false, fma: false, f16c: false, neon: false });
  });
  it('reads NEON (asimd) from an ARM Features line', () => {
    expect(parseCpuinfo(ARM64)).toMatchObject({ avx2: false, neon: true });
  });
  it('answers null for text with no flags', () => {
    expect(parseCpuinfo('')).toBeNull();
    expect(parseCpuinfo('processor : 0\nmodel name : something\n')).toBeNull();
  });
  it('does not take avx512 variants for avx512f, nor avx for avx2', () => {
    expect(parseCpuinfo('flags : avx avx512bw avx512vl\n')).toMatchObject({ avx2: false, avx512f: false });
  });
});

describe('detectMachine', () => {
  it('on Linux: cores as given, features from /proc/cpuinfo', async () => {
    expect(await detectMachine(sources({}))).toEqual({ cores: 4, features: { avx2: true, avx512f: true, fma: true, f16c: true, neon: false } });
  });
  it('on Linux with /proc/cpuinfo unreadable: features unknown, cores still known', async () => {
    const machine = await detectMachine(sources({ readCpuinfo: () => Promise.reject(new Error('EACCES')) }));
    expect(machine).toEqual({ cores: 4, features: null });
  });
  it('on macOS and Windows x64: features unknown (Node does not offer them); on arm64: NEON', async () => {
    const never = () => Promise.reject(new Error('not read off Linux'));
    expect(await detectMachine(sources({ platform: 'darwin', readCpuinfo: never }))).toEqual({ cores: 4, features: null });
    expect(await detectMachine(sources({ platform: 'win32', readCpuinfo: never }))).toEqual({ cores: 4, features: null });
    expect((await detectMachine(sources({ platform: 'darwin', arch: 'arm64', readCpuinfo: never }))).features).toMatchObject({ neon: true, avx2: false });
  });
  it('never reports fewer than one core', async () => {
    expect((await detectMachine(sources({ cores: 0 }))).cores).toBe(1);
  });
  it.runIf(process.platform === 'linux')('on this machine: the cores Node may use, and the real flags', async () => {
    const machine = await detectMachine();
    expect(machine.cores).toBe(availableParallelism());
    expect(machine.features).not.toBeNull();
  });
});
