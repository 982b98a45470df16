/**
 * The mentor round trip, across two browser profiles with the real built extension:
 * a learner's log → exported .practice.json → imported by a mentor in a fresh profile (file picker, and a bad file
 * by drag-and-drop) → totals, chart data and filters checked → a comment and a note → exported .feedback.json →
 * imported by the learner → seen next to the entry, and the popup's "new feedback" flag set.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { generateActions } from './dashboard-data';
import { SHOTS, record } from './dashboard-support';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any> };
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, any>> } };
};

const END = new Date(2026, 10, 27, 16, 0).getTime();

async function setProfile(page: Page, displayName: string, role: string) {
  await page.evaluate(
    ([name, r]) => chrome.storage.local.set({ profile: { learnerId: '', displayName: name, mentorName: '', role: r } }),
    [displayName, role] as const,
  );
}

async function dashboard(context: BrowserContext, hash: string): Promise<Page> {
  const id = new URL((await serviceWorkerOf(context)).url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html${hash}`);
  return page;
}

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('learner → mentor → learner: practice file, review, feedback file', async ({ context }, testInfo) => {
  test.setTimeout(180_000);
  const dir = testInfo.outputDir;

  // ── Learner: a log of 300 actions over ten weeks, exported from the dashboard ──
  const learner = await dashboard(context, '#mine');
  await setProfile(learner, 'Alex Learner', 'learner');
  const actions = generateActions({ count: 300, end: END, days: 70, seed: 11 });
  expect(await record(learner, actions)).toBe(300);
  await learner.reload();
  await expect(learner.locator('.sw-summary__item[data-key="total"] dd')).toHaveText('300');
  const download = learner.waitForEvent('download');
  await learner.getByRole('button', { name: /Practice file/ }).click();
  const practiceFile = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(practiceFile);
  expect(practiceFile).toMatch(/alex-learner.*\.practice\.json$/);
  const learnerId: string = JSON.parse(readFileSync(practiceFile, 'utf8')).learner.id;

  // ── Mentor: a fresh profile ──
  const mentorRun = await launchWithExtension();
  try {
    const mentor = await dashboard(mentorRun.context, '#mentor');
    await setProfile(mentor, 'Sam Mentor', 'mentor');
    await mentor.reload();
    await expect(mentor.getByText('No learners yet')).toBeVisible();
    await noAxeViolations(mentor);

    // A tampered copy, dropped on the zone: refused with a plain message, nothing imported.
    const tampered = readFileSync(practiceFile, 'utf8').replace('"post.published"', '"post.scheduled"');
    await mentor.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'tampered.practice.json', { type: 'application/json' }));
      const zone = document.querySelector('.sw-drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, tampered);
    await expect(mentor.locator('[data-file="tampered.practice.json"] [role="alert"]')).toContainText(/tampered\.practice\.json was not imported: .*checksum/);
    await expect(mentor.getByText('No learners yet')).toBeVisible();

    // The real file, through the file picker.
    await mentor.setInputFiles('#sw-import-files', practiceFile);
    await expect(mentor.locator('[data-state="ok"]')).toContainText('added 300 actions for Alex Learner');
    const row = mentor.locator(`tr[data-learner="${learnerId}"]`);
    await expect(row.locator('td[data-total]')).toHaveText('300');
    await expect(row).toContainText('27 Nov 2026');
    await mentor.screenshot({ path: join(SHOTS, 'mentor-learners.png'), fullPage: true });

    // Re-importing the same file adds nothing.
    await mentor.setInputFiles('#sw-import-files', practiceFile);
    await expect(mentor.locator('[data-state="ok"]')).toContainText('nothing new for Alex Learner');

    // The mentor's own log is untouched: imported learners live in the separate mentor database.
    const own = await mentor.evaluate(() => chrome.runtime.sendMessage({ sw: 1, type: 'log.stats', payload: {} }));
    expect(own.value.total).toBe(0);

    // ── The learner's page ──
    await mentor.getByRole('button', { name: 'Open Alex Learner' }).click();
    await expect(mentor.getByRole('heading', { name: 'Practice of Alex Learner' })).toBeFocused();
    await expect(mentor.locator('.sw-summary__item[data-key="total"] dd')).toHaveText('300');
    await expect(mentor.locator('.sw-charts')).toHaveAttribute('data-busy', 'false');
    const practice = actions.filter((a) => a.type !== 'tip.shown' && a.type !== 'tip.dismissed');
    const chartCells = await mentor.locator('.sw-chart td[data-skill]').allTextContents();
    expect(chartCells.reduce((n, c) => n + Number(c), 0)).toBe(practice.reduce((n, a) => n + a.skills.length, 0));
    const calendar = await mentor.locator('.sw-calendar__day').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.count)));
    expect(calendar.reduce((a, b) => a + b, 0)).toBe(practice.length);
    const dismissed = actions.filter((a) => a.type === 'tip.dismissed');
    const tipCounts = await mentor.locator('.sw-tips__count').allTextContents();
    expect(tipCounts.length).toBeGreaterThan(0);
    expect(dismissed.length).toBeGreaterThan(0);

    // Filters: action type, then a date range; the count, the chart table and the calendar follow.
    await mentor.selectOption('#f-mentor-type', 'image.alt-added');
    const alt = actions.filter((a) => a.type === 'image.alt-added');
    await expect(mentor.locator('.sw-filters__count')).toHaveText(`Showing ${alt.length} actions.`);
    await expect(mentor.locator('.sw-row__type').first()).toHaveText('Added alt text to an image');
    await expect.poll(async () => (await mentor.locator('.sw-chart td[data-skill]').allTextContents()).reduce((n, c) => n + Number(c), 0)).toBe(alt.length);
    await mentor.fill('#f-mentor-from', '2026-11-01');
    await mentor.fill('#f-mentor-to', '2026-11-15');
    const from = new Date(2026, 10, 1).getTime();
    const to = new Date(2026, 10, 16).getTime();
    const altNov = alt.filter((a) => a.time >= from && a.time < to);
    await expect(mentor.locator('.sw-filters__count')).toHaveText(`Showing ${altNov.length} actions.`);
    await expect.poll(async () => {
      const counts = await mentor.locator('.sw-calendar__day').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.count)));
      return counts.reduce((a, b) => a + b, 0);
    }).toBe(altNov.length);
    await mentor.screenshot({ path: join(SHOTS, 'mentor-learner-filtered.png'), fullPage: true });
    await mentor.getByRole('button', { name: 'Clear filters' }).click();
    await expect(mentor.locator('.sw-filters__count')).toHaveText('Showing 300 actions.');

    // ── Feedback: a comment on the newest entry and an overall note ──
    const newest = [...actions].sort((a, b) => b.time - a.time)[0]!;
    await mentor.locator(`.sw-row__button[data-entry="${newest.id}"]`).click();
    await mentor.getByLabel('Your comment for the learner').fill('Good work: this one reads clearly.');
    await mentor.getByRole('button', { name: 'Save comment' }).click();
    await expect(mentor.getByText('Comment saved.')).toBeVisible();
    await expect(mentor.locator(`.sw-row__button[data-entry="${newest.id}"]`)).toContainText('Your comment');
    await mentor.getByLabel('Overall note').fill('A strong month. Next: shorter sentences in posts.');
    await mentor.getByRole('button', { name: 'Save note' }).click();
    await expect(mentor.getByTestId('draft-count')).toHaveText('1 comment on an action.');
    await noAxeViolations(mentor);
    await mentor.screenshot({ path: join(SHOTS, 'mentor-learner.png'), fullPage: true });

    const fbDownload = mentor.waitForEvent('download');
    await mentor.getByRole('button', { name: 'Export feedback file' }).click();
    const feedbackFile = join(dir, (await fbDownload).suggestedFilename());
    await (await fbDownload).saveAs(feedbackFile);
    expect(feedbackFile).toMatch(/feedback-for-alex-learner-.*\.feedback\.json$/);
    const fb = JSON.parse(readFileSync(feedbackFile, 'utf8'));
    expect(fb).toMatchObject({ format: 'social-web-tutor.feedback', mentor: { name: 'Sam Mentor' }, learner: { id: learnerId, name: 'Alex Learner' } });
    expect(fb.comments).toEqual([{ entryId: newest.id, text: 'Good work: this one reads clearly.', at: expect.any(Number) }]);

    // ── Back to the learner: import the feedback ──
    await learner.reload();
    await expect(learner.getByText('No feedback yet')).toBeVisible();
    // A feedback file someone edited is refused, and nothing is stored.
    const edited = join(dir, 'edited.feedback.json');
    writeFileSync(edited, readFileSync(feedbackFile, 'utf8').replace('A strong month', 'A weak month'));
    await learner.setInputFiles('#sw-feedback-file', edited);
    await expect(learner.locator('.sw-feedback [role="alert"]')).toContainText('checksum does not match');
    await learner.setInputFiles('#sw-feedback-file', feedbackFile);
    await expect(learner.locator('.sw-feedback [role="status"]')).toContainText('Imported 2 new comments from Sam Mentor');
    await expect(learner.getByTestId('feedback-new')).toContainText('New feedback from your mentor');
    await expect(learner.locator('.sw-note')).toContainText('A strong month. Next: shorter sentences in posts.');
    const flagged = learner.locator(`.sw-row__button[data-entry="${newest.id}"]`);
    await expect(flagged).toContainText('1 comment from your mentor');
    await flagged.click();
    await expect(learner.locator('.sw-comment')).toContainText('Good work: this one reads clearly.');
    await expect(learner.locator('.sw-comment')).toContainText('Sam Mentor');
    expect((await learner.evaluate(() => chrome.storage.local.get('feedbackUnread'))).feedbackUnread).toBe(1);
    await noAxeViolations(learner);
    await learner.screenshot({ path: join(SHOTS, 'mine-feedback.png'), fullPage: true });

    // The popup tells the learner until they mark it read.
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByText('New feedback from your mentor')).toBeVisible();
    await learner.getByRole('button', { name: 'Mark as read' }).click();
    await expect(learner.getByTestId('feedback-new')).toHaveCount(0);
    await expect(popup.getByText('New feedback from your mentor')).toHaveCount(0);
    expect((await learner.evaluate(() => chrome.storage.local.get('feedbackUnread'))).feedbackUnread).toBe(0);
  } finally {
    await mentorRun.context.close();
    rmSync(mentorRun.dir, { recursive: true, force: true });
  }
});
