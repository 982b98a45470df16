/**
 * Windowing maths for the virtualised timeline: which rows are on screen, where to draw them, and which pages of
 * entries to ask the background for. Pure, so it is tested without a browser.
 *
 * Why a scale: browsers cap an element's height (Firefox at about 17.9 million px, Chromium at about 33.5 million),
 * so a list of a million 56 px rows cannot be one tall spacer. Past {@link MAX_SCROLL_PX} the spacer is compressed and
 * the scroll position is mapped back to a row index; rows are still drawn at their true height around the viewport.
 */

/** Tallest spacer we ever ask the browser for (kept well under Firefox's limit). */
export const MAX_SCROLL_PX = 8_000_000;

export interface WindowInput {
  /** The scroll container's scrollTop (px). */
  scrollTop: number;
  /** The scroll container's clientHeight (px). */
  viewportHeight: number;
  /** Fixed height of one row (px). */
  rowHeight: number;
  /** Number of rows in the list (all of them, not only those fetched). */
  total: number;
  /** Extra rows drawn above and below the viewport so fast scrolling shows no blank band. Default 6. */
  overscan?: number;
  /** Override of {@link MAX_SCROLL_PX} (tests). */
  maxScrollPx?: number;
}

export interface WindowRange {
  /** First row to draw (inclusive). */
  start: number;
  /** Row after the last one to draw (exclusive). */
  end: number;
  /** Where row `start` goes, in px from the top of the spacer. */
  offsetTop: number;
  /** Height to give the spacer (px). */
  spacerHeight: number;
  /** Real px per spacer px (1 unless the list is compressed). */
  ratio: number;
}

export function visibleRange(input: WindowInput): WindowRange {
  const rowHeight = Math.max(1, input.rowHeight);
  const total = Math.max(0, Math.floor(input.total));
  const viewport = Math.max(0, input.viewportHeight);
  const overscan = Math.max(0, Math.floor(input.overscan ?? 6));
  const maxPx = input.maxScrollPx ?? MAX_SCROLL_PX;
  const realHeight = total * rowHeight;
  const spacerHeight = Math.min(realHeight, maxPx);
  if (total === 0) return { start: 0, end: 0, offsetTop: 0, spacerHeight: 0, ratio: 1 };

  // Map the spacer's scroll range onto the real one, so the last row is reachable when compressed.
  const realRange = Math.max(0, realHeight - viewport);
  const spacerRange = Math.max(0, spacerHeight - viewport);
  const ratio = spacerRange > 0 ? realRange / spacerRange : 1;
  const scrollTop = Math.min(Math.max(0, input.scrollTop), spacerRange);
  const realTop = scrollTop * ratio;

  const first = Math.min(total - 1, Math.floor(realTop / rowHeight));
  const lastVisible = Math.min(total, Math.ceil((realTop + viewport) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, Math.max(lastVisible, first + 1) + overscan);
  // Row `start` sits (realTop - start*rowHeight) px above the viewport's top edge, which is at scrollTop.
  const offsetTop = scrollTop - (realTop - start * rowHeight);
  return { start, end, offsetTop, spacerHeight, ratio };
}

/** The scrollTop that brings row `index` to the top of the viewport (inverse of {@link visibleRange}). */
export function scrollTopFor(index: number, input: Omit<WindowInput, 'scrollTop'>): number {
  const { ratio, spacerHeight } = visibleRange({ ...input, scrollTop: 0 });
  const top = (Math.max(0, Math.min(index, input.total - 1)) * input.rowHeight) / ratio;
  return Math.min(top, Math.max(0, spacerHeight - input.viewportHeight));
}

/** Page numbers (of `pageSize` rows) that cover rows [start, end). */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start || pageSize <= 0) return [];
  const first = Math.floor(start / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}
