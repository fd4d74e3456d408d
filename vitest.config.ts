import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The e2e suite and the native decoder are heavy; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
