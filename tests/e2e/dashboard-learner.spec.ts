/**
 * My practice, in the real built extension: a learner's log (sent as log.recordBatch messages from an extension
 * page, like the outbox does), its summary, skills, chart data, calendar, filters, the virtualised timeline,
 * a reflection, and the exports.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { generateActions } from './dashboard-data';
import { SHOTS, record } from './dashboard-support';

const END = new Date(2026, 10, 27, 16, 0).getTime();

test('My practice: summary, skills, chart data, calendar, timeline, reflection, exports — and no axe violations', async ({ extensionPage }) => {
  const page = await extensionPage('dashboard.html#mine');
  const actions = generateActions({ count: 400, end: END, days: 70 });
  expect(await record(page, actions)).toBe(400);
  await page.reload();

  const total = page.locator('.sw-summary__item[data-key="total"] dd');
  await expect(total).toHaveText('400');

  await expect(page.locator('.sw-charts')).toHaveAttribute('data-busy', 'false');
  // Chart data: the table alternative holds the weekly counts; their sum is the practice actions (tips left out).
  const practice = actions.filter((a) => a.type !== 'tip.shown' && a.type !== 'tip.dismissed');
  const skillCount = practice.reduce((n, a) => n + a.skills.length, 0);
  const cells = await page.locator('.sw-chart td[data-skill]').allTextContents();
  expect(cells.reduce((n, c) => n + Number(c.replace(/,/g, '')), 0)).toBe(skillCount);
  await expect(page.locator('.sw-chart__plot canvas').first()).toBeVisible();

  // Calendar: the days' counts add up to the practice actions in its range (the whole log here: 70 days < 26 weeks).
  const counts = await page.locator('.sw-calendar__day').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.count)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(practice.length);

  // Tips dismissed most, with the tip's title from the built-in pack.
  await expect(page.locator('.sw-tips__list li').first()).toContainText(/hashtag/i);

  // Timeline: virtualised — far fewer rows in the DOM than entries.
  const rows = page.locator('.sw-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(40);
  await expect(page.locator('.sw-filters__count')).toHaveText('Showing 400 actions.');

  await page.screenshot({ path: join(SHOTS, 'mine.png'), fullPage: true });

  // Filter by site: the count follows, the rows are all that site.
  await page.selectOption('#f-learner-site', 'mastodon');
  const mastodon = actions.filter((a) => a.site.kind === 'mastodon').length;
  await expect(page.locator('.sw-filters__count')).toHaveText(`Showing ${mastodon} actions.`);
  await expect(page.locator('.sw-row__site').first()).toContainText('Mastodon');
  expect(page.url()).toContain('site=mastodon');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.sw-filters__count')).toHaveText('Showing 400 actions.');

  // Reflection on the newest entry: saved through the background, shown in the row.
  await rows.first().locator('button').click();
  await page.getByLabel('Your reflection').fill('I kept the sentences short this time.');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByText('Reflection saved.')).toBeVisible();
  await expect(rows.first()).toContainText('Reflection');
  await page.reload();
  await rows.first().locator('button').click();
  await expect(page.getByLabel('Your reflection')).toHaveValue('I kept the sentences short this time.');

  // Keyboard: the list is one tab stop; arrows move through the rows.
  await rows.first().locator('button').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.sw-row__button[data-index="2"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('.sw-row__button[data-index="399"]')).toBeFocused();

  // Exports: each button downloads a file with the right name.
  for (const [button, pattern] of [
    [/Practice file/, /\.practice\.json$/],
    [/Spreadsheet/, /\.csv$/],
    [/Learning record/, /\.xapi\.json$/],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(pattern);
    // The practice file is whole (it came through the transfer database as a Blob): every entry and its checksum.
    if (pattern.source.includes('practice')) {
      const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
      expect(saved.entries).toHaveLength(400);
      expect(saved.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  }

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
