/**
 * A trainer's own files for the session: a lesson file adds a lesson that runs like a built-in one; a tip pack
 * changes the words of the tips shown in the sandbox; a bad file is refused with errors that name the field path,
 * and changes nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LESSON = {
  format: 'social-web-tutor.lesson',
  version: 1,
  id: 'trainer-news-category',
  title: 'File a post under News',
  locale: 'en',
  intro: 'Our news posts go in the News category, so residents find them on the news page.',
  context: 'sandbox.post-editor',
  skills: ['categories'],
  steps: [
    {
      id: 'news',
      title: 'Tick News',
      instruction: 'Open the Post tab in the sidebar and tick News under Categories.',
      anchor: 'categoriesPanel',
      done: { type: 'category.set' },
    },
  ],
  summary: { title: 'Filed under News', points: ['The News category feeds the news page on our site.'] },
};

const PACK = {
  format: 'social-web-tutor.tip-pack',
  version: 1,
  id: 'northbridge.wording',
  name: 'Northbridge wording',
  locale: 'en',
  tips: [
    {
      id: 'alt-text.missing',
      title: 'Describe this picture for everyone',
      body: 'Say what the picture shows and why it is in the post, in one short sentence.',
      skill: 'alt-text',
      level: 'beginner',
      source: { name: 'Northbridge Council style guide', url: 'https://northbridge.example/style' },
      locale: 'en',
    },
  ],
};

async function load(page: Page, name: string, content: unknown) {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  await page.locator('input[data-sw="session-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a lesson file adds a lesson for the session, which runs to its summary', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html');
  await load(page, 'news.lesson.json', LESSON);
  await expect(page.locator('.sb-file-ok')).toHaveText('Loaded news.lesson.json: File a post under News.');
  const choice = page.locator('.sb-lesson-choice[data-lesson="trainer-news-category"]');
  await expect(choice).toContainText('from file');
  await expect(page.locator('.sb-lesson-choice')).toHaveCount(5);

  await choice.click();
  await page.getByRole('checkbox', { name: 'News' }).check();
  await expect(page.locator('[data-summary="trainer-news-category"]')).toContainText('Filed under News');

  // For the session: still there after a reload of the tab, gone once removed.
  await page.reload();
  await expect(page.locator('.sb-loaded [data-loaded="lessons"]')).toContainText('news.lesson.json');
  await page.getByRole('button', { name: 'Choose another lesson' }).click();
  await page.getByRole('button', { name: 'Remove news.lesson.json' }).click();
  await expect(page.locator('.sb-lesson-choice')).toHaveCount(4);
});

test('bad files are refused with the field path, and change nothing', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html');
  const errors = page.locator('.sb-file-errors');

  const badStep = structuredClone(LESSON) as Record<string, any>;
  badStep.steps[0].done.type = 'post.tweeted';
  badStep.steps[0].anchor = 'sidebar';
  await load(page, 'bad.lesson.json', badStep);
  await expect(errors).toContainText('bad.lesson.json was not loaded.');
  await expect(errors).toContainText('steps[0].anchor: anchor is a named element');
  await expect(errors).toContainText('steps[0].done.type: type is a practice action type');

  const badPack = structuredClone(PACK) as Record<string, any>;
  badPack.tips[0].source.url = 'javascript:alert(1)';
  delete badPack.tips[0].skill;
  await load(page, 'bad.pack.json', badPack);
  await expect(errors).toContainText('bad.pack.json was not loaded.');
  await expect(errors).toContainText('tips[0].skill');
  await expect(errors).toContainText('tips[0].source.url');

  await load(page, 'half.json', JSON.stringify(LESSON).slice(0, 80));
  await expect(errors).toContainText('is not valid JSON');
  await load(page, 'other.json', { hello: 'world' });
  await expect(errors).toContainText('format: must be');

  await expect(page.locator('.sb-loaded')).toHaveCount(0);
  await expect(page.locator('.sb-lesson-choice')).toHaveCount(4);
  await expect(errors).toHaveAttribute('role', 'alert');
});

test('a tip pack rewords the tips shown in the sandbox, as text only', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html#editor');
  const hostile = structuredClone(PACK);
  hostile.tips[0]!.body = 'Say what the picture shows <img src=x onerror="document.title=1">, in one sentence.';
  await load(page, 'wording.pack.json', hostile);
  await expect(page.locator('.sb-file-ok')).toHaveText('Loaded wording.pack.json: 1 tip.');
  await page.locator('.sb-editor__inserter-toggle').click();
  await page.locator('#sb-inserter').getByRole('button', { name: 'Image' }).click();
  await page.locator('.sb-media__item[data-image="park"]').click();
  const card = page.locator('social-web-tutor [data-tip="alt-text.missing"]');
  await expect(card).toContainText('Describe this picture for everyone');
  await expect(card).toContainText('<img src=x onerror="document.title=1">');
  await expect(card.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});
