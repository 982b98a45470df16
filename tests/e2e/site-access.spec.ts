/**
 * The runtime permission flow with the real built extension: turned on from the real toolbar popup, the tutor
 * starts in the open tab, survives a reload (registered content script), and stops after "Stop on this site"; a
 * withdrawal in the browser's own extensions page and a worker restart are reconciled with the grants.
 *
 * The page is the Mastodon fixture served from 127.0.0.1: a self-hosted site the manifest does not list, which the
 * runtime content script recognises by its DOM. How the toolbar click and the browser's prompt are driven in
 * headless Chromium: tests/e2e/support/real-popup.ts.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openRealPopup, preApproveSite, test, withdrawInBrowser } from './support/real-popup';

const PATTERN = 'http://127.0.0.1/*';
const SCRIPT_ID = `swt-site:${PATTERN}`;

/** The extension pages' and worker's `chrome` global (no @types/chrome in this project). */
declare const chrome: any;

const overlayHost = (page: Page) => page.locator('social-web-tutor');
const registered = (worker: Worker) => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s: { id: string }[]) => s.map((x) => x.id)));
const granted = (worker: Worker) => worker.evaluate((p) => chrome.permissions.contains({ origins: [p] }), PATTERN);

async function openSite(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('turned on from the real popup: starts in the open tab, survives a reload, stops after "Stop on this site"', async ({ context, worker, extensionId, server, debugPort }) => {
  const url = `${server.url}/mastodon/compose.html`;
  const site = await openSite(context, url);
  await site.waitForTimeout(500);
  await expect(overlayHost(site)).toHaveCount(0);
  expect(await granted(worker)).toBe(false);

  await preApproveSite(context, extensionId, PATTERN);
  const popup = await openRealPopup(debugPort, extensionId, url);
  // activeTab: the popup knows the address although the site is not granted yet.
  await expect(popup.page.getByText('Off for 127.0.0.1.')).toBeVisible();
  await popup.page.getByRole('button', { name: 'Use Social Web Tutor on this site' }).click();
  await expect(popup.page.getByRole('status')).toHaveText('Turned on. Reload the page if no tips appear.');

  // Registered for the origin (persistent), and started in the open tab without a reload.
  expect(await registered(worker)).toEqual([SCRIPT_ID]);
  const script = await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(script[0]).toMatchObject({ matches: [PATTERN], js: ['content-scripts/site.js'], persistAcrossSessions: true });
  await expect(overlayHost(site)).toHaveCount(1, { timeout: 15_000 });
  await expect(popup.page.getByText('On for 127.0.0.1.')).toBeVisible();
  await popup.close();

  // After a reload the registered script starts it again, and the popup says what it recognised.
  await site.reload();
  await expect(overlayHost(site)).toHaveCount(1, { timeout: 15_000 });
  const again = await openRealPopup(debugPort, extensionId, url);
  // The screen's name, from what the content script told the background (this fixture's URL is not a compose URL).
  await expect(again.page.getByText('Recognised: Another page on Mastodon')).toBeVisible({ timeout: 15_000 });
  await again.page.getByRole('button', { name: 'Stop on this site' }).click();
  await expect(again.page.getByRole('status')).toHaveText('Turned off for 127.0.0.1.');
  await again.close();

  expect(await registered(worker)).toEqual([]);
  expect(await granted(worker)).toBe(false);
  await site.reload();
  await site.waitForTimeout(1500);
  await expect(overlayHost(site)).toHaveCount(0);
});

test('a site withdrawn in the browser’s own extensions page: script unregistered, options list updated live', async ({ context, worker, extensionId, server, extensionPage }) => {
  await preApproveSite(context, extensionId, PATTERN);
  const options = await extensionPage('options.html');
  // The grant from a click (the options page stands in for the popup here: same request, same background).
  await options.evaluate((p) => chrome.permissions.request({ origins: [p] }), PATTERN);
  await expect.poll(() => registered(worker)).toEqual([SCRIPT_ID]);
  const sites = options.getByRole('region', { name: 'Sites' });
  await expect(sites.getByText('http://127.0.0.1', { exact: true })).toBeVisible();

  await withdrawInBrowser(context, extensionId, PATTERN);
  await expect.poll(() => registered(worker)).toEqual([]);
  await expect(sites.getByText(/No other sites yet/)).toBeVisible();

  // And the page no longer gets the tutor.
  const site = await openSite(context, `${server.url}/mastodon/compose.html`);
  await site.waitForTimeout(1500);
  await expect(overlayHost(site)).toHaveCount(0);
});

test('removing a site in the options page unregisters it and withdraws the permission', async ({ context, worker, extensionId, extensionPage }) => {
  await preApproveSite(context, extensionId, PATTERN);
  const options = await extensionPage('options.html');
  await options.evaluate((p) => chrome.permissions.request({ origins: [p] }), PATTERN);
  const sites = options.getByRole('region', { name: 'Sites' });
  await sites.getByRole('button', { name: 'Remove http://127.0.0.1' }).click();
  await expect(sites.getByRole('status')).toHaveText('Removed http://127.0.0.1.');
  expect(await registered(worker)).toEqual([]);
  expect(await granted(worker)).toBe(false);
});

test('start-up reconciliation: a granted site whose registration was lost gets it back when the worker restarts', async ({ context, worker, extensionId, extensionPage }) => {
  await preApproveSite(context, extensionId, PATTERN);
  const options = await extensionPage('options.html');
  await options.evaluate((p) => chrome.permissions.request({ origins: [p] }), PATTERN);
  await expect.poll(() => registered(worker)).toEqual([SCRIPT_ID]);

  // Lose the registration behind the extension's back (a browser that did not persist it), then restart the worker.
  await options.evaluate(() => chrome.scripting.unregisterContentScripts());
  expect(await options.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Any message wakes it; its start-up reconciles the registrations with the grants.
  await options.evaluate(() => chrome.runtime.sendMessage({ sw: 1, type: 'site.status', payload: { tabId: 0, url: 'about:blank' } }));
  await expect
    .poll(() => options.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s: { id: string }[]) => s.map((x) => x.id))))
    .toEqual([SCRIPT_ID]);
});
