/**
 * The options page in English and Welsh: no axe violations as it first opens, with a date error showing, with an
 * imported pack's errors listed, and with the "delete everything" confirmation open (light mode); full-page
 * screenshots for people to look at in test-results/popup-options/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, test } from './fixtures';

// Looked at by people, not compared. SWT_SHOTS moves them (test-results/ is emptied by every Playwright run).
const SHOTS = process.env.SWT_SHOTS ?? join(ROOT, 'test-results/popup-options');
mkdirSync(SHOTS, { recursive: true });

declare const chrome: any;

async function axeClean(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const TEXT = {
  en: { title: 'Settings', save: 'Save dates', start: 'Start date', end: 'End date', import: 'Import a tip pack (JSON file)', del: 'Delete everything', cancel: 'Cancel', dates: 'Set from 25 March 2027 to 6 May 2027.' },
  cy: { title: 'Gosodiadau', save: 'Cadw’r dyddiadau', start: 'Dyddiad dechrau', end: 'Dyddiad gorffen', import: 'Mewnforio pecyn awgrymiadau (ffeil JSON)', del: 'Dileu popeth', cancel: 'Canslo', dates: 'Wedi’i osod o 25 Mawrth 2027 i 6 Mai 2027.' },
} as const;

for (const locale of ['en', 'cy'] as const) {
  test(`options (${locale}): no axe violations, including errors and the confirmation dialog`, async ({ worker, extensionPage }) => {
    const w = TEXT[locale];
    await worker.evaluate(
      (l) =>
        chrome.storage.local.set({
          locale: l,
          profile: { learnerId: 'l-1', displayName: 'Siân', mentorName: 'Gareth', role: 'learner' },
          preElection: { start: '2027-03-25', end: '2027-05-06' },
        }),
      locale,
    );
    const page = await extensionPage('options.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'cy' ? 'cy' : 'en-GB');
    await expect(page.getByRole('region').first()).toBeVisible();
    // Dates in the page's language (Chromium has no Welsh date data of its own).
    await expect(page.getByText(w.dates)).toBeVisible();
    await axeClean(page, `${locale} first view`);
    await page.screenshot({ path: join(SHOTS, `options-${locale}.png`), fullPage: true });

    // A date error on the field it is about.
    await page.getByLabel(w.end).fill('2027-03-01');
    await page.getByRole('button', { name: w.save }).click();
    await expect(page.getByLabel(w.end)).toHaveAttribute('aria-invalid', 'true');
    // A pack with problems, each naming its field.
    await page.getByLabel(w.import).setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'social-web-tutor.tip-pack', version: 2, id: 'Bad Id', name: '', locale: 'en', tips: [{}] })),
    });
    await expect(page.getByRole('alert')).toContainText('version');
    await axeClean(page, `${locale} with errors`);
    await page.locator('#election').screenshot({ path: join(SHOTS, `options-election-error-${locale}.png`) });
    await page.locator('#packs').screenshot({ path: join(SHOTS, `options-pack-errors-${locale}.png`) });

    // The confirmation: a modal dialog, Cancel focused first, Escape closes it.
    await page.getByRole('button', { name: w.del }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: w.cancel })).toBeFocused();
    await axeClean(page, `${locale} dialog`);
    await page.screenshot({ path: join(SHOTS, `options-dialog-${locale}.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: w.del })).toBeFocused();
  });
}

test('options: "delete everything" empties the practice log after the confirmation', async ({ extensionPage }) => {
  const page = await extensionPage('options.html');
  const stats = () => page.evaluate(() => chrome.runtime.sendMessage({ sw: 1, type: 'log.stats', payload: {} }).then((r: any) => r.value.total));
  await page.evaluate(() =>
    chrome.runtime.sendMessage({
      sw: 1,
      type: 'log.record',
      payload: {
        action: {
          id: crypto.randomUUID(),
          key: 'e2e-delete-everything',
          time: Date.now(),
          site: { kind: 'x', host: 'x.com' },
          context: 'x.compose',
          type: 'social.posted',
          skills: ['alt-text'],
          metrics: {},
        },
      },
    }),
  );
  expect(await stats()).toBe(1);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything was deleted.')).toBeVisible();
  expect(await stats()).toBe(0);
});
