import { defineConfig } from 'vitest/config';

/**
 * Files that change process-wide state for good: the telemetry test loads the Azure Monitor distro, which
 * patches `http` and stays loaded, and guards the process against non-loopback connections. They get a
 * fresh process of their own; every other file shares its worker's module cache.
 */
const ISOLATED = ['tests/http/telemetry.test.ts'];
/**
 * Files that judge time (work per character must not grow faster than the text; a turn must not stall the
 * event loop). They run last, one at a time, when the rest of the suite no longer competes for the cores.
 */
const TIMING = ['tests/fuzz/linear-time.test.ts', 'tests/http/stall.test.ts'];

export default defineConfig({
  test: {
    // The JSON report is what .ci/run reads for its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores: one on a 2-core machine. Much of the suite waits
    // on child processes, Azurite and sockets, so a worker per core finishes in about half the time.
    maxWorkers: '100%',
    // Runs tsc -b on src, scripts and bench when dist/ is older than them: the tests that start the built
    // server or a script as a process never run stale code.
    globalSetup: ['tests/support/build-once.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...ISOLATED, ...TIMING],
          // Test files in one worker share loaded modules (botbuilder, teams-ai, the knowledge base) instead
          // of importing them again per file: that import was ~70 s of a ~280 s run. Safe because no test
          // mocks modules or changes globals for good; the ones that touch process state are ISOLATED.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
      {
        extends: true,
        test: { name: 'timing', include: TIMING, isolate: false, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
