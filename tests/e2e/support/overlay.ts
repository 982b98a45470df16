/**
 * Fixtures for the overlay's end-to-end tests: the pages in tests/e2e/pages/overlay served as https://x.com/…
 * (the social helper's HTTPS server, routed by Chromium's host-resolver rules), so the shipped social content
 * script runs on them with its real match patterns. Any path that is not a file serves late-anchor.html.
 */
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test as base, expect } from '../fixtures';
import { startSocialHttpsServer, type SocialHttpsServer } from './https-server';

export const OVERLAY_PAGES = fileURLToPath(new URL('../pages', import.meta.url));

export const test = base.extend<{ page: Page }, { overlayServer: SocialHttpsServer }>({
  overlayServer: [
    async ({}, use) => {
      const server = await startSocialHttpsServer({ hosts: { 'x.com': 'overlay' }, fixturesDir: OVERLAY_PAGES, page: 'late-anchor.html' });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  chromiumArgs: async ({ overlayServer }, use) => {
    await use(overlayServer.chromiumArgs);
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** The sentence every test uses to make a tip appear: 30 words, over GOV.UK's 25. */
export const LONG_SENTENCE =
  'The council has agreed that the new recycling centre on the east side of the city will open in the spring after a long consultation with residents and local businesses.';

/** The overlay's shadow host: present once the content script started. */
export const overlayHost = (page: Page): Locator => page.locator('social-web-tutor');
/** Tip cards (Playwright's CSS locators pierce open shadow roots). */
export const cards = (page: Page): Locator => page.locator('social-web-tutor [role="group"]');

/** Opens a test page and waits until the content script has mounted the overlay. */
export async function openOverlayPage(page: Page, path = '/compose/post'): Promise<void> {
  await page.goto(`https://x.com${path}`);
  await expect(overlayHost(page)).toHaveCount(1, { timeout: 15_000 });
}
