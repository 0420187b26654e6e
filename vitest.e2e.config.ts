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
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
