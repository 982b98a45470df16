import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';

test('the built extension loads: service worker running, manifest minimal', async ({ worker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  // Runs in the service worker, where the `chrome` global exists (typed loosely: no @types/chrome here).
  const manifest = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; name: string; permissions?: string[] } } } }).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  // No broad host access at install: only fixed sites; everything else is optional, per origin.
  const hosts: string[] = (manifest as { host_permissions?: string[] }).host_permissions ?? [];
  expect(hosts).not.toContain('<all_urls>');
  for (const h of hosts) expect(h).not.toMatch(/^(\*|https?):\/\/\*\//);
  expect(manifest.permissions).toContain('storage');
  // The name comes from _locales (the browser resolves __MSG_extName__).
  expect(manifest.name).toBe('Social Web Tutor');
  const shipped = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
  expect(shipped.extName.message).toBe('Social Web Tutor');
});

test('every extension page renders with the design tokens', async ({ extensionPage }) => {
  for (const path of ['popup.html', 'options.html', 'dashboard.html', 'workshop.html']) {
    const page = await extensionPage(path);
    await expect(page.locator('h1').first()).toBeVisible();
    const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sw-brand').trim());
    expect(brand).not.toBe('');
    await page.close();
  }
});
