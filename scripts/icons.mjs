// Renders assets/icon/icon.svg to the PNG sizes the stores ask for (16, 32, 48, 96, 128), with headless Chromium.
// Run after changing the SVG: `npm run icons`. The PNGs are committed, so builds need no browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${root}assets/icon/icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `${root}assets/public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to assets/public/icon/');
