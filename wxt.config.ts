import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

/**
 * Hosts we ask for at install time: only the fixed social sites and WordPress.com.
 * Self-hosted WordPress and Mastodon instances are granted per site at runtime
 * (optional_host_permissions + scripting.registerContentScripts).
 */
export const FIXED_HOSTS = [
  'https://wordpress.com/*',
  'https://*.wordpress.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://bsky.app/*',
  'https://www.threads.net/*',
  'https://www.threads.com/*',
];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports: a reader sees where every name comes from (DESIGN.md, style 12).
  imports: false,
  // Static files (icons) live in assets/public: the top level of the repo is fixed.
  publicDir: 'assets/public',
  // scripts/bundle-sizes.mjs builds into its own folder, so it never overwrites the build the tests and bench use.
  outDir: process.env.SWT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // SWT_SOURCEMAP=1 (scripts/bundle-sizes.mjs): source maps, to attribute each content script's bytes to modules.
    build: { target: 'es2022', sourcemap: process.env.SWT_SOURCEMAP === '1' },
  }),
  hooks: {
    // Two libraries content scripts can do without (issue 4: ≤ 35 kB gzip each):
    // - webextension-polyfill (~2.7 kB gzip): they use the browser's own promise-based API (WXT's plain
    //   `wxt/browser`: `browser` in Firefox, `chrome` in Chromium MV3, whose calls return promises). They only send
    //   messages and read storage, where the two behave alike; the background keeps the polyfill for its
    //   promise-returning onMessage listener, and so do extension pages.
    // - most of @wxt-dev/storage (~3 kB gzip): lib/settings/storage-lite.ts gives the `defineItem` that
    //   lib/settings/items.ts uses, with the same storage layout and behaviour (tests/unit/settings/storage-lite.test.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const lighter = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        { find: /^@wxt-dev\/storage$/, replacement: fileURLToPath(new URL('./lib/settings/storage-lite.ts', import.meta.url)) },
      ];
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [...lighter, ...alias] : [...lighter, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/bench/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Localised in assets/public/_locales/<lang>/messages.json (English and Welsh).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; unlimitedStorage: the practice log must not be evicted; scripting: register
    // the content script on the self-hosted sites the learner turns the tutor on for; activeTab: lets the
    // popup read the current tab's address when the learner opens it (no install warning), so it can offer
    // "Use Social Web Tutor on this site" for exactly that origin.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    host_permissions: FIXED_HOSTS,
    // Asked for one origin at a time, from the popup, never in bulk. WXT drops
    // optional_host_permissions for MV2, where the same patterns live in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'social-web-tutor@socialwebtutor.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
