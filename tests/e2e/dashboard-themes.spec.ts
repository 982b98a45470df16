/**
 * The dashboard in dark mode and in forced colours (Windows High Contrast), on both views: no axe violations in
 * dark mode (contrast included), and screenshots to look at. Colour is never the only signal: the chart's series
 * differ by dash pattern and the calendar's levels by the size of their square.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { generateActions } from './dashboard-data';
import { SHOTS, record } from './dashboard-support';

const END = new Date(2026, 10, 27, 16, 0).getTime();

test('dark mode and forced colours: readable, no axe violations', async ({ extensionPage }) => {
  test.setTimeout(120_000);
  const page = await extensionPage('dashboard.html#mine');
  expect(await record(page, generateActions({ count: 150, end: END, days: 40, seed: 2 }))).toBe(150);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('.sw-charts')).toHaveAttribute('data-busy', 'false');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(19, 26, 27)');
  await page.locator('.sw-row__button').first().click();
  await page.screenshot({ path: join(SHOTS, 'mine-dark.png'), fullPage: true });
  const dark = await new AxeBuilder({ page }).analyze();
  expect(dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto(page.url().replace(/#.*$/, '#mentor'));
  await expect(page.getByText('No learners yet')).toBeVisible();
  const mentorDark = await new AxeBuilder({ page }).analyze();
  expect(mentorDark.violations.map((v) => v.id)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await page.goto(page.url().replace(/#.*$/, '#mine'));
  await expect(page.locator('.sw-charts')).toHaveAttribute('data-busy', 'false');
  // In forced colours the calendar's squares are drawn in the system text colour, sized by level.
  const sizes = await page.locator('.sw-calendar__day[data-level="4"]').first().evaluate((td) => {
    const s = getComputedStyle(td, '::before');
    return { width: s.width, forced: s.forcedColorAdjust };
  });
  expect(sizes.forced).toBe('none');
  await page.screenshot({ path: join(SHOTS, 'mine-forced-colours.png'), fullPage: true });
});
