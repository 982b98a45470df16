/**
 * The tip card and its anchor in a real browser with the built extension: it appears when its element arrives
 * late, sits next to it, follows it on scroll, and goes when the element goes.
 */
import { LONG_SENTENCE, cards, expect, openOverlayPage, test } from './support/overlay';

test('a tip appears after its anchor is inserted late, next to it', async ({ page }) => {
  await openOverlayPage(page);
  await page.waitForTimeout(300);
  await expect(cards(page)).toHaveCount(0);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  const card = cards(page).first();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Shorten this sentence');
  const box = (await page.locator('[data-testid="tweetTextarea_0"]').boundingBox())!;
  const at = (await card.boundingBox())!;
  // Beside the composer, 8px away, top edges aligned (right-start: there is room on this page), so it covers
  // neither the text nor what is under the field.
  expect(Math.abs(at.x - (box.x + box.width + 8))).toBeLessThan(2);
  expect(Math.abs(at.y - box.y)).toBeLessThan(2);
});

test('the tip follows its anchor when the page scrolls or the layout shifts', async ({ page }) => {
  await openOverlayPage(page);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  const card = cards(page).first();
  await expect(card).toBeVisible();
  const composer = page.locator('[data-testid="tweetTextarea_0"]');
  const offset = async () => {
    const c = (await card.boundingBox())!;
    const b = (await composer.boundingBox())!;
    return { dx: c.x - b.x, dy: c.y - b.y, y: c.y };
  };
  const before = await offset();
  await page.mouse.wheel(0, 150);
  await expect.poll(async () => (await offset()).y).toBeLessThan(before.y - 100);
  await expect.poll(async () => Math.round((await offset()).dy)).toBe(Math.round(before.dy));
  // A layout shift: the header above the composer grows by 100px.
  await page.evaluate(() => ((document.querySelector('header') as HTMLElement).style.height = '220px'));
  await expect.poll(async () => Math.round((await offset()).dy)).toBe(Math.round(before.dy));
  await expect.poll(async () => Math.round((await offset()).dx)).toBe(Math.round(before.dx));
});

test('the tip disappears when its anchor is removed, and comes back with it', async ({ page }) => {
  await openOverlayPage(page);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  await expect(cards(page)).toHaveCount(1);
  await page.evaluate(() => (window as unknown as { removeComposer(): void }).removeComposer());
  await expect(cards(page)).toHaveCount(0);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  await expect(cards(page)).toHaveCount(1);
});

test('the coach panel opens on Alt+Shift+K, closes on Escape, and gives focus back to the field', async ({ page }) => {
  await openOverlayPage(page);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  const composer = page.locator('[data-testid="tweetTextarea_0"]');
  await composer.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Alt+Shift+K');
  const panel = page.locator('social-web-tutor [role="dialog"]');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Longest sentence: 30 words');
  await expect(page.locator('social-web-tutor h2#sw-coach-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(composer).toBeFocused();
  // The caret is back where it was: typing continues at the end.
  await page.keyboard.type(' Thanks.');
  await expect(composer).toHaveText(`${LONG_SENTENCE} Thanks.`);
});
