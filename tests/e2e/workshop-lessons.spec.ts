/**
 * Every built-in lesson, played in the sandbox of the real built extension the way a learner would: real clicks
 * and typing, no shortcuts into the page's state. A lesson is done when its checklist ticks every step (from
 * actions the sandbox adapter detected) and its summary shows.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson, type Lesson } from '../../lib/lessons/schema';
import { ROOT, expect, test } from './fixtures';
import { sendFromPage } from './support/workshop';

// Read as files (Node's loader wants JSON import attributes that the extension's bundler does not need).
const DIR = join(ROOT, 'lib/lessons/builtin');
function builtinLessons(): Lesson[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const r = parseLesson(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
      if (!r.ok) throw new Error(`${f}: ${r.errors.join('; ')}`);
      return r.lessons[0]!;
    });
}

type Driver = (page: Page) => Promise<void>;

async function addBlock(page: Page, kind: 'Paragraph' | 'Heading' | 'Image') {
  await page.locator('.sb-editor__inserter-toggle').click();
  await page.locator('#sb-inserter').getByRole('button', { name: kind }).click();
}

async function stepDone(page: Page, step: string) {
  await expect(page.locator(`.sb-checklist [data-step="${step}"]`)).toHaveAttribute('data-done', 'true');
}

export const DRIVERS: Record<string, Driver> = {
  async 'your-first-post'(page) {
    await page.getByRole('textbox', { name: 'Add title' }).click();
    await page.keyboard.type('Library opening hours change from May');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      'From 1 May the central library opens at 9am on weekdays. It will stay open until 7pm on Thursdays so that people who work can visit after work.',
    );
    await addBlock(page, 'Heading');
    await page.keyboard.type('Weekend opening');
    await page.keyboard.press('Enter');
    await page.keyboard.type('On Saturdays the library opens from 10am to 4pm. It stays closed on Sundays and bank holidays.');
    await stepDone(page, 'subheading');
    await page.getByRole('tab', { name: 'Post' }).click();
    await page.getByRole('checkbox', { name: 'News' }).check();
    await stepDone(page, 'category');
    await page.locator('.editor-post-publish-button').click();
    await page.locator('.editor-post-publish-panel__confirm').click();
    await stepDone(page, 'publish');
  },

  async 'describe-an-image'(page) {
    await page.getByRole('textbox', { name: 'Add title' }).click();
    await page.keyboard.type('Volunteers plant 30 trees in Riverside Park');
    await addBlock(page, 'Image');
    await page.locator('.sb-media__item[data-image="park"]').click();
    // The tutor's alt-text tip appears next to the alt field: that is step 1.
    await stepDone(page, 'insert-image');
    await page.locator('#sb-alt').click();
    await page.keyboard.type('Volunteers planting a young oak tree by the river in Riverside Park');
    await page.keyboard.press('Tab');
    await stepDone(page, 'write-alt');
    await page.locator('.editor-post-publish-button').click();
    await page.locator('.editor-post-publish-panel__confirm').click();
    await stepDone(page, 'publish');
  },

  async 'reply-to-a-comment'(page) {
    const maria = page.locator('[data-comment-id="11"]');
    await maria.getByRole('button', { name: 'Approve' }).click();
    await stepDone(page, 'approve');
    await maria.getByRole('button', { name: 'Reply' }).click();
    await page.getByRole('textbox', { name: 'Reply to Maria Jones' }).fill('');
    await page.keyboard.type('Thank you for asking, Maria. The consultation closes on 30 June. You can read the plans on our website.');
    await page.locator('#replyrow').getByRole('button', { name: 'Reply' }).click();
    await stepDone(page, 'reply');
    await page.locator('[data-comment-id="12"]').getByRole('button', { name: 'Spam' }).click();
    await stepDone(page, 'spam');
  },

  async 'consultation-post'(page) {
    await page.getByRole('button', { name: 'Add image' }).click();
    await page.locator('.sb-media__item[data-image="poster"]').click();
    await page.getByRole('button', { name: /Add image description/ }).click();
    await page.getByRole('textbox', { name: /Describe this/ }).click();
    await page.keyboard.type('Poster: Have your say on new cycle lanes on Station Road. Closes 30 June.');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await stepDone(page, 'describe-poster');
    await page.getByRole('textbox', { name: 'What’s on your mind?' }).click();
    await page.keyboard.type('We want your views on new cycle lanes on Station Road. Tell us by 30 June: https://northbridge.example/cycle #HaveYourSay #Northbridge');
    await page.locator('.compose-form__submit button').click();
    await stepDone(page, 'post');
  },
};

test('every built-in lesson has a driver here', () => {
  expect(Object.keys(DRIVERS).sort()).toEqual(builtinLessons().map((l) => l.id).sort());
});

for (const lesson of builtinLessons()) {
  test(`lesson "${lesson.title}" runs to completion in the sandbox`, async ({ extensionPage }) => {
    const page = await extensionPage('workshop.html');
    await page.locator(`.sb-lesson-choice[data-lesson="${lesson.id}"]`).click();
    await expect(page.locator('#sb-lesson-title')).toHaveText(lesson.title);
    await DRIVERS[lesson.id]!(page);
    await expect(page.locator(`[data-summary="${lesson.id}"]`)).toBeVisible();
    await expect(page.locator('.sb-lessons')).toHaveAttribute('data-complete', 'true');
    await expect(page.locator('.sb-progress-text')).toHaveText(`${lesson.steps.length} of ${lesson.steps.length} steps done`);
    // Each completed step went to the workshop log as lesson.step-completed, and the lesson as lesson.completed.
    const { entries } = await sendFromPage<{ entries: { type: string; ref: string }[] }>(page, 'log.query', {
      filter: { types: ['lesson.step-completed', 'lesson.completed'] },
      db: 'workshop',
    });
    const logged = entries.map((e) => `${e.type} ${e.ref}`).sort();
    expect(logged).toEqual(
      [...lesson.steps.map((s) => `lesson.step-completed ${lesson.id}/${s.id}`), `lesson.completed ${lesson.id}`].sort(),
    );
  });
}

test('a near miss says why the step did not count, and the fix completes it', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=describe-an-image#editor');
  await addBlock(page, 'Image');
  await page.locator('.sb-media__item[data-image="park"]').click();
  await page.locator('.editor-post-publish-button').click();
  await expect(page.locator('.sb-checks')).toContainText('1 image has no alternative text.');
  await page.locator('.editor-post-publish-panel__confirm').click();
  await expect(page.locator('[data-near-miss="publish"]')).toContainText('still has no description');
  await expect(page.locator('.sb-checklist [data-step="publish"]')).toHaveAttribute('data-done', 'false');
  await page.getByRole('button', { name: 'Switch to draft' }).click();
  await page.locator('.sb-image__select').click();
  await page.locator('#sb-alt').fill('A footbridge over the river in Riverside Park');
  await page.locator('#sb-alt').blur();
  await page.locator('.editor-post-publish-button').click();
  await page.locator('.editor-post-publish-panel__confirm').click();
  await stepDone(page, 'publish');
  await expect(page.locator('[data-near-miss]')).toHaveCount(0);
});

test('lesson progress survives a reload of the tab', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=reply-to-a-comment');
  await page.locator('[data-comment-id="11"]').getByRole('button', { name: 'Approve' }).click();
  await stepDone(page, 'approve');
  await page.goto(page.url().replace(/\?.*$/, '#comments'));
  await expect(page.locator('#sb-lesson-title')).toHaveText('Reply to a comment');
  await stepDone(page, 'approve');
  await expect(page.locator('.sb-progress-text')).toHaveText('1 of 3 steps done');
});
