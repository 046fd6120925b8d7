import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real-process reliability runs (minutes) have their own script: npm run test:reliability.
    exclude: ['test/reliability/**', '**/node_modules/**'],
    // Integration files share one Redis; running files one at a time keeps their timing honest.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
