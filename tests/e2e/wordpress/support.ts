/**
 * Steps shared by the WordPress end-to-end tests: log in, turn the tutor on for the site the way the popup does,
 * read the practice log through the extension's own message protocol, and find our tip cards.
 */
import { deflateSync } from 'node:zlib';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { expect, launchWithExtension, test as base } from '../fixtures';
import { EXTENSION_ENV_KEY } from './instances';
import type { WordPressInstance } from './instances';

/** The extension pages' and worker's `chrome` global (no @types/chrome in this project). */
declare const chrome: any;

/** 40 words in one sentence: well over GOV.UK's 25. */
export const FORTY_WORDS =
  'The council has agreed that the new recycling centre on the east side of the city will open in the spring after a consultation with residents, local businesses, schools and community groups who asked for longer opening hours at weekends.';

/** Every http origin on 127.0.0.1 (match patterns have no port): what the popup asks for on a local site. */
export const LOCAL_PATTERN = 'http://127.0.0.1/*';

export const overlayHost = (page: Page): Locator => page.locator('social-web-tutor');
/** A tip card by its tip id (Playwright's CSS locators pierce the overlay's open shadow root). */
export const tipCard = (page: Page, tipId: string): Locator => page.locator(`social-web-tutor [role="group"][data-tip="${tipId}"]`);

export async function logIn(page: Page, wp: WordPressInstance, path = '/wp-admin/'): Promise<void> {
  await page.goto(`${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}${path}`)}`);
  await page.locator('#user_login').fill(wp.admin.user);
  await page.locator('#user_pass').fill(wp.admin.password);
  await page.locator('#wp-submit').click();
  await expect(page.locator('#wpadminbar')).toBeVisible();
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The shared fixtures, on a copy of the build, plus `debugPort`: Chromium listens for the DevTools protocol there, so a test can click the
 * extension's toolbar button (`Extensions.triggerAction`, which needs --enable-unsafe-extension-debugging).
 */
export const test = base.extend<{ debugPort: number }>({
  debugPort: async ({}, use) => {
    await use(await freePort());
  },
  chromiumArgs: async ({ debugPort }, use) => {
    await use([`--remote-debugging-port=${debugPort}`, '--enable-unsafe-extension-debugging']);
  },
  // The build copied by global-setup.ts (when run without it, the shared .output).
  context: async ({ chromiumArgs }, use) => {
    const { context, dir } = await launchWithExtension(chromiumArgs, undefined, process.env[EXTENSION_ENV_KEY] || undefined);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
});
export { expect };

/**
 * Clicks the toolbar button for the tab showing `site` and returns the popup, as the learner gets it: the click
 * grants activeTab, so the popup knows the tab's address before any host permission. Playwright sees a popup only
 * through a connection made after it opened, hence the second connection.
 */
async function openPopup(extensionId: string, debugPort: number, site: Page): Promise<{ page: Page; close(): Promise<void> }> {
  const control = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
  const cdp = await control.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === site.url());
  if (!tab) throw new Error(`No tab shows ${site.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  await expect.poll(async () => (await cdp.send('Target.getTargets', { filter: [{ type: 'page' }] })).targetInfos.some((t) => t.url === popupUrl)).toBe(true);
  // A connection lists the pages that existed when it was made; the popup's may take a moment to be attached.
  let viewer: Browser | undefined;
  let page: Page | undefined;
  for (let i = 0; i < 20 && !page; i++) {
    await viewer?.close();
    viewer = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    page = viewer.contexts().flatMap((c) => c.pages()).find((p) => p.url() === popupUrl);
    if (!page) await new Promise((r) => setTimeout(r, 250));
  }
  if (!page || !viewer) throw new Error('The popup opened but Playwright cannot see it.');
  await page.waitForLoadState();
  return {
    page,
    close: async () => {
      if (!page.isClosed()) await page.close();
      await viewer!.close();
      await control.close();
    },
  };
}

/**
 * Turns the tutor on for the page's site from the toolbar popup: "Use Social Web Tutor on this site" asks the browser
 * for the origin and tells the background to register the content script.
 *
 * Headless Chromium cannot show the browser's permission prompt, so the request would wait forever. The learner's
 * "Allow" is given beforehand through chrome://extensions' own API (what its "Site access" setting does); Chrome then
 * answers the popup's request for that origin at once, and everything after it is the real flow.
 */
export async function turnOnFromPopup(context: BrowserContext, extensionId: string, debugPort: number, site: Page): Promise<void> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id, host), [extensionId, LOCAL_PATTERN]);
  await settings.close();
  await site.bringToFront();
  const popup = await openPopup(extensionId, debugPort, site);
  await popup.page.getByRole('button', { name: 'Use Social Web Tutor on this site' }).click();
  await expect(popup.page.getByRole('status')).toContainText('Turned on');
  await popup.close();
}

/** "Stop on this site" in the toolbar popup: unregisters the script and withdraws the permission. */
export async function turnOffFromPopup(extensionId: string, debugPort: number, site: Page): Promise<void> {
  await site.bringToFront();
  const popup = await openPopup(extensionId, debugPort, site);
  await popup.page.getByRole('button', { name: 'Stop on this site' }).click();
  await expect(popup.page.getByRole('status')).toContainText('Turned off');
  await popup.close();
}

export interface LoggedAction {
  type: string;
  key: string;
  site: { kind: string; host: string };
  skills: string[];
  metrics: Record<string, number | boolean>;
  /** The tip a tip.* entry is about. */
  ref?: string;
}

/** The practice log's actions of these types, asked of the background with `log.query` from an extension page. */
export async function logged(page: Page, types: string[]): Promise<LoggedAction[]> {
  const reply = await page.evaluate(
    (t) => chrome.runtime.sendMessage({ sw: 1, type: 'log.query', payload: { filter: { types: t }, limit: 200 } }),
    types,
  );
  if (!reply?.ok) throw new Error(`log.query failed: ${JSON.stringify(reply)}`);
  return reply.value.entries as LoggedAction[];
}

/** The smallest distance between two boxes (0 when they touch or overlap). */
export function gapBetween(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/** A valid PNG (one colour), made here so the tests need no binary fixture. */
export function solidPng(width = 120, height = 80): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([30, 120, 200]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The media modal's alt field, as a learner meets it: the alt-text tip is there, next to the field; alt typed and
 * committed (the modal saves a field when it loses focus) → the tip goes and `image.alt-added` is logged. Returns
 * the extension page that reads the log, for the steps after.
 */
export async function describeInMediaModal(page: Page, extensionId: string, altField: Locator, alt: string, screenshot: string): Promise<Page> {
  await expect(altField).toBeVisible();
  const tip = tipCard(page, 'alt-text.missing');
  await expect(tip).toBeVisible();
  expect(gapBetween((await tip.boundingBox())!, (await altField.boundingBox())!)).toBeLessThan(24);
  await page.screenshot({ path: test.info().outputPath(screenshot) });
  await altField.fill(alt);
  await altField.press('Tab');
  await expect(tip).toHaveCount(0);
  const reader = await page.context().newPage();
  await reader.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect.poll(async () => (await logged(reader, ['image.alt-added'])).length).toBe(1);
  await page.bringToFront();
  return reader;
}
