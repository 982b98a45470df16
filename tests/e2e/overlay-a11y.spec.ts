/**
 * Accessibility of the overlay in the browser: axe-core finds no violations inside it (its shadow root included)
 * with a tip card and with the coach panel open; and typing into the page's field is never interrupted while tips
 * come and go.
 */
import AxeBuilder from '@axe-core/playwright';
import { LONG_SENTENCE, cards, expect, openOverlayPage, test } from './support/overlay';

test('axe finds no violations inside the overlay: card, launcher and coach panel', async ({ page }) => {
  await openOverlayPage(page);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), `${LONG_SENTENCE} #localgov`);
  await expect(cards(page).first()).toBeVisible();
  const scan = () => new AxeBuilder({ page }).include('social-web-tutor').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const withCard = await scan();
  expect(withCard.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  expect(withCard.passes.length).toBeGreaterThan(0);

  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('social-web-tutor [role="dialog"]')).toBeVisible();
  const withPanel = await scan();
  expect(withPanel.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('typing into the page’s field is never interrupted while tips come and go', async ({ page }) => {
  await openOverlayPage(page);
  await page.evaluate(() => (window as unknown as { addComposer(t: string): void }).addComposer(''));
  const composer = page.locator('[data-testid="tweetTextarea_0"]');
  await composer.click();
  // Count every time focus leaves the field, from the page's side.
  await composer.evaluate((el) => {
    (window as unknown as { focusLost: number }).focusLost = 0;
    el.addEventListener('focusout', () => (window as unknown as { focusLost: number }).focusLost++);
  });

  let typed = '';
  const type = async (text: string) => {
    await page.keyboard.type(text, { delay: 5 });
    typed += text;
  };
  const erase = async (n: number) => {
    for (let i = 0; i < n; i++) await page.keyboard.press('Backspace');
    typed = typed.slice(0, -n);
  };

  await type('Our #recyclingcentre opens soon'); // a hashtag mid-sentence, not CamelCase: tips come
  await expect(cards(page).first()).toBeVisible();
  await erase(' opens soon'.length + '#recyclingcentre'.length); // the tips' reason goes: so do they
  await type('new centre opens in spring');
  await expect(cards(page)).toHaveCount(0);
  await type('. PLEASE READ THIS CAREFULLY before you visit'); // capitals: a tip comes back
  await expect(cards(page).first()).toBeVisible();
  await type(' and bring your own bags, boxes and bottles to sort');
  while (typed.length < 200) await type(' ok');

  expect(typed.length).toBeGreaterThanOrEqual(200);
  await expect(composer).toHaveText(typed);
  await expect(composer).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { focusLost: number }).focusLost)).toBe(0);
});

test('respects reduced motion and forced colours', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await openOverlayPage(page);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  const card = page.locator('social-web-tutor .sw-card').first();
  await expect(card).toBeVisible();
  const style = await card.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { animation: cs.animationName, border: cs.borderTopStyle, shadow: cs.boxShadow };
  });
  // No movement; in forced colours a solid system-colour border carries the card's shape (shadows are dropped).
  expect(style.animation).toBe('none');
  expect(style.border).toBe('solid');
  expect(style.shadow).toBe('none');
});
