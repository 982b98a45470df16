// `npm run demo` (the README's first command): installs what is missing, builds, and opens Debian's Chromium with
// the extension loaded on the workshop's practice sandbox.
//
// - With a display (DISPLAY set and CI unset): a normal window on the sandbox, in presenter mode with the lesson
//   "Describe an image" ready; the command ends when the window is closed.
// - Without one (DISPLAY unset, or CI set): headless, it plays that lesson end to end like a trainer would (real
//   typing, inserting the image, the alt-text tip appearing, writing the alt text, publishing), saves a screenshot
//   per step into demo-screenshots/, prints their paths and whether every step completed, and exits non-zero if one
//   did not.
//
// Options: --lesson <id> to open another lesson (headful only; the headless run plays "describe-an-image"),
//          --headless to force the headless run.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, ensureChromium, ensureNpm, root } from './ensure.mjs';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const EXTENSION = join(root, '.output/chrome-mv3');
const SHOTS = join(root, 'demo-screenshots');
const LESSON = 'describe-an-image';
// Every step must show up within this long; a shared, busy machine is slow, a real failure waits no longer.
const STEP_TIMEOUT = 20_000;

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const headless = args.includes('--headless') || !process.env.DISPLAY || !!process.env.CI;

ensureNpm();
ensureChromium();
build('chrome');

// Imported only now: on a fresh clone the package arrives with ensureNpm() above.
const { chromium } = await import('@playwright/test');

const profile = mkdtempSync(join(tmpdir(), 'swt-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless,
  args: [...FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  // A projector-shaped window when headless; the window's own size otherwise.
  viewport: headless ? { width: 1440, height: 900 } : null,
  // Screenshots of settled pages: no smooth scrolling or fades caught half-way (the pages honour this setting).
  reducedMotion: headless ? 'reduce' : 'no-preference',
});
const cleanup = () => rmSync(profile, { recursive: true, force: true });

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const pageUrl = (lesson) => `chrome-extension://${extensionId}/workshop.html?lesson=${lesson}&presenter=1#editor`;

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pageUrl(argValue('--lesson') ?? LESSON));
  console.log('The workshop sandbox is open in Chromium, in presenter mode. Close the window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
  cleanup();
  process.exit(0);
}

// ── Headless: play the lesson, one screenshot per step ──

mkdirSync(SHOTS, { recursive: true });
for (const f of readdirSync(SHOTS)) if (f.endsWith('.png')) unlinkSync(join(SHOTS, f));

const page = await context.newPage();
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
await page.goto(pageUrl(LESSON));

const shots = [];
async function shot(name) {
  // Let the tutor re-anchor its cards and the spotlight follow (both run on animation frames).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
  const path = join(SHOTS, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  shots.push(path);
}
/** Whether a lesson step is done, from the presenter card's own record (the lesson state in this tab). */
async function completed() {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('swt.workshop.runner') ?? 'null')?.progress?.completed ?? {});
}
async function waitForStep(id) {
  try {
    await page.waitForFunction((step) => JSON.parse(sessionStorage.getItem('swt.workshop.runner') ?? 'null')?.progress?.completed?.[step] !== undefined, id, {
      timeout: STEP_TIMEOUT,
    });
    return true;
  } catch {
    problems.push(`step "${id}" did not complete within ${STEP_TIMEOUT / 1000} s`);
    return false;
  }
}
/** → on the keyboard, as a trainer would, from outside any field. */
async function next() {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.keyboard.press('ArrowRight');
}
// The tutor's overlay lives in an open shadow root (host <social-web-tutor>); CSS locators pierce it.
const tipCard = page.locator('social-web-tutor [data-tip="alt-text.missing"]').first();

try {
  await page.locator('.sb-presenter[data-slide="0"]').waitFor({ timeout: STEP_TIMEOUT });
  await shot('lesson-introduction');

  // Step 1: write a title, insert the park photo; the alt-text tip appears next to the alt field.
  await next();
  await page.locator('.sb-presenter[data-slide="1"]').waitFor();
  await page.getByRole('textbox', { name: 'Add title' }).click();
  await page.keyboard.type('Volunteers plant 30 trees in Riverside Park', { delay: 15 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Forty volunteers planted 30 young trees along the river on Saturday morning.', { delay: 10 });
  await page.locator('.sb-editor__inserter-toggle').click();
  await page.locator('#sb-inserter').getByRole('button', { name: 'Image' }).click();
  await page.locator('.sb-media__item[data-image="park"]').click();
  await waitForStep('insert-image');
  await tipCard.waitFor({ state: 'visible', timeout: STEP_TIMEOUT }).catch(() => problems.push('the alt-text tip was not visible'));
  await shot('image-inserted-tip-shown');

  // Step 2: describe the photo; the tip goes.
  await next();
  await page.locator('.sb-presenter[data-slide="2"]').waitFor();
  await page.locator('#sb-alt').click();
  await page.keyboard.type('Volunteers planting a young oak tree by the river in Riverside Park', { delay: 15 });
  await page.keyboard.press('Tab');
  await waitForStep('write-alt');
  await shot('alt-text-written');

  // Step 3: publish, reading the pre-publish checks first.
  await next();
  await page.locator('.sb-presenter[data-slide="3"]').waitFor();
  await page.locator('.editor-post-publish-button').click();
  await page.locator('.editor-post-publish-panel').waitFor();
  await shot('pre-publish-checks');
  await page.locator('.editor-post-publish-panel__confirm').click();
  await waitForStep('publish');
  await page.locator('.components-snackbar').waitFor();
  await shot('published');

  // The summary closes the lesson.
  await next();
  await page.locator('.sb-presenter[data-slide="4"]').waitFor();
  await shot('summary');
} catch (e) {
  problems.push(`the demo stopped: ${e.message.split('\n')[0]}`);
  await shot('where-it-stopped').catch(() => undefined);
}

const done = await completed().catch(() => ({}));
const steps = ['insert-image', 'write-alt', 'publish'];
await context.close();
cleanup();

console.log(`\nScreenshots (${shots.length}) in ${relative(process.cwd(), SHOTS) || '.'}/:`);
for (const s of shots) console.log(`  ${s}`);
console.log(`\nLesson "Describe an image":`);
for (const s of steps) console.log(`  ${done[s] !== undefined ? '✓' : '✗'} ${s}`);
const allDone = steps.every((s) => done[s] !== undefined);
for (const p of problems) console.log(`  ! ${p}`);
console.log(allDone ? '\nEvery step completed.' : '\nNot every step completed.');
process.exit(allDone ? 0 : 1);
