import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (playwright-core) against the built app served by `vite preview`.
// The global setup builds when needed, starts the server and one browser; each test gets a fresh
// browser context (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    // Two workers share the one browser; a 2-core machine gains nothing from more.
    maxWorkers: 2,
    // Every wait inside a test has its own 10 s limit (UI_TIMEOUT) that names what it waited for; the
    // whole test gets room for its steps on a loaded machine, where a 30 s total failed walks that were fine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
