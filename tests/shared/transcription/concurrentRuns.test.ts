import { describe, expect, it } from 'vitest';
import { MAX_RUNS, concurrentRuns, runMemoryMb, threadsPerRun } from '../../../shared/transcription/concurrentRuns';

const TINY_8BIT = 43.6e6;
const LARGE_8BIT = 1.66e9;

describe('concurrentRuns', () => {
  it('runs one per thread on 2–3 threads (measured on 2 cores), one per two threads above, at most MAX_RUNS', () => {
    const runs = (threads: number) => concurrentRuns({ threads, memoryMb: 16_000, modelBytes: TINY_8BIT, gpu: false });
    expect([1, 2, 3, 4, 7, 8, 16].map(runs)).toEqual([1, 2, 3, 2, 3, 4, MAX_RUNS]);
  });

  it('one run when a GPU may take the work', () => {
    expect(concurrentRuns({ threads: 8, memoryMb: 64_000, modelBytes: TINY_8BIT, gpu: true })).toBe(1);
  });

  it('as many runs as half the memory holds: a large model on 8 GB runs alone', () => {
    expect(runMemoryMb(LARGE_8BIT)).toBeGreaterThan(1800);
    expect(concurrentRuns({ threads: 8, memoryMb: 8_000, modelBytes: LARGE_8BIT, gpu: false })).toBe(2);
    expect(concurrentRuns({ threads: 8, memoryMb: 4_000, modelBytes: LARGE_8BIT, gpu: false })).toBe(1);
    expect(concurrentRuns({ threads: 8, memoryMb: 1_000, modelBytes: LARGE_8BIT, gpu: false })).toBe(1);
  });
});

describe('threadsPerRun', () => {
  it('shares the threads as evenly as they go, at least one each', () => {
    expect(threadsPerRun(2, 2)).toEqual([1, 1]);
    expect(threadsPerRun(7, 3)).toEqual([3, 2, 2]);
    expect(threadsPerRun(2, 1)).toEqual([2]);
    expect(threadsPerRun(1, 3)).toEqual([1, 1, 1]);
    expect(threadsPerRun(4, 0)).toEqual([4]);
  });
});
