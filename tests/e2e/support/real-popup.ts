/**
 * The real toolbar popup in headless Chromium, opened as if the learner clicked the toolbar button.
 *
 * Playwright cannot click the browser's toolbar. Chrome's DevTools protocol can: `Extensions.triggerAction` runs the
 * extension's action on a tab, which opens popup.html *and* grants activeTab for that tab, exactly like a click
 * (so the popup can read the tab's address before any host permission). It needs a browser-level CDP connection
 * (`--remote-debugging-port`) and `--enable-unsafe-extension-debugging`. Playwright only sees the popup's page when
 * it connects after the popup exists, so `openRealPopup` connects a second time to hand it over.
 *
 * The permission prompt (`permissions.request`) is browser UI nobody can answer in headless mode: the request
 * stays pending. `preApproveSite` stands in for the learner's "Allow": it records the grant through
 * chrome://extensions' own API (what "Site access → On specific sites" does); Chrome then resolves the extension's
 * next `permissions.request` for that origin at once, without a prompt, and the rest of the flow is the real one.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { createServer } from 'node:net';
import { expect, test as base } from '../fixtures';

/** A free TCP port on 127.0.0.1 for --remote-debugging-port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Fixtures: `debugPort`, with the launch flags that let tests drive the toolbar action. */
export const test = base.extend<{ debugPort: number }>({
  debugPort: async ({}, use) => {
    await use(await freePort());
  },
  chromiumArgs: async ({ debugPort }, use) => {
    await use([`--remote-debugging-port=${debugPort}`, '--enable-unsafe-extension-debugging']);
  },
});
export { expect };

export interface RealPopup {
  page: Page;
  /** Closes the popup (as clicking elsewhere would) and disconnects the extra CDP connections. */
  close(): Promise<void>;
}

async function connect(port: number): Promise<Browser> {
  return chromium.connectOverCDP(`http://127.0.0.1:${port}`);
}

/** Clicks the toolbar button for the tab showing `tabUrl` and returns the popup that opens. */
export async function openRealPopup(debugPort: number, extensionId: string, tabUrl: string): Promise<RealPopup> {
  const control = await connect(debugPort);
  const cdp = await control.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === tabUrl);
  if (!tab) throw new Error(`No tab shows ${tabUrl}; tabs: ${targetInfos.map((t) => t.url).join(', ')}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  await expect
    .poll(async () => (await cdp.send('Target.getTargets', { filter: [{ type: 'page' }] })).targetInfos.some((t) => t.url.endsWith('/popup.html')))
    .toBe(true);
  const viewer = await connect(debugPort);
  const page = viewer.contexts().flatMap((c) => c.pages()).find((p) => p.url() === `chrome-extension://${extensionId}/popup.html`);
  if (!page) throw new Error('The popup opened but Playwright cannot see it.');
  await page.waitForLoadState();
  return {
    page,
    close: async () => {
      // A popup left open would be toggled shut by the next toolbar click instead of opening.
      if (!page.isClosed()) await page.close();
      await viewer.close();
      await control.close();
    },
  };
}

/**
 * The learner's "Allow" for `pattern`, given ahead of the prompt through chrome://extensions (see above).
 * Returns the page used, closed.
 */
export async function preApproveSite(context: import('@playwright/test').BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
    [extensionId, pattern],
  );
  await page.close();
}

/** Withdraws a site from the browser's own extensions page, as a learner would there. */
export async function withdrawInBrowser(context: import('@playwright/test').BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { removeHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.removeHostPermission(id!, host!),
    [extensionId, pattern],
  );
  await page.close();
}
