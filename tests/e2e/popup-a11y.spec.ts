/**
 * The real toolbar popup in English and Welsh: no axe violations in each state a learner meets (a site that is off,
 * the same site once turned on, a fixed site, mentor feedback waiting), light mode; screenshots for people to look
 * at in test-results/popup-options/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { ROOT } from './fixtures';
import { expect, openRealPopup, preApproveSite, test } from './support/real-popup';

// Looked at by people, not compared. SWT_SHOTS moves them (test-results/ is emptied by every Playwright run).
const SHOTS = process.env.SWT_SHOTS ?? join(ROOT, 'test-results/popup-options');
mkdirSync(SHOTS, { recursive: true });

declare const chrome: any;

async function axeClean(page: Page, what: string): Promise<void> {
  // Legacy mode runs axe inside the popup itself: the default mode opens a helper page, and a real popup closes
  // as soon as focus leaves it. The popup has no frames, so nothing is missed.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  expect(violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const setLocale = (worker: Worker, locale: string) => worker.evaluate((l) => chrome.storage.local.set({ locale: l }), locale);

for (const [locale, words] of [
  ['en', { off: 'Off for 127.0.0.1.', enable: 'Use Social Web Tutor on this site', on: 'On for 127.0.0.1.', feedback: 'New feedback from your mentor' }],
  ['cy', { off: 'I ffwrdd ar 127.0.0.1.', enable: 'Defnyddio Tiwtor y We Gymdeithasol ar y wefan hon', on: 'Ymlaen ar 127.0.0.1.', feedback: 'Adborth newydd gan eich mentor' }],
] as const) {
  test(`popup (${locale}): off, then on, with feedback waiting — no axe violations`, async ({ context, worker, extensionId, server, debugPort }) => {
    await setLocale(worker, locale);
    await worker.evaluate(() => chrome.storage.local.set({ feedbackUnread: true }));
    const url = `${server.url}/mastodon/compose.html`;
    const site = await context.newPage();
    await site.goto(url);

    // Before the popup opens: opening any other page would take focus from it, and a popup closes then.
    await preApproveSite(context, extensionId, 'http://127.0.0.1/*');
    const off = await openRealPopup(debugPort, extensionId, url);
    await expect(off.page.locator('html')).toHaveAttribute('lang', locale === 'cy' ? 'cy' : 'en-GB');
    await expect(off.page.getByText(words.off)).toBeVisible();
    await expect(off.page.getByRole('heading', { name: words.feedback })).toBeVisible();
    await axeClean(off.page, `${locale} off`);
    await off.page.screenshot({ path: join(SHOTS, `popup-off-${locale}.png`), fullPage: true });

    await off.page.getByRole('button', { name: words.enable }).click();
    await expect(off.page.getByText(words.on)).toBeVisible();
    await off.close();
    await site.reload();
    await expect(site.locator('social-web-tutor')).toHaveCount(1, { timeout: 15_000 });

    const on = await openRealPopup(debugPort, extensionId, url);
    await expect(on.page.getByText(words.on)).toBeVisible();
    await expect(on.page.locator('.sw-popup__recognised')).toBeVisible({ timeout: 15_000 });
    await axeClean(on.page, `${locale} on`);
    await on.page.screenshot({ path: join(SHOTS, `popup-on-${locale}.png`), fullPage: true });
    await on.close();
  });
}
