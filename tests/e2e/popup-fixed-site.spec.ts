/**
 * The popup about one of the sites the tutor always knows (x.com, served locally under its real name): always on,
 * no "stop" button, a pause for this site that reaches the open page — and no axe violations, in both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';
import { LONG_SENTENCE, cards, expect, openOverlayPage, test } from './support/overlay';

// Looked at by people, not compared. SWT_SHOTS moves them (test-results/ is emptied by every Playwright run).
const SHOTS = process.env.SWT_SHOTS ?? join(ROOT, 'test-results/popup-options');
mkdirSync(SHOTS, { recursive: true });

declare const chrome: any;

for (const locale of ['en', 'cy'] as const) {
  test(`popup on a fixed site (${locale}): always on, pause on this site reaches the page`, async ({ page, worker, extensionPage }) => {
    await worker.evaluate((l) => chrome.storage.local.set({ locale: l }), locale);
    await openOverlayPage(page);
    await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
    await expect(cards(page)).toHaveCount(1);
    // The popup page in a tab of its own, pointed at the x.com tab (?tab=): the extension may read x.com's address.
    const tabId: number = await worker.evaluate(() => chrome.tabs.query({ url: 'https://x.com/*' }).then((t: { id: number }[]) => t[0]!.id));
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    const en = locale === 'en';
    await expect(popup.getByText(en ? 'Always on for x.com: the tutor knows this site.' : 'Ymlaen bob amser ar x.com: mae’r tiwtor yn adnabod y wefan hon.')).toBeVisible();
    await expect(popup.getByText(en ? 'Recognised: X post composer' : 'Wedi adnabod: Ysgrifennu neges ar X')).toBeVisible();
    await expect(popup.getByRole('button', { name: en ? 'Stop on this site' : 'Stopio ar y wefan hon' })).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page: popup }).include('main').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.locator('main').screenshot({ path: join(SHOTS, `popup-fixed-${locale}.png`) });

    await popup.getByRole('button', { name: en ? 'Pause on this site' : 'Saib ar y wefan hon' }).click();
    await expect(cards(page)).toHaveCount(0);
    await popup.getByRole('button', { name: en ? 'Resume on this site' : 'Ailddechrau ar y wefan hon' }).click();
    await expect(cards(page)).toHaveCount(1);
  });
}
