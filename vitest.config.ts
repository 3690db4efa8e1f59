import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'e2e/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll for what a user would wait to see; 1 s (the default) is too short on a loaded 2-core machine.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: keep parallelism modest so the browser and database tests don't starve each other.
    maxWorkers: 2,
    // The default summary, plus one line when tests that need ../shared/oracle were skipped.
    reporters: ['default', './src/test-support/oracle-reporter.ts'],
  },
});
