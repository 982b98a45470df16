import { defineConfig } from '@playwright/test';

// End-to-end tests against a real WordPress (6.5 and 6.7) served natively on this machine. Separate from the main
// e2e config because they need the servers: global-setup.ts installs what is missing (Debian's Apache, PHP and
// MariaDB; ~4 min on a fresh machine), starts both versions on free ports, and stops them when the run ends.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../../test-results/wordpress',
  globalSetup: './global-setup.ts',
  // The block editor is heavy: a whole flow takes ~30-60 s on a loaded 2-core machine.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  // One browser per WordPress version at a time: 6.5 and 6.7 run side by side.
  workers: 2,
  retries: 0,
  reporter: [['list']],
});
