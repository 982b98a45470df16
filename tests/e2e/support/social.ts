/**
 * Helpers for the social end-to-end tests (tests/e2e/social.spec.ts): a private copy of the build, talking to the
 * background as an extension page does, and checking a tip card against the element it should sit next to and the
 * composer it must never touch. (Turning the tutor on for a Mastodon server goes through the real toolbar popup:
 * tests/e2e/support/real-popup.ts.)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { EXTENSION_DIR } from '../fixtures';
import { sendFromPage as ask } from './workshop';

/**
 * A private copy of the built extension, taken at the start of a run: helpers share this machine and rebuild
 * .output/ whenever they like, and a browser whose extension folder is rewritten mid-run fails in odd ways ("Could
 * not load javascript"). Taken from SWT_EXTENSION_DIR when set (a build made elsewhere), else .output/chrome-mv3;
 * a copy missing any file the manifest names (a build caught half-written) is retried.
 */
export async function copyOfBuild(): Promise<string> {
  const source = process.env.SWT_EXTENSION_DIR ?? EXTENSION_DIR;
  for (let attempt = 0; ; attempt++) {
    const copy = mkdtempSync(join(tmpdir(), 'swt-extension-'));
    try {
      cpSync(source, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
        background?: { service_worker?: string };
        content_scripts?: { js?: string[] }[];
      };
      const files = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []), 'content-scripts/site.js'];
      if (files.every((f) => !f || existsSync(join(copy, f)))) return copy;
    } catch {
      // Half-written or absent: try again below.
    }
    rmSync(copy, { recursive: true, force: true });
    if (attempt >= 20) throw new Error(`No complete built extension at ${source}: run "npx wxt build" first.`);
    await new Promise((r) => setTimeout(r, 1500));
  }
}

/** One protocol message from an extension page; the reply's value, or throws (the workshop tests' helper). */
export { ask };

export interface LogEntry {
  id: string;
  type: string;
  site: { kind: string; host: string } | string;
  context: string;
  skills: string[];
  metrics: Record<string, number | boolean>;
  ref?: string;
  key?: string;
}

/** Every entry of the practice log for one site kind, oldest first. */
export async function logFor(reader: Page, site: string): Promise<LogEntry[]> {
  const { entries } = await ask<{ entries: LogEntry[] }>(reader, 'log.query', { filter: { sites: [site] }, limit: 1000, order: 'asc' });
  return entries;
}

/** Opens `url` in a new tab from an extension page, so the test knows the tab's id (as the popup would). */
export async function openTab(context: BrowserContext, from: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    context.waitForEvent('page'),
    from.evaluate(
      async (u) => (await (globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<{ id: number }> } } }).chrome.tabs.create({ url: u, active: true })).id,
      url,
    ),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return { page, tabId };
}

/** The tip card with this tip id, inside our overlay's shadow root. */
export function card(page: Page, tipId: string): Locator {
  return page.locator(`social-web-tutor [data-tip="${tipId}"]`);
}

export interface Placement {
  ok: boolean;
  card: number[];
  anchor: number[];
}

/**
 * Where the card's positioned box is against `anchor`'s box: Floating UI puts it 8 px from one side of the element
 * (lib/overlay/anchor.ts: its preferred side, then the fallbacks when there is no room), shifted along that side at
 * most to stay on screen, so the two boxes touch with that gap and overlap along the side they share.
 */
export async function placement(cardLocator: Locator, anchor: Locator): Promise<Placement> {
  const target = await anchor.elementHandle();
  return cardLocator.evaluate((el, a) => {
    const float = (el.closest('.sw-float') ?? el) as HTMLElement;
    const f = float.getBoundingClientRect();
    const r = (a as Element).getBoundingClientRect();
    const GAP = 8;
    const TOLERANCE = 2;
    // The card sits on one side of its element, 8px away: beside it (the overlay's first choice, so it covers
    // neither the text nor the buttons under a field) or above/below it when there is no room at the sides.
    const below = Math.abs(f.top - (r.bottom + GAP)) <= TOLERANCE;
    const above = Math.abs(f.bottom - (r.top - GAP)) <= TOLERANCE;
    const right = Math.abs(f.left - (r.right + GAP)) <= TOLERANCE;
    const left = Math.abs(f.right - (r.left - GAP)) <= TOLERANCE;
    const overlapsX = f.left < r.right && f.right > r.left;
    const overlapsY = f.top < r.bottom && f.bottom > r.top;
    const shown = getComputedStyle(float).visibility === 'visible';
    const box = (b: DOMRect) => [b.left, b.top, b.right, b.bottom].map(Math.round);
    const ok = (((below || above) && overlapsX) || ((right || left) && overlapsY)) && shown;
    return { ok, card: box(f), anchor: box(r) };
  }, target);
}

/** Waits for the card to show, next to `anchor`. */
export async function expectCardAt(page: Page, tipId: string, anchor: Locator): Promise<void> {
  const c = card(page, tipId);
  await expect(c, `tip ${tipId} shows`).toBeVisible();
  await expect.poll(() => placement(c, anchor), { message: `tip ${tipId} sits next to its element` }).toMatchObject({ ok: true });
}

/** What the composer holds, byte for byte: a textarea's value, an editor's markup. */
export function contentOf(composer: Locator): Promise<string> {
  return composer.evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerHTML));
}

/** The plain text the learner sees in the composer. */
export function textOf(composer: Locator): Promise<string> {
  return composer.evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText).trim());
}

/** Starts recording every change made to the composer's DOM from now on (in the page's own world). */
export async function watchComposer(composer: Locator): Promise<void> {
  await composer.evaluate((el) => {
    const w = window as unknown as { swtChanges: number; swtObserver?: MutationObserver };
    w.swtObserver?.disconnect();
    w.swtChanges = 0;
    w.swtObserver = new MutationObserver((records) => (w.swtChanges += records.length));
    w.swtObserver.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** How many changes were made to the composer since `watchComposer`, and stops recording. */
export function composerChanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { swtChanges: number; swtObserver?: MutationObserver };
    w.swtObserver?.disconnect();
    w.swtObserver = undefined;
    return w.swtChanges;
  });
}

/** Is the focus (looking through open shadow roots) on this element? */
export function hasDeepFocus(el: Locator): Promise<boolean> {
  return el.evaluate((target) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === target;
  });
}

/** CRC-32 (ISO-HDLC), as PNG chunks need. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A small one-colour PNG made here, so no binary file needs committing ("a photo" for the composers). */
export function makePng(width = 64, height = 48, rgb: [number, number, number] = [46, 125, 50]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
