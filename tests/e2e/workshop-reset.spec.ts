/**
 * The workshop keeps its own log. Sandbox actions never reach the learner's real practice log, and "Reset
 * workshop" empties the workshop log and lesson progress while the real log stays exactly as it was.
 */
import { expect, test } from './fixtures';
import { sendFromPage } from './support/workshop';

interface Stats {
  total: number;
}

test('reset clears the workshop log and lesson progress, and leaves the real log untouched', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html#comments');

  // Something the learner really did, in their own log.
  const real = {
    id: crypto.randomUUID(),
    key: `post.published:real:${Date.now()}`,
    time: Date.now(),
    site: { kind: 'wordpress', host: 'blog.example.gov.uk' },
    context: 'wp.block-editor',
    type: 'post.published',
    skills: ['publishing'],
    metrics: { wordCount: 250 },
  };
  await sendFromPage(page, 'log.record', { action: real });
  const before = await sendFromPage<Stats>(page, 'log.stats', {});
  expect(before.total).toBeGreaterThanOrEqual(1);
  console.log(`real log before: ${before.total}`);

  // Practise in the sandbox: a lesson step and the actions behind it.
  // Wait until the page has settled (the log count drawn, which can move the layout) and the lesson has started
  // before acting in the sandbox, as a trainer would see it.
  await expect(page.locator('[data-sw="workshop-count"]')).toHaveText(/Workshop log: \d+ action/);
  await page.locator('.sb-lesson-choice[data-lesson="reply-to-a-comment"]').click();
  await expect(page.locator('.sb-checklist [data-step="approve"]')).toHaveAttribute('data-done', 'false');
  await page.locator('[data-comment-id="11"]').getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.sb-checklist [data-step="approve"]')).toHaveAttribute('data-done', 'true');
  await page.locator('[data-comment-id="12"]').getByRole('button', { name: 'Spam' }).click();
  await expect.poll(async () => (await sendFromPage<Stats>(page, 'log.stats', { db: 'workshop' })).total).toBeGreaterThanOrEqual(4);
  await expect(page.locator('[data-sw="workshop-count"]')).not.toHaveText('Workshop log: 0 actions');

  // None of it went to the real log.
  expect((await sendFromPage<Stats>(page, 'log.stats', {})).total).toBe(before.total);
  const sandboxInReal = await sendFromPage<{ total: number }>(page, 'log.query', { filter: { sites: ['sandbox'] } });
  expect(sandboxInReal.total).toBe(0);

  await page.getByRole('button', { name: 'Reset workshop' }).click();
  await expect(page.getByRole('group', { name: 'Confirm reset' })).toContainText('Your own practice log is not touched.');
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Yes, reset' }).click();

  await expect(page.locator('.sb-lesson-choice')).toHaveCount(4);
  // Nothing from before the reset is left. (The fresh sandbox may log again at once: the tutor showing the
  // moderation tip on the comments screen is a new tip.shown.)
  const left = await sendFromPage<{ entries: { type: string; time: number }[] }>(page, 'log.query', { filter: {}, db: 'workshop' });
  expect(left.entries.filter((e) => e.type !== 'tip.shown' || e.time < clickedAt)).toEqual([]);
  expect(left.entries.map((e) => e.type)).not.toContain('lesson.step-completed');
  // Lesson progress is gone, and the sample comments are back for the next group.
  await expect(page.locator('.sb-lesson-choice')).toHaveCount(4);
  await expect(page.locator('[data-comment-id="11"]')).toHaveAttribute('data-status', 'pending');
  await expect(page.locator('[data-comment-id="12"]')).toHaveAttribute('data-status', 'pending');

  const after = await sendFromPage<Stats>(page, 'log.stats', {});
  console.log(`real log after reset: ${after.total}`);
  expect(after.total).toBe(before.total);
  const still = await sendFromPage<{ entries: { id: string }[] }>(page, 'log.query', { filter: {} });
  expect(still.entries.map((e) => e.id)).toContain(real.id);

  // A reload does not bring the old lesson back.
  await page.reload();
  await expect(page.locator('.sb-lesson-choice')).toHaveCount(4);
});

test('cancelling the reset keeps everything', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=reply-to-a-comment#comments');
  await page.locator('[data-comment-id="11"]').getByRole('button', { name: 'Approve' }).click();
  await expect(page.locator('.sb-checklist [data-step="approve"]')).toHaveAttribute('data-done', 'true');
  await page.getByRole('button', { name: 'Reset workshop' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Reset workshop' })).toBeFocused();
  await expect(page.locator('.sb-checklist [data-step="approve"]')).toHaveAttribute('data-done', 'true');
  expect((await sendFromPage<Stats>(page, 'log.stats', { db: 'workshop' })).total).toBeGreaterThan(0);
});
