import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // A temp folder per run that must be empty at the end: a test that leaves files behind fails.
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // A save is a round trip through the real backend to disk and back; on a loaded 2-core CI machine
    // that can pass one second, which is expect.poll's default.
    expect: { poll: { timeout: 5_000 } },
    // whisper.cpp already uses every core: test files run one after another so that engine runs never
    // compete (two at once on 2 cores made each 3x slower and timings meaningless).
    fileParallelism: false,
  },
});
