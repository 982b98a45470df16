import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. fakeBrowser stands in for browser.*, fake-indexeddb for IndexedDB.
// Component tests opt into happy-dom with `// @vitest-environment happy-dom`.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/components/**/*.test.tsx', 'tests/components/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The machines are shared and noisy: a generous per-test ceiling, never a timing assertion.
    testTimeout: 30_000,
  },
});
