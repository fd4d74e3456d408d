import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WHISPER_BINARY } from '../helpers/whisper';

const BIN = dirname(WHISPER_BINARY);
const OUT = dirname(BIN);
const hasObjdump = spawnSync('objdump', ['--version'], { stdio: 'ignore' }).status === 0;
const linuxX64 = process.platform === 'linux' && process.arch === 'x64';

/** What runs on every x86-64 CPU: the CLI, whisper, ggml's core and its baseline CPU variant. */
const BASELINE = ['whisper-cli', 'libwhisper.so.1', 'libggml.so.0', 'libggml-base.so.0', 'libggml-cpu-x64.so'];
/** The CPU variants built for processors with AVX-512; ggml loads one only where cpuid reports it. */
const AVX512_VARIANTS = ['skylakex', 'cannonlake', 'cascadelake', 'cooperlake', 'icelake', 'sapphirerapids', 'zen4'];

type Counts = { instructions: number; zmm: number; evex: number; amx: number };

/**
 * Counts AVX-512 and AMX instructions in `file`'s code, from objdump's disassembly: any use of a zmm
 * register, any EVEX-encoded instruction (first byte 0x62 after legacy prefixes: AVX-512 on xmm/ymm too),
 * and any AMX tile instruction.
 */
function scan(file: string): Counts {
  const text = execFileSync('objdump', ['-d', '--no-addresses', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const counts: Counts = { instructions: 0, zmm: 0, evex: 0, amx: 0 };
  for (const line of text.split('\n')) {
    // "\t<bytes>\t<mnemonic> <operands>"; a long instruction's leftover bytes continue on a line of their own.
    const m = /^\t((?:[0-9a-f]{2} )+)\s*\t(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, bytes, mnemonic, operands] = m as unknown as [string, string, string, string];
    counts.instructions++;
    if (operands.includes('%zmm')) counts.zmm++;
    if (/^(?:(?:26|2e|36|3e|64|65|67) )*62 /.test(bytes)) counts.evex++;
    if (/^(?:tile\w*|tdp\w+|ldtilecfg|sttilecfg)$/.test(mnemonic) || operands.includes('%tmm')) counts.amx++;
  }
  return counts;
}

describe('the packaged whisper.cpp build carries no -march=native code', () => {
  it('was configured with GGML_NATIVE off and a baseline x86-64 variant built with no extra instructions', () => {
    const info = JSON.parse(readFileSync(join(OUT, 'build-info.json'), 'utf8')) as { flags: string[] };
    expect(info.flags).toContain('-DGGML_NATIVE=OFF');
    expect(info.flags.filter((f) => /GGML_NATIVE=(ON|1|TRUE)/i.test(f))).toEqual([]);
    const log = readFileSync(join(OUT, 'build.log'), 'utf8');
    expect(log).not.toMatch(/-march=native/);
    if (linuxX64) expect(log).toMatch(/Adding CPU backend variant ggml-cpu-x64:\s*$/m);
  });

  it.runIf(hasObjdump && linuxX64)(
    'objdump finds no AVX-512 (zmm, EVEX) or AMX instruction outside the variants made for those CPUs',
    () => {
      const files = readdirSync(BIN).filter((f) => f === 'whisper-cli' || /\.so(\.\d+)?$/.test(f));
      const counts = Object.fromEntries(files.map((f) => [f, scan(join(BIN, f))]));
      console.table(counts);
      for (const f of BASELINE) expect({ file: f, ...counts[f] }).toMatchObject({ file: f, zmm: 0, evex: 0, amx: 0 });
      const variant = (f: string) => /^libggml-cpu-(\w+)\.so$/.exec(f)?.[1] ?? '';
      expect(files.filter((f) => counts[f]!.evex > 0 && !AVX512_VARIANTS.includes(variant(f)))).toEqual([]);
      // AMX only where ggml checks for it and the OS grants it (sapphirerapids); never in what loads by default.
      expect(files.filter((f) => counts[f]!.amx > 0 && variant(f) !== 'sapphirerapids')).toEqual([]);
      // The scan sees AVX-512 where it is meant to be, so zeros above are not a blind scanner's.
      expect(counts['libggml-cpu-skylakex.so']!.zmm).toBeGreaterThan(0);
      expect(counts['libggml-cpu-skylakex.so']!.evex).toBeGreaterThan(0);
    },
    120_000,
  );
  if (!hasObjdump) it('skips the instruction scan: objdump (binutils) is not installed', () => console.log('skipped: no objdump'));
  if (!linuxX64) it(`skips the instruction scan: it reads Linux x86-64 builds, this is ${process.platform}-${process.arch}`, () => console.log('skipped'));
});
