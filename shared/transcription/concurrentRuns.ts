/**
 * How many whisper.cpp runs go at once on a call's windows, and the threads each gets.
 *
 * Measured (issue 14, 2-core Xeon, tiny.en 8-bit, beam 4, a 121-s window): one run with 2 threads takes
 * 10.6 s a window; two runs of 1 thread side by side take 16.2 s for two windows, 8.1 s a window (24 %
 * less). whisper.cpp's decoder steps are small (≈ 2 ms), so a second thread in one run mostly waits on
 * the first, while a second run keeps it busy. More than two runs or threads were not measured here (a
 * 2-core machine); runs of two threads each on larger machines is the same reasoning, unproven.
 */

/** Runs at once at most: each holds its own model and window in memory. */
export const MAX_RUNS = 4;

/**
 * Memory one run needs, MB: the weights plus what a ≤ 10-minute window takes on top (measured 186 MB peak
 * for tiny.en 8-bit, 44 MB of weights; 200 MB is that margin rounded up for larger models' buffers).
 */
export function runMemoryMb(modelBytes: number): number {
  return modelBytes / 1e6 + 200;
}

export type RunsInput = {
  /** Threads the engine profile gives whisper in all. */
  threads: number;
  /** The machine's memory, MB: runs may use half of it together. */
  memoryMb: number;
  /** The weights whisper runs, bytes. */
  modelBytes: number;
  /** A GPU backend may take the work: then one run (a GPU is not shared faster, and each run would hold the model on it). */
  gpu: boolean;
};

/**
 * Runs at once for this machine and model: one per two threads (one per thread on 2–3 threads, as
 * measured), at most MAX_RUNS, as many as half the memory holds, one with a GPU.
 */
export function concurrentRuns(o: RunsInput): number {
  if (o.gpu) return 1;
  const threads = Math.max(1, Math.floor(o.threads));
  const byThreads = threads <= 3 ? threads : Math.floor(threads / 2);
  const byMemory = Math.floor(o.memoryMb / 2 / runMemoryMb(o.modelBytes));
  return Math.max(1, Math.min(MAX_RUNS, byThreads, byMemory));
}

/** `threads` shared by `runs` runs as evenly as they go (the first runs get any extra one); at least one each. */
export function threadsPerRun(threads: number, runs: number): number[] {
  const n = Math.max(1, Math.floor(runs));
  const t = Math.max(n, Math.floor(threads));
  return Array.from({ length: n }, (_, i) => Math.floor(t / n) + (i < t % n ? 1 : 0));
}
