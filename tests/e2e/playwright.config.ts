import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real built extension (.output/chrome-mv3) in Debian's Chromium.
// Fixtures (context, worker, extensionId, server) are in ./fixtures.ts.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The WordPress tests need real servers: their own config (wordpress/playwright.config.ts) starts them.
  testIgnore: ['wordpress/**'],
  outputDir: '../../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list'], ['./support/summary-reporter.ts']],
});
