/**
 * Presenter mode: one slide at a time (introduction, each step, summary), → / ← and Page Down / Page Up move
 * between them, the keys do nothing while the trainer types, and the spotlight sits on the element the step is
 * about, following it when it appears late.
 */
import { expect, test } from './fixtures';

const slide = (page: import('@playwright/test').Page) => page.locator('.sb-presenter');

test('→ and ← move one slide at a time, from the introduction to the summary and back', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=describe-an-image&presenter=1#editor');
  // The page's own <html> is the first: the overlay's shadow root holds another (lib/overlay/host.ts).
  await expect(page.locator('html').first()).toHaveAttribute('data-presenter', '');
  await expect(slide(page)).toHaveAttribute('data-slide', '0');
  await expect(slide(page).locator('.sb-presenter__title')).toHaveText('Describe an image');
  // The checklist panel is not shown in presenter mode: one step at a time.
  await expect(page.locator('.sb-checklist')).toHaveCount(0);

  await page.keyboard.press('ArrowLeft');
  await expect(slide(page)).toHaveAttribute('data-slide', '0');

  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide', '1');
  await expect(slide(page).locator('.sb-presenter__title')).toHaveText('Insert the photo and read the tip');
  await expect(slide(page).locator('.sb-presenter__eyebrow')).toContainText('Step 1 of 3');

  await page.keyboard.press('PageDown');
  await expect(slide(page)).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide', '4');
  await expect(slide(page).locator('.sb-presenter__title')).toHaveText('Every image now speaks');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide', '4');

  await page.keyboard.press('PageUp');
  await expect(slide(page)).toHaveAttribute('data-slide', '3');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page)).toHaveAttribute('data-slide', '2');
  await expect(slide(page).locator('.sb-presenter__title')).toHaveText('Say what the photo shows and why');
});

test('the keys do not move slides while the trainer is typing in the sandbox', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=describe-an-image&presenter=1#editor');
  await expect(slide(page)).toHaveAttribute('data-slide', '0');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide', '1');
  const title = page.getByRole('textbox', { name: 'Add title' });
  await title.click();
  await page.keyboard.type('Trees');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  await expect(title).toHaveValue('TreXes');
  await expect(slide(page)).toHaveAttribute('data-slide', '1');
  // Out of the field, the keys work again; the on-screen buttons always do.
  await title.blur();
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide', '2');
  await slide(page).getByRole('button', { name: 'Previous' }).click();
  await expect(slide(page)).toHaveAttribute('data-slide', '1');
  // Buttons keep focus where the trainer put it; the arrows still work from there.
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-slide', '2');
});

test('the spotlight marks the step’s element and moves to it when it appears', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?lesson=describe-an-image&presenter=1#editor');
  await expect(slide(page)).toHaveAttribute('data-slide', '0');
  await expect(page.locator('.sb-spotlight')).toHaveCount(0); // the introduction is about nothing in particular
  await page.keyboard.press('ArrowRight');
  const spot = page.locator('.sb-spotlight');
  await expect(spot).toHaveAttribute('data-anchor', 'contentArea');
  await page.locator('.sb-editor__inserter-toggle').click();
  await page.locator('#sb-inserter').getByRole('button', { name: 'Image' }).click();
  await page.locator('.sb-media__item[data-image="park"]').click();
  // The alt-text field exists now: the step's first choice of anchor.
  await expect(spot).toHaveAttribute('data-anchor', 'imageAltField');
  await expect
    .poll(async () => {
      const [s, a] = await Promise.all([spot.boundingBox(), page.locator('#sb-alt').boundingBox()]);
      return !!s && !!a && s.x <= a.x && s.y <= a.y && s.x + s.width >= a.x + a.width && s.y + s.height >= a.y + a.height;
    })
    .toBe(true);
  await expect(spot).toHaveAttribute('aria-hidden', 'true');
  await expect(spot).toHaveCSS('pointer-events', 'none');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(spot).toHaveAttribute('data-anchor', 'publishButton');
  await page.locator('.editor-post-publish-button').click();
  await expect(spot).toHaveAttribute('data-anchor', 'prePublishPanel');
});

test('a step on another screen takes the sandbox there; exiting shows the checklist again', async ({ extensionPage }) => {
  const page = await extensionPage('workshop.html?presenter=1#editor');
  await expect(slide(page).getByRole('heading', { name: 'Choose a lesson' })).toBeVisible();
  await slide(page).getByRole('button', { name: 'Reply to a comment' }).click();
  await expect(page).toHaveURL(/#comments$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.sb-spotlight')).toHaveAttribute('data-anchor', 'pendingComment');
  await slide(page).getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(page.locator('html').first()).not.toHaveAttribute('data-presenter', '');
  await expect(page.locator('.sb-spotlight')).toHaveCount(0);
  await expect(page.locator('#sb-lesson-title')).toHaveText('Reply to a comment');
});
