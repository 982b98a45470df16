/**
 * The built extension against a real WordPress (6.5.5 and 6.7-alpha, started by global-setup.ts): the self-hosted
 * permission flow, the block-editor flow (image without alt text → tip at the alt field → alt typed → tip gone and
 * logged; a 40-word sentence flagged; publish logged) on both versions, and a reply to a pending comment.
 *
 * Everything waits for elements, never for a fixed time, except where a test proves that something does NOT happen
 * (then it first waits for the page itself, and gives the script the time it normally needs to start).
 */
import type { FrameLocator, Page } from '@playwright/test';
import { instance } from './instances';
import { FORTY_WORDS, describeInMediaModal, expect, gapBetween, logged, logIn, overlayHost, solidPng, test, tipCard, turnOffFromPopup, turnOnFromPopup } from './support';

const ALT = 'Volunteers planting young oak trees beside the lake in Bute Park';

test('FORTY_WORDS has 40 words', () => {
  expect(FORTY_WORDS.split(/\s+/).length).toBe(40);
});

async function openNewPost(page: Page, url: string): Promise<FrameLocator> {
  await page.goto(`${url}/wp-admin/post-new.php`);
  await expect(page.locator('iframe[name="editor-canvas"]')).toBeAttached();
  // The welcome guide opens on a first visit and hides the rest of the page from assistive tech until closed.
  const guide = page.getByRole('dialog', { name: /welcome to the block editor/i });
  const canvas = page.frameLocator('iframe[name="editor-canvas"]');
  const title = canvas.getByRole('textbox', { name: 'Add title' });
  await expect.poll(async () => (await guide.isVisible()) || (await title.isVisible())).toBe(true);
  if (await guide.isVisible()) {
    await guide.getByRole('button', { name: 'Close' }).click();
    await expect(guide).toBeHidden();
  }
  return canvas;
}

/** Opens the settings sidebar on its Block tab (the image block's alt field lives there). */
async function showBlockSettings(page: Page): Promise<void> {
  const settings = page.getByRole('button', { name: 'Settings', exact: true }).first();
  if ((await settings.getAttribute('aria-pressed')) !== 'true' && (await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
  const blockTab = page.getByRole('tab', { name: 'Block' });
  if ((await blockTab.count()) > 0 && (await blockTab.getAttribute('aria-selected')) !== 'true') await blockTab.click();
}

for (const version of ['6.5', '6.7']) {
  test(`block editor on WordPress ${version}: alt-text tip at the alt field, long sentence flagged, publish logged`, async ({ context, extensionId, debugPort }) => {
    const wp = instance(version);
    const page = await context.newPage();
    await logIn(page, wp);
    await turnOnFromPopup(context, extensionId, debugPort, page);

    const canvas = await openNewPost(page, wp.url);
    await expect(overlayHost(page)).toHaveCount(1);

    // A clear title, so only the tips this test is about have a reason to show.
    const title = canvas.getByRole('textbox', { name: 'Add title' });
    await title.click();
    await page.keyboard.type('Volunteers plant 200 trees in Bute Park');

    // An image block, uploaded from a file, with no alt text.
    await page.keyboard.press('Enter');
    await page.keyboard.type('/image');
    const option = page.getByRole('option', { name: /^Image$/ });
    await expect(option).toBeVisible();
    await page.keyboard.press('Enter');
    const upload = canvas.locator('[data-type="core/image"] input[type="file"]');
    await upload.setInputFiles({ name: 'trees.png', mimeType: 'image/png', buffer: solidPng() });
    await expect(canvas.locator('[data-type="core/image"] img[src*="/wp-content/uploads/"]')).toBeVisible();
    await canvas.locator('[data-type="core/image"] img').click();
    await showBlockSettings(page);

    const altField = page.getByLabel('Alternative text');
    await expect(altField).toBeVisible();
    const altTip = tipCard(page, 'alt-text.missing');
    await expect(altTip).toBeVisible();
    // Anchored to the alt field: the card sits right next to it.
    const gap = gapBetween((await altTip.boundingBox())!, (await altField.boundingBox())!);
    expect(gap).toBeLessThan(24);
    await page.screenshot({ path: test.info().outputPath(`alt-tip-wp-${version}.png`) });

    await altField.fill(ALT);
    await expect(altTip).toHaveCount(0);
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await expect.poll(async () => (await logged(reader, ['image.alt-added'])).length).toBe(1);
    const [altAction] = await logged(reader, ['image.alt-added']);
    expect(altAction).toMatchObject({ site: { kind: 'wordpress', host: new URL(wp.url).host }, skills: ['alt-text'] });
    // What they did, never what they wrote.
    expect(JSON.stringify(altAction)).not.toContain('Volunteers');

    // A 40-word sentence in a paragraph under the title.
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(FORTY_WORDS);
    const sentenceTip = tipCard(page, 'plain-english.long-sentence');
    await expect(sentenceTip).toBeVisible();
    const paragraph = canvas.locator('[data-type="core/paragraph"]').filter({ hasText: 'recycling centre' });
    await expect(paragraph).toBeVisible();

    // Publish: the pre-publish panel brings the pre-publish check, then the post goes live.
    await page.locator('.editor-post-publish-panel__toggle').click();
    await expect(tipCard(page, 'wp.pre-publish.check')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`pre-publish-wp-${version}.png`) });
    await page.locator('.editor-post-publish-panel__header-publish-button button').click();
    await expect(page.locator('.post-publish-panel__postpublish')).toBeVisible();
    await expect.poll(async () => (await logged(reader, ['post.published'])).length).toBe(1);
    const [published] = await logged(reader, ['post.published']);
    expect(published!.metrics).toMatchObject({ hasTitle: true, imageCount: 1, imagesMissingAlt: 0, longSentences: 1 });
  });
}

test('comments on WordPress 6.7: the moderation tip at a pending comment, a reply is logged', async ({ context, extensionId, debugPort }) => {
  const wp = instance('6.7');
  const page = await context.newPage();
  await logIn(page, wp, '/wp-admin/edit-comments.php');
  await turnOnFromPopup(context, extensionId, debugPort, page);
  await page.reload();

  const row = page.locator(`#comment-${wp.seed.pendingCommentId}`);
  await expect(row).toBeVisible();
  const moderate = tipCard(page, 'wp.comments.moderate');
  await expect(moderate).toBeVisible();
  // Read, then dismissed, as a learner would: the card sits over the rows below its comment.
  await moderate.getByRole('button', { name: 'Dismiss this tip' }).click();
  await expect(moderate).toHaveCount(0);

  await row.hover();
  await row.locator('.row-actions .reply button').click();
  const reply = page.locator('#replyrow #replycontent');
  await expect(reply).toBeVisible();
  await reply.fill('Thank you for asking. The new opening hours start on 3 March and are on our website.');
  const tone = tipCard(page, 'conduct.reply-tone');
  await expect(tone).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reply-tone-wp-6.7.png') });
  // The card sits below the reply box, over wp-admin's "Approve and Reply" button: dismissed first, as a learner
  // would have to (reported: the overlay should not cover the button that sends).
  await tone.getByRole('button', { name: 'Dismiss this tip' }).click();
  await expect(tone).toHaveCount(0);
  await page.locator('#replyrow .save').click();
  await expect(page.locator('#replyrow')).toBeHidden();

  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect.poll(async () => (await logged(reader, ['comment.replied'])).length).toBe(1);
  const [replied] = await logged(reader, ['comment.replied']);
  expect(replied).toMatchObject({ site: { kind: 'wordpress', host: new URL(wp.url).host }, skills: ['comments', 'replying'] });
});

test('site access on WordPress 6.5: off by default; turned on, the tutor runs after a reload; turned off, it does not', async ({ context, extensionId, debugPort }) => {
  const wp = instance('6.5');
  const page = await context.newPage();
  await logIn(page, wp);
  // Not granted: the dashboard loads, and no tutor. (A negative: give the script the time it would need.)
  await expect(page.locator('#adminmenu')).toBeVisible();
  await page.waitForTimeout(2000);
  await expect(overlayHost(page)).toHaveCount(0);

  await turnOnFromPopup(context, extensionId, debugPort, page);
  await page.reload();
  await expect(overlayHost(page)).toHaveCount(1);
  // The Dashboard's orientation tip, at the admin menu.
  const tip = tipCard(page, 'wp.dashboard.where-things-are');
  await expect(tip).toBeVisible();
  expect(gapBetween((await tip.boundingBox())!, (await page.locator('#adminmenu').boundingBox())!)).toBeLessThan(24);

  await turnOffFromPopup(extensionId, debugPort, page);
  await page.reload();
  await expect(page.locator('#adminmenu')).toBeVisible();
  await page.waitForTimeout(2000);
  await expect(overlayHost(page)).toHaveCount(0);
});

test('media library on WordPress 6.7: an image without alt text, the tip at the modal’s alt field, alt typed → logged', async ({ context, extensionId, debugPort }) => {
  const wp = instance('6.7');
  const page = await context.newPage();
  await logIn(page, wp);
  await turnOnFromPopup(context, extensionId, debugPort, page);
  // The grid opens the attachment's details in the media modal when the address names it.
  await page.goto(`${wp.url}/wp-admin/upload.php?item=${wp.seed.attachmentId}`);
  const altField = page.locator('.media-modal #attachment-details-two-column-alt-text');
  await describeInMediaModal(page, extensionId, altField, 'The library entrance with its yellow doors', 'media-modal-alt-wp-6.7.png');
});
