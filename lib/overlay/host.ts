/**
 * The overlay's place in a page: an element named `social-web-tutor` at the end of <html> (after <body>: outside any
 * stacking context or transform the page puts on its body, and away from frameworks that re-render the body's
 * children) holding an open shadow root, `<html><head><style>…</style></head><body>` inside it, the body being
 * where the overlay draws. The same shape WXT's createShadowRootUi builds, made here with plain DOM calls so the
 * always-on content script carries none of WXT's UI helpers and the drawing code (Preact, Floating UI, the
 * components) can come later, when there is something to draw (lib/overlay/lazy.ts).
 *
 * `:host { all: initial !important }` is what keeps the page's CSS out: an !important declaration inside the
 * shadow tree wins over the page's !important rules for the host (tests/e2e/overlay-hostile.spec.ts).
 */

/** The element name tests, lessons and our own focus checks know the overlay by. */
export const OVERLAY_HOST_NAME = 'social-web-tutor';

/** Key presses inside the overlay stay in it, so the page's own shortcuts (X's "n", "j"…) never fire from our panel. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface OverlayShell {
  /** The element in the page (the shadow host). */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the overlay's stylesheet goes. */
  head: HTMLElement;
  /** Where the overlay draws. */
  container: HTMLElement;
}

/** Builds the shell (not yet in the page) in `doc`. */
export function createOverlayShell(doc: Document): OverlayShell {
  const host = doc.createElement(OVERLAY_HOST_NAME);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const container = doc.createElement('body');
  const reset = doc.createElement('style');
  reset.textContent = ':host{all:initial !important;}';
  head.append(reset);
  html.append(head, container);
  shadow.append(html);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, head, container };
}

/** Puts the shell in the page: last child of <html>. */
export function attachOverlayShell(shell: OverlayShell, doc: Document): void {
  doc.documentElement.append(shell.host);
}

/** Adds a stylesheet (text) to the shell's head, once per text. */
export function addShellStyle(shell: OverlayShell, css: string): void {
  const doc = shell.host.ownerDocument;
  for (const s of shell.head.querySelectorAll('style')) if (s.textContent === css) return;
  const style = doc.createElement('style');
  style.textContent = css;
  shell.head.append(style);
}
