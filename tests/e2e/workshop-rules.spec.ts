/**
 * "The same rules fire": the sandbox's screens run the rules written for the screens they stand for (post editor
 * → WordPress block editor, composer → Mastodon, comments → wp-admin comments), through the real tutor, and
 * fixing the problem takes the tip away. The coach panel lists every tip that applies now.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expect, test } from './fixtures';

const TITLES = new Map<string, string>(
  ['generic', 'wordpress'].flatMap((f) =>
    (JSON.parse(readFileSync(join(ROOT, `lib/tips/packs/en/${f}.json`), 'utf8')) as { tips: { id: string; title: string }[] }).tips.map(
      (t) => [t.id, t.title] as const,
    ),
  ),
);
const title = (id: string) => {
  const t = TITLES.get(id);
  if (!t) throw new Error(`no tip ${id} in the built-in packs`);
  return t;
};

/** The titles of the tips the coach panel lists now ('' when no tip applies: the coach button is then gone). */
async function tipsNow(page: Page): Promise<string> {
  const panel = page.locator('social-web-tutor .sw-coach');
  const launcher = page.locator('social-web-tutor .sw-launcher');
  if (!(await panel.isVisible())) {
    if (!(await launcher.isVisible())) return '';
    // The tutor may re-run between the look and the click and take the button away (no tips left): ask again.
    if (!(await launcher.click({ timeout: 1000 }).then(() => true, () => false))) return tipsNow(page);
  }
  await expect(panel).toBeVisible();
  return (await panel.locator('.sw-coach__tips').textContent().catch(() => '')) ?? '';
}
async function closeCoach(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('social-web-tutor .sw-coach')).toHaveCount(0);
}

test('post editor: WordPress and generic rules fire, and fixing the post takes them away', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html#editor');
  await page.getByRole('textbox', { name: 'Paragraph block' }).click();
  await page.keyboard.type(
    'We are pleased to announce that following extensive consultation with residents and local businesses the council has decided to extend the opening hours of the central library on weekdays and Saturdays from next month.',
  );
  await expect(page.locator('social-web-tutor [data-tip]').first()).toBeVisible();
  let tips = await tipsNow(page);
  expect(tips).toContain(title('wp.title.missing'));
  expect(tips).toContain(title('plain-english.long-sentence'));
  expect(tips).toContain(title('wp.category.uncategorized'));
  await closeCoach(page);

  await page.getByRole('textbox', { name: 'Add title' }).fill('Library opens longer from May');
  await page.getByRole('checkbox', { name: 'News' }).check();
  await page.getByRole('textbox', { name: 'Paragraph block' }).fill('The central library will open for longer from May. It will open later on weekdays and on Saturdays.');
  await expect.poll(() => tipsNow(page)).not.toContain(title('plain-english.long-sentence'));
  tips = await tipsNow(page);
  expect(tips).not.toContain(title('wp.title.missing'));
  expect(tips).not.toContain(title('wp.category.uncategorized'));
  await closeCoach(page);

  await page.locator('.editor-post-publish-button').click();
  await expect(page.locator(`social-web-tutor [data-tip="wp.pre-publish.check"]`)).toBeVisible();
});

test('social composer: the Mastodon rules fire (hashtags, links) and go when fixed', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html#social');
  await page.getByRole('textbox', { name: 'What’s on your mind?' }).click();
  await page.keyboard.type('Have your say on cycle lanes https://northbridge.example/cycle https://northbridge.example/map #haveyoursay #cycling #council');
  await expect(page.locator('social-web-tutor [data-tip]').first()).toBeVisible();
  const tips = await tipsNow(page);
  expect(tips).toContain(title('hashtags.too-many'));
  expect(tips).toContain(title('hashtags.camel-case'));
  expect(tips).toContain(title('links.one-per-post'));
  await closeCoach(page);
  await page.getByRole('textbox', { name: 'What’s on your mind?' }).fill('Have your say on cycle lanes: https://northbridge.example/cycle #HaveYourSay');
  // The fixed post breaks no rule at all: no card, and no coach button (it shows only when tips apply).
  await expect(page.locator('social-web-tutor [data-tip]')).toHaveCount(0);
  await expect(page.locator('social-web-tutor .sw-launcher')).toBeHidden();
});

test('comments: the moderation tip points at the pending comment', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html#comments');
  await expect(page.locator('social-web-tutor [data-tip="wp.comments.moderate"]')).toBeVisible();
  const tips = await tipsNow(page);
  expect(tips).toContain(title('wp.comments.moderate'));
});
