import { describe, expect, it } from 'vitest';
import { cpuFlagsOfInterest } from '../../../bench/engine/machine';

describe('cpuFlagsOfInterest', () => {
  it('picks the instruction sets that decide ggml’s code path from a cpuinfo flags line', () => {
    const cpuinfo = 'processor\t: 0\nmodel name\t: Intel(R) Xeon(R)\nflags\t\t: fpu sse2 avx f16c fma avx2 avx512f avx512_vnni amx_tile amx_int8 avx512_bf16\n';
    expect(cpuFlagsOfInterest(cpuinfo)).toEqual(['avx', 'avx2', 'fma', 'f16c', 'avx512f', 'avx512_vnni', 'avx512_bf16', 'amx_tile', 'amx_int8']);
  });

  it('finds none where there is no flags line', () => {
    expect(cpuFlagsOfInterest('model name : Apple M2\n')).toEqual([]);
  });
});
