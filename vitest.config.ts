import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // whisper.cpp already uses every core: test files run one after another so that engine runs never
    // compete (two at once on 2 cores made each 3x slower and timings meaningless).
    fileParallelism: false,
  },
});
