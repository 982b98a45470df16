/**
 * Playwright fixtures that give every end-to-end test the real built extension:
 * - `context`: a fresh persistent Chromium profile with .output/chrome-mv3 loaded (headless Debian Chromium);
 * - `worker`: the extension's MV3 service worker; `extensionId`: its id (the worker URL's host);
 * - `server`: a local http server for test pages (tests/e2e/pages) and fixtures (tests/fixtures/html);
 * - `chromiumArgs`: extra launch flags a test file can set with `test.use({ chromiumArgs: [...] })`
 *   (e.g. host-resolver rules that serve a fixture under its real host name);
 * - `extensionPage(path)`: opens one of our pages (popup.html, options.html…) in a tab.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from './support/static-server';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `extensionDir`: the built extension to load (default .output/chrome-mv3), e.g. a copy taken at the start of a run. */
export async function launchWithExtension(
  extraArgs: string[] = [],
  userDataDir?: string,
  extensionDir: string = EXTENSION_DIR,
): Promise<{ context: BrowserContext; dir: string; owned: boolean }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npx wxt build" first (npm test does).`);
  }
  const owned = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'swt-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...extraArgs],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  return { context, dir, owned };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  chromiumArgs: string[];
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionPage: (path: string) => Promise<Page>;
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  chromiumArgs: [[], { option: true }],
  server: [
    async ({}, use) => {
      const server = await startStaticServer([join(ROOT, 'tests/e2e/pages'), join(ROOT, 'tests/fixtures/html')]);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ chromiumArgs }, use) => {
    const { context, dir } = await launchWithExtension(chromiumArgs);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };
