/**
 * Settings reach an open page without a reload: the overlay's content script watches the settings items, so a change
 * in the options (tip level) or the popup (pause, language) shows at once on the page the learner is writing on.
 * The page is the engine's late-anchor test page served as https://x.com (tests/e2e/support/overlay.ts).
 */
import { LONG_SENTENCE, cards, expect, openOverlayPage, test } from './support/overlay';

const addComposer = (text: string) => (window as unknown as { addComposer(t: string): void }).addComposer(text);

test('tip level "Off" in the options removes the tips from an open page; "More" brings them back', async ({ page, extensionPage }) => {
  await openOverlayPage(page);
  await page.evaluate(addComposer, LONG_SENTENCE);
  await expect(cards(page)).toHaveCount(1);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

  const options = await extensionPage('options.html');
  await options.getByRole('radio', { name: 'Off' }).check();
  await expect(options.getByRole('region', { name: 'Tips' }).getByRole('status')).toHaveText('Saved');
  await expect(cards(page)).toHaveCount(0);

  await options.getByRole('radio', { name: 'More' }).check();
  await expect(cards(page)).toHaveCount(1);
  // The page was never reloaded: the same document, the learner's text still in the composer.
  expect(navigations).toEqual([]);
});

test('the popup’s "Pause for an hour" hides tips on the open page, "Resume tips" brings them back', async ({ page, extensionPage }) => {
  await openOverlayPage(page);
  await page.evaluate(addComposer, LONG_SENTENCE);
  await expect(cards(page)).toHaveCount(1);

  // The popup page in a tab of its own: pausing is not about any one tab.
  const popup = await extensionPage('popup.html');
  await popup.getByRole('button', { name: 'Pause for an hour' }).click();
  await expect(popup.getByText(/^Tips are paused until \d\d:\d\d\.$/)).toBeVisible();
  await expect(cards(page)).toHaveCount(0);
  await popup.getByRole('button', { name: 'Resume tips' }).click();
  await expect(cards(page)).toHaveCount(1);
});

test('choosing Cymraeg in the options turns the overlay’s own words Welsh on the open page', async ({ page, extensionPage }) => {
  await openOverlayPage(page);
  await page.evaluate(addComposer, LONG_SENTENCE);
  const card = cards(page).first();
  await expect(card.getByRole('button', { name: 'Dismiss this tip' })).toBeVisible();

  const options = await extensionPage('options.html');
  await options.getByRole('radio', { name: 'Cymraeg' }).check();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Gosodiadau');
  await expect(card.getByRole('button', { name: 'Diystyru’r awgrym hwn' })).toBeVisible();
});
