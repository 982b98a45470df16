/**
 * The printable month report: the right month's actions, laid out for paper. Checked under print media (controls
 * hidden, every entry listed, the chart's table printed) and as a real PDF from Chromium's printer.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { generateActions } from './dashboard-data';
import { SHOTS, record } from './dashboard-support';

const END = new Date(2026, 10, 27, 16, 0).getTime();

test('a learner’s month prints cleanly (print media and PDF)', async ({ extensionPage }) => {
  const page = await extensionPage('dashboard.html#mine');
  const actions = generateActions({ count: 240, end: END, days: 60, seed: 5 });
  expect(await record(page, actions)).toBe(240);
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({
      profile: { learnerId: '', displayName: 'Alex Learner', mentorName: '', role: 'learner' },
    }),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Printable report' }).click();
  await expect(page).toHaveURL(/#mine\?report=\d{4}-\d{2}$/);
  // The month is chosen in the report itself.
  await page.fill('#sw-report-month', '2026-10');
  await expect(page).toHaveURL(/report=2026-10/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Practice report: Alex Learner, October 2026');

  const from = new Date(2026, 9, 1).getTime();
  const to = new Date(2026, 10, 1).getTime();
  const month = actions.filter((a) => a.time >= from && a.time < to && a.type !== 'tip.shown' && a.type !== 'tip.dismissed');
  await expect(page.locator('.sw-report__entries tbody tr')).toHaveCount(month.length);
  await expect(page.locator('.sw-summary__item[data-key="total"] dd')).toHaveText(String(month.length));
  const days = await page.locator('.sw-calendar__day').count();
  expect(days).toBe(31);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  // Controls and the page header are not printed; the chart's numbers are.
  await expect(page.locator('.sw-header')).toBeHidden();
  await expect(page.locator('.sw-report__controls')).toBeHidden();
  await expect(page.locator('.sw-report .sw-chart table')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'report-print.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  writeFileSync(join(SHOTS, 'report.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // A month of ~120 actions: a few pages, not one per row and not one squeezed page.
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(12);
});
