/**
 * The overlay's drawing code (Preact, Floating UI, the components: /overlay.js) is not part of the always-on content
 * script. The background injects it into the frame the first time there is something to show, and it hands itself
 * over in the content script's isolated world, never in the page's. These tests watch that happen on a page served
 * as https://x.com, with the shipped social content script.
 */
import { LONG_SENTENCE, cards, expect, openOverlayPage, overlayHost, test } from './support/overlay';
import { isolatedWorld } from './support/isolated-world';

const SLOT = 'globalThis.__socialWebTutorOverlayUi';
const handOver = `(() => { const ui = ${SLOT}; return ui ? { version: ui.version, draw: typeof ui.draw } : null; })()`;
/** How many times the rules have run on this page (lib/dom/timing's "engine" label). */
const engineRuns = `globalThis.__swtPerf.byLabel.engine?.calls ?? 0`;

test('a tip appears with the lazily loaded overlay, whose code arrives only then and only in our world', async ({ page }) => {
  await openOverlayPage(page);
  const world = await isolatedWorld(page);
  // The rules have run on this screen (with nothing to say: no composer yet)…
  await expect.poll(() => world.eval<number>(engineRuns)).toBeGreaterThan(0);
  // …and the drawing code was not loaded: the shadow host is there, empty.
  expect(await world.eval(handOver)).toBeNull();
  expect(await overlayHost(page).evaluate((h) => h.shadowRoot!.querySelector('body')!.childElementCount)).toBe(0);

  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  const card = cards(page).first();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Shorten this sentence');
  expect(await world.eval(handOver)).toEqual({ version: 1, draw: 'function' });
  // The page's own scripts never see it.
  expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__socialWebTutorOverlayUi)).toBe('undefined');

  // Once loaded it stays: the card goes with its anchor and comes back with it.
  await page.evaluate(() => (window as unknown as { removeComposer(): void }).removeComposer());
  await expect(cards(page)).toHaveCount(0);
  await page.evaluate((text) => (window as unknown as { addComposer(t: string): void }).addComposer(text), LONG_SENTENCE);
  await expect(cards(page)).toHaveCount(1);
  await world.cdp.detach();
});

test('the coach panel shortcut alone loads the overlay, on a screen with no tips yet', async ({ page }) => {
  await openOverlayPage(page);
  const world = await isolatedWorld(page);
  await expect.poll(() => world.eval<number>(engineRuns)).toBeGreaterThan(0);
  expect(await world.eval(handOver)).toBeNull();

  await page.keyboard.press('Alt+Shift+K');
  const panel = page.locator('social-web-tutor [role="dialog"]');
  await expect(panel).toBeVisible();
  await expect(page.locator('social-web-tutor h2#sw-coach-title')).toBeFocused();
  expect(await world.eval(handOver)).toEqual({ version: 1, draw: 'function' });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await world.cdp.detach();
});

test('focusing a field to write in fetches the overlay ahead of the first tip, without drawing anything', async ({ page }) => {
  await openOverlayPage(page);
  const world = await isolatedWorld(page);
  await expect.poll(() => world.eval<number>(engineRuns)).toBeGreaterThan(0);
  await page.evaluate(() => (window as unknown as { addComposer(t: string): void }).addComposer(''));
  const composer = page.locator('[data-testid="tweetTextarea_0"]');
  await composer.click();
  await expect.poll(() => world.eval(handOver)).toEqual({ version: 1, draw: 'function' });
  // Loaded, not drawn: an empty composer has nothing to say yet.
  expect(await overlayHost(page).evaluate((h) => h.shadowRoot!.querySelector('body')!.childElementCount)).toBe(0);
  await page.keyboard.type(LONG_SENTENCE);
  await expect(cards(page).first()).toBeVisible();
  await expect(composer).toBeFocused();
  await world.cdp.detach();
});
