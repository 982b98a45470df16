/**
 * The classic editor on a real WordPress 6.5, as the adapter claims to handle it: a long sentence typed in TinyMCE's
 * iframe is flagged; the Add Media modal's alt field gets the alt-text tip, and alt text typed there is logged; the
 * category tip waits for something to be written; Publish (a full page reload) is logged from wp-admin's notice.
 *
 * How the classic editor is on: WordPress 6.5 has no classic editor of its own and the Classic Editor plugin is not
 * reachable offline, so scripts/wordpress/server.mjs writes a test-only mu-plugin that returns false from the
 * `use_block_editor_for_post` filters while the cookie `swt_classic_editor` is set. That is test set-up; the
 * screen WordPress then serves is its own classic editor (edit-form-advanced.php), unchanged.
 */
import { instance } from './instances';
import { FORTY_WORDS, describeInMediaModal, expect, gapBetween, logged, logIn, overlayHost, test, tipCard, turnOnFromPopup } from './support';

// CLASSIC_EDITOR_COOKIE in scripts/wordpress/server.mjs.
const CLASSIC_COOKIE = 'swt_classic_editor';

test('classic editor on WordPress 6.5: long sentence flagged, alt text in the media modal, publish logged', async ({ context, extensionId, debugPort }) => {
  const wp = instance('6.5');
  await context.addCookies([{ name: CLASSIC_COOKIE, value: '1', url: wp.url }]);
  const page = await context.newPage();
  await logIn(page, wp);
  await turnOnFromPopup(context, extensionId, debugPort, page);

  await page.goto(`${wp.url}/wp-admin/post-new.php`);
  await expect(page.locator('#title')).toBeVisible();
  const body = page.frameLocator('#content_ifr').locator('body#tinymce');
  await expect(body).toBeVisible();
  await expect(overlayHost(page)).toHaveCount(1);

  // A new, empty post: the category checklist is on screen, but there is nothing to file yet. (A negative: the
  // page is there; give the rules the time they normally need to run.)
  await expect(page.locator('#categorychecklist')).toBeVisible();
  const category = tipCard(page, 'wp.category.uncategorized');
  await page.waitForTimeout(2000);
  await expect(category).toHaveCount(0);

  await page.locator('#title').fill('Recycling centre opens in the spring');
  await body.click();
  await page.keyboard.type(FORTY_WORDS);
  const sentenceTip = tipCard(page, 'plain-english.long-sentence');
  await expect(sentenceTip).toBeVisible();
  // Now there is a post, and it is in no category: the tip asks for one, at the Categories box.
  await expect(category).toBeVisible();
  expect(gapBetween((await category.boundingBox())!, (await page.locator('#categorydiv').boundingBox())!)).toBeLessThan(24);
  await page.screenshot({ path: test.info().outputPath('classic-long-sentence-wp-6.5.png') });

  // Add Media: pick the library image that has no alt text.
  await page.locator('#insert-media-button').click();
  const modal = page.locator('.media-modal');
  await expect(modal).toBeVisible();
  const item = modal.locator(`.attachment[data-id="${wp.seed.attachmentId}"]`);
  // The modal opens on the library when it has items; otherwise its "Media Library" tab shows them.
  await expect.poll(async () => (await item.isVisible()) || (await modal.locator('#menu-item-browse').isVisible())).toBe(true);
  if (!(await item.isVisible())) await modal.locator('#menu-item-browse').click();
  await item.click();
  const altField = modal.locator('#attachment-details-alt-text');
  const reader = await describeInMediaModal(page, extensionId, altField, 'Staff sorting cardboard at the recycling centre', 'classic-media-modal-alt-wp-6.5.png');

  // Into the post, then Publish: the form posts and wp-admin reloads the screen with its notice.
  await modal.locator('.media-button-insert').click();
  await expect(modal).toBeHidden();
  await expect(body.locator('img')).toHaveCount(1);
  await expect(body.locator('img')).toHaveAttribute('alt', 'Staff sorting cardboard at the recycling centre');
  await Promise.all([page.waitForURL(/\/wp-admin\/post\.php\?post=\d+&action=edit/), page.locator('#publish').click()]);
  await expect(page.locator('#message')).toBeVisible();
  await expect.poll(async () => (await logged(reader, ['post.published'])).length).toBe(1);
  const [published] = await logged(reader, ['post.published']);
  expect(published).toMatchObject({ site: { kind: 'wordpress', host: new URL(wp.url).host } });
  expect(published!.metrics).toMatchObject({ hasTitle: true, imageCount: 1, imagesMissingAlt: 0, longSentences: 1, categorySet: false });
  expect(JSON.stringify(published)).not.toContain('Recycling');
});
