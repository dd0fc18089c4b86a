import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the browser tests in the Agents Playground. Separate from `npm test` because they
// need Chromium (/usr/bin/chromium); .ci/run installs it and runs both.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/e2e.json' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One browser walks one conversation: the steps build on each other.
    sequence: { concurrent: false },
  },
});
