/**
 * Moderating comments on a real WordPress 6.5 (edit-comments.php, the "All" view): Approve and Spam from a row's
 * actions are logged as comment.approved / comment.spammed, and the moderation tip follows the comments that still
 * wait: it counts as followed, moves to the next pending comment, and goes once none waits.
 *
 * The row actions are used from the keyboard (focus the action, Enter), as wp-admin makes them reachable: they
 * show on focus as on hover, and the tip card cannot stand in the way of a key press the way it can of a click.
 */
import type { Locator, Page } from '@playwright/test';
import { instance } from './instances';
import { expect, gapBetween, logged, logIn, test, tipCard, turnOnFromPopup } from './support';

/** The rows still waiting, as the learner sees them. */
const pendingRows = (page: Page): Locator => page.locator('#the-comment-list tr.comment.unapproved:visible');

/** Activates a row action ("approve", "spam") from the keyboard. */
async function rowAction(page: Page, commentId: number, action: 'approve' | 'spam'): Promise<void> {
  const link = page.locator(`#comment-${commentId} .row-actions .${action} a`);
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
}

async function expectTipAtPendingRow(page: Page, tip: Locator): Promise<void> {
  await expect(tip).toBeVisible();
  const first = pendingRows(page).first();
  // Anchored to a comment that waits: right next to (or over) its row.
  await expect.poll(async () => gapBetween((await tip.boundingBox())!, (await first.boundingBox())!)).toBeLessThan(24);
}

test('comments on WordPress 6.5: approve and spam are logged; the moderation tip follows what still waits', async ({ context, extensionId, debugPort }) => {
  const wp = instance('6.5');
  const { pendingCommentId, thanksCommentId, spamCommentId } = wp.seed;
  const page = await context.newPage();
  await logIn(page, wp, '/wp-admin/edit-comments.php');
  await turnOnFromPopup(context, extensionId, debugPort, page);
  await page.reload();

  await expect(pendingRows(page)).toHaveCount(3);
  const moderate = tipCard(page, 'wp.comments.moderate');
  await expectTipAtPendingRow(page, moderate);
  await page.screenshot({ path: test.info().outputPath('moderation-tip-wp-6.5.png') });

  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.bringToFront();

  // Approve the thank-you: its row stays and loses .unapproved.
  await rowAction(page, thanksCommentId, 'approve');
  await expect(page.locator(`#comment-${thanksCommentId}`)).not.toHaveClass(/\bunapproved\b/);
  await expect.poll(async () => (await logged(reader, ['comment.approved'])).map((a) => a.key)).toEqual([`comment.approved:${new URL(wp.url).host}:${thanksCommentId}`]);

  // Mark the advert as spam: wp-admin hides its row and shows an undo line.
  await rowAction(page, spamCommentId, 'spam');
  await expect(page.locator(`#undo-${spamCommentId}`)).toBeVisible();
  await expect(page.locator(`#comment-${spamCommentId}`)).toBeHidden();
  await expect.poll(async () => (await logged(reader, ['comment.spammed'])).map((a) => a.key)).toEqual([`comment.spammed:${new URL(wp.url).host}:${spamCommentId}`]);
  const [spammed] = await logged(reader, ['comment.spammed']);
  expect(spammed).toMatchObject({ site: { kind: 'wordpress' }, skills: ['comments'] });

  // One comment still waits (the question): the tip is there, at its row, and was followed.
  await expect(pendingRows(page)).toHaveCount(1);
  await expectTipAtPendingRow(page, moderate);
  await expect(pendingRows(page).first()).toHaveAttribute('id', `comment-${pendingCommentId}`);
  await expect.poll(async () => (await logged(reader, ['tip.followed'])).map((a) => a.ref)).toContain('wp.comments.moderate');

  // Approve the last one: nothing waits, nothing to say.
  await rowAction(page, pendingCommentId, 'approve');
  await expect(pendingRows(page)).toHaveCount(0);
  await expect(moderate).toHaveCount(0);
  await expect.poll(async () => (await logged(reader, ['comment.approved'])).length).toBe(2);
});
