/**
 * @axe-core/playwright on the workshop's views: every sandbox screen in its interesting states (image inserted,
 * pre-publish checks, the alt-text dialog, a reply open), a lesson in progress and finished, and presenter mode on
 * each kind of slide. The tutor's tips are on the page too, so they are checked in place.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function noViolations(page: Page, view: string) {
  // Let the tutor's overlay settle (it renders on animation frames).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${view}`).toEqual([]);
}

test('sandbox views have no axe violations', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html#editor');
  await expect(page.locator('.sb-lesson-choice')).toHaveCount(4);
  await noViolations(page, 'post editor, empty');

  await page.locator('.sb-lesson-choice[data-lesson="describe-an-image"]').click();
  await page.getByRole('textbox', { name: 'Add title' }).click();
  await page.keyboard.type('Volunteers plant trees');
  await page.locator('.sb-editor__inserter-toggle').click();
  await noViolations(page, 'post editor, block inserter open');
  await page.locator('#sb-inserter').getByRole('button', { name: 'Image' }).click();
  await noViolations(page, 'post editor, image placeholder');
  await page.locator('.sb-media__item[data-image="park"]').click();
  await expect(page.locator('social-web-tutor [data-tip="alt-text.missing"]')).toBeVisible();
  await noViolations(page, 'post editor, image without alt and its tip');
  await page.locator('.editor-post-publish-button').click();
  await noViolations(page, 'post editor, pre-publish checks');
  await page.locator('.editor-post-publish-panel__confirm').click();
  await expect(page.locator('[data-near-miss="publish"]')).toBeVisible();
  await noViolations(page, 'lesson with a near-miss hint');

  await page.getByRole('link', { name: 'Social composer' }).click();
  await page.getByRole('button', { name: 'Add image' }).click();
  await noViolations(page, 'social composer, image picker');
  await page.locator('.sb-media__item[data-image="poster"]').click();
  await page.getByRole('button', { name: /Add image description/ }).click();
  await expect(page.getByRole('dialog', { name: 'Add a description' })).toBeVisible();
  await noViolations(page, 'social composer, alt-text dialog');
  await page.getByRole('textbox', { name: /Describe this/ }).fill('Poster: have your say on cycle lanes. Closes 30 June.');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('textbox', { name: 'What’s on your mind?' }).fill('Have your say #HaveYourSay');
  await page.locator('.compose-form__submit button').click();
  await expect(page.locator('.notification-bar')).toHaveText('Post published.');
  await noViolations(page, 'social composer, posted');

  await page.getByRole('link', { name: 'Comments' }).click();
  await page.locator('[data-comment-id="11"]').getByRole('button', { name: 'Reply' }).click();
  await noViolations(page, 'comments, reply open');
  await page.locator('[data-comment-id="12"]').getByRole('button', { name: 'Spam' }).click();
  await noViolations(page, 'comments, one marked as spam');
});

test('a finished lesson and the session-files panel have no axe violations', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=reply-to-a-comment#comments');
  const maria = page.locator('[data-comment-id="11"]');
  await maria.getByRole('button', { name: 'Approve' }).click();
  await maria.getByRole('button', { name: 'Reply' }).click();
  await page.locator('#replycontent').fill('Thank you, Maria. The consultation closes on 30 June. Read more on our website.');
  await page.locator('#replyrow').getByRole('button', { name: 'Reply' }).click();
  await page.locator('[data-comment-id="12"]').getByRole('button', { name: 'Spam' }).click();
  await expect(page.locator('[data-summary="reply-to-a-comment"]')).toBeVisible();
  await page.locator('input[data-sw="session-file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(page.locator('.sb-file-errors')).toBeVisible();
  await page.getByRole('button', { name: 'Reset workshop' }).click();
  await noViolations(page, 'lesson summary, file error, reset confirmation');
});

test('presenter mode has no axe violations on any kind of slide', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?presenter=1#editor');
  await expect(page.getByRole('heading', { name: 'Choose a lesson' })).toBeVisible();
  await noViolations(page, 'presenter, choose a lesson');
  await page.locator('.sb-presenter').getByRole('button', { name: 'Describe an image' }).click();
  await noViolations(page, 'presenter, introduction');
  await page.keyboard.press('ArrowRight');
  await page.locator('.sb-editor__inserter-toggle').click();
  await page.locator('#sb-inserter').getByRole('button', { name: 'Image' }).click();
  await page.locator('.sb-media__item[data-image="park"]').click();
  await expect(page.locator('.sb-presenter__status')).toHaveText('✓ Done');
  await expect(page.locator('.sb-spotlight')).toHaveAttribute('data-anchor', 'imageAltField');
  await noViolations(page, 'presenter, a done step with the spotlight and a tip');
  await page.locator('.sb-presenter').getByRole('button', { name: 'Next' }).click();
  await noViolations(page, 'presenter, a step to do');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.sb-presenter')).toHaveAttribute('data-slide', '4');
  await noViolations(page, 'presenter, summary');
});
