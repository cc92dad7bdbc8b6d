import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium against the built app (dist/), one file at a time in one
// process, with timeouts long enough for a browser start and a million-customer run.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
