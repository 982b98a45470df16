/**
 * Loading the WordPress fixtures (tests/fixtures/html/wordpress*) into happy-dom's window document, with their
 * iframes' documents (the block editor canvas, TinyMCE) written into the iframes, as a browser would show them.
 * Each fixture's first line records the path it was captured at; the window's URL is set to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectedAction } from '../../../lib/sites/types';
import { watchWordPress, type WordPressWatchOptions } from '../../../lib/sites/wp-shared';

const FIXTURES = join(__dirname, '../../fixtures/html');

interface HappyWindow {
  happyDOM: { setURL: (url: string) => void; settings: { disableIframePageLoading: boolean } };
}

export function fixtureText(dir: string, file: string): string {
  return readFileSync(join(FIXTURES, dir, file), 'utf8');
}

/** The path (with query) a fixture was captured at, from its header comment. */
export function fixturePath(dir: string, name: string): string {
  const header = fixtureText(dir, `${name}.html`).split('\n', 1)[0] ?? '';
  const path = /· (\/[^\s]*) ·/.exec(header)?.[1];
  if (!path) throw new Error(`${dir}/${name}.html has no path in its header comment`);
  return path.replace(/&amp;/g, '&');
}

/**
 * Load `<dir>/<name>.html` into `document` at `origin` + its captured path (or `url` when given), frames included.
 * Returns the document.
 */
export function loadWp(dir: string, name: string, origin = 'http://127.0.0.1:8065', url?: string): Document {
  const w = window as unknown as HappyWindow;
  const html = fixtureText(dir, `${name}.html`);
  // Fixtures keep real iframe addresses (Calypso's); a unit test must never fetch them. Frames without an address
  // (the canvas, TinyMCE) need page loading on to get their about:blank document.
  w.happyDOM.settings.disableIframePageLoading = /<iframe[^>]*\ssrc="https?:/i.test(html);
  w.happyDOM.setURL(url ?? `${origin}${fixturePath(dir, name)}`);
  document.open();
  document.write(html);
  document.close();
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-fixture-frame]'))) {
    const inner = frame.contentDocument;
    if (!inner) throw new Error(`no document in iframe ${frame.getAttribute('name') ?? frame.id}`);
    inner.open();
    inner.write(fixtureText(dir, frame.getAttribute('data-fixture-frame') ?? ''));
    inner.close();
  }
  return document;
}

/** The canvas iframe's document of the loaded block-editor fixture. */
export function canvas(doc: Document = document): Document {
  const d = doc.querySelector<HTMLIFrameElement>('iframe[name="editor-canvas"]')?.contentDocument;
  if (!d) throw new Error('no editor canvas');
  return d;
}

export function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

/**
 * A piece of another fixture (what WordPress renders next: the post-publish panel, a new comment row), imported
 * into `doc`. Parsed with DOMParser: nothing in it runs.
 */
export function pieceOf(dir: string, file: string, selector: string, doc: Document = document): HTMLElement {
  const parsed = new DOMParser().parseFromString(fixtureText(dir, file), 'text/html');
  const el = parsed.querySelector(selector);
  if (!el) throw new Error(`${dir}/${file} has no ${selector}`);
  return doc.importNode(el, true) as HTMLElement;
}

export function fire(el: Element, type: string): void {
  el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** Let MutationObserver callbacks and the watcher's timers run. */
export const settle = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Start the WordPress watcher with short delays, collecting what it emits. */
export function startWpWatch(context: string, options: WordPressWatchOptions = {}, doc: Document = document) {
  const emitted: DetectedAction[] = [];
  const controller = new AbortController();
  watchWordPress({ doc, context, signal: controller.signal, emit: (a) => emitted.push(a) }, { settleMs: 30, frameCheckMs: 20, ...options });
  return { emitted, stop: () => controller.abort(), types: () => emitted.map((a) => a.type) };
}

/**
 * Enough time for the quick scan (50 ms) and the settled scan (30 ms in tests) after the last change, on a quiet
 * machine. Used to show that nothing was logged; what must be logged is awaited with `until` instead.
 */
export const TICK = 150;

/** Wait until `check()` holds (these machines are shared and slow at times), failing after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 4000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the watcher');
    await settle(20);
  }
  // Anything else the same change would log arrives in the same scans.
  await settle(TICK);
}
