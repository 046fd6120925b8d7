import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability`: real processes, a Redis of the tests' own, thousands of cases.
 * Kept out of `npm test` (minutes, not seconds); `.ci/run` runs it after the suite.
 */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
