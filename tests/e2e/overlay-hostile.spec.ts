/**
 * The overlay against a page that tries to break it (tests/e2e/pages/overlay/hostile.html): every property
 * unset on every element, a 64px root font, all divs hidden, our element and class names targeted, a full-screen
 * layer at the highest z-index. The card must still show, readable, on top; and our CSS must not leak out.
 */
import { cards, expect, openOverlayPage, overlayHost, test } from './support/overlay';

test('the overlay stays intact on a page with hostile CSS, and its CSS does not leak', async ({ page }) => {
  await openOverlayPage(page, '/hostile.html');
  const card = cards(page).first();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Shorten this sentence');

  const look = await card.evaluate((el) => {
    const body = el.querySelector('.sw-card__body')!;
    const cs = getComputedStyle(body);
    const box = el.getBoundingClientRect();
    return { fontSize: cs.fontSize, display: getComputedStyle(el).display, width: box.width, height: box.height, x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  // Our size comes from the browser's default (16px here), never from the page's 64px root font.
  expect(look.fontSize).toBe('16px');
  expect(look.display).toBe('grid');
  expect(look.width).toBeGreaterThan(200);
  expect(look.width).toBeLessThan(400);

  // On top of the page's highest layer: the point at the card's centre belongs to our host.
  const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), look);
  expect(topmost).toBe('social-web-tutor');

  // Its buttons work through all that.
  await card.getByRole('button', { name: 'Dismiss this tip' }).click();
  await expect(cards(page)).toHaveCount(0);

  // Nothing of ours styles the page: the page's own element with our class name keeps the page's styles.
  const decoy = await page.locator('#decoy').evaluate((el) => {
    const cs = getComputedStyle(el);
    return { border: cs.borderTopWidth, display: cs.display, padding: cs.paddingTop };
  });
  expect(decoy).toEqual({ border: '0px', display: 'none', padding: '0px' });
  await expect(overlayHost(page)).toHaveCount(1);
});
