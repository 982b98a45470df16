/**
 * Headings: present, in order, not empty. Screen-reader users move through a page by its headings, so a skipped
 * level (h2 → h4) or an empty heading breaks their map; Sa11y, Editoria11y and Equalize Digital all flag both.
 */

/** A heading's level (1–6) and text. */
export interface HeadingInput {
  level: number;
  text: string;
}

export interface SkippedLevel {
  /** Index of the heading that skips. */
  index: number;
  /** The level before it (the page title's level for the first heading). */
  from: number;
  to: number;
}

export interface HeadingReport {
  count: number;
  hasHeadings: boolean;
  /** Headings that go more than one level deeper than the one before (going back up any amount is fine). */
  skipped: SkippedLevel[];
  /** Indexes of headings with no readable text (only spaces, punctuation or invisible characters). */
  empty: number[];
  /**
   * Indexes of headings at or above the title's level (an h1 in a post body whose title is already the h1).
   * Empty unless `titleLevel` is given.
   */
  sameAsTitle: number[];
}

export interface HeadingOptions {
  /**
   * The level of the page title that comes before the headings checked. WordPress themes show the post title as
   * the h1, so the first body heading should be an h2. Default: 1. Pass 0 to check the headings alone.
   */
  titleLevel?: number;
}

// Letters, digits or pictographs make a heading readable; spaces, punctuation and zero-width characters do not.
const READABLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Check a list of headings in page order. */
export function checkHeadings(headings: readonly HeadingInput[], options: HeadingOptions = {}): HeadingReport {
  const titleLevel = options.titleLevel ?? 1;
  const skipped: SkippedLevel[] = [];
  const empty: number[] = [];
  const sameAsTitle: number[] = [];
  let previous = titleLevel;
  headings.forEach((h, i) => {
    const level = Math.min(6, Math.max(1, Math.round(h.level)));
    if (!READABLE.test(h.text)) empty.push(i);
    if (titleLevel > 0 && level <= titleLevel) sameAsTitle.push(i);
    // The first heading after no title (titleLevel 0) may be any level.
    if (previous > 0 && level > previous + 1) skipped.push({ index: i, from: previous, to: level });
    previous = level;
  });
  return { count: headings.length, hasHeadings: headings.length > 0, skipped, empty, sameAsTitle };
}
