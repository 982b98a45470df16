/**
 * Paragraph length and section length (text between subheadings).
 *
 * Thresholds are Yoast SEO's readability analysis (traffic lights): long paragraphs and long runs of text without
 * a subheading are hard to scan, on screen and with a screen reader's heading navigation.
 */
import type { Rating } from './sentences';
import type { Span } from './urls';
import { countWords } from './words';

/** Yoast SEO: a paragraph of at most this many words is good. */
export const YOAST_PARAGRAPH_GOOD_MAX = 150;
/** Yoast SEO: a paragraph over this many words is poor (between the two: ok). */
export const YOAST_PARAGRAPH_POOR_OVER = 200;
/** Yoast SEO: a section under a subheading of at most this many words is good. */
export const YOAST_SECTION_GOOD_MAX = 300;
/** Yoast SEO: a section over this many words is poor (between the two: ok). */
export const YOAST_SECTION_POOR_OVER = 350;
/** Yoast SEO: a text over this many words with no subheading at all is poor. */
export const YOAST_SUBHEADINGS_NEEDED_OVER = 300;

/** A piece of a post in reading order. */
export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string };

/** Paragraphs of plain text: runs of lines separated by one or more blank lines. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let at = 0;
  const add = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed !== '') spans.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (const m of text.matchAll(re)) {
    add(at, m.index);
    at = m.index + m[0].length;
  }
  add(at, text.length);
  return spans;
}

function rateBetween(value: number, goodMax: number, poorOver: number): Rating {
  if (value <= goodMax) return 'good';
  if (value <= poorOver) return 'ok';
  return 'poor';
}

export interface ParagraphReport {
  count: number;
  /** Word count of each paragraph, in order. */
  words: number[];
  longestWords: number;
  /** Index of the longest paragraph, or -1. */
  longestIndex: number;
  /** Indexes of paragraphs over 150 words (not good). */
  overGood: number[];
  /** Indexes of paragraphs over 200 words (poor). */
  overPoor: number[];
  /** Rating of the longest paragraph. */
  rating: Rating;
}

/** Paragraph lengths, from a list of paragraphs or from text split at blank lines. */
export function checkParagraphs(paragraphsOrText: readonly string[] | string): ParagraphReport {
  const paragraphs =
    typeof paragraphsOrText === 'string'
      ? splitParagraphs(paragraphsOrText).map((s) => paragraphsOrText.slice(s.start, s.end))
      : paragraphsOrText.filter((p) => p.trim() !== '');
  const words = paragraphs.map(countWords);
  let longestWords = 0;
  let longestIndex = -1;
  const overGood: number[] = [];
  const overPoor: number[] = [];
  words.forEach((w, i) => {
    if (w > longestWords) {
      longestWords = w;
      longestIndex = i;
    }
    if (w > YOAST_PARAGRAPH_GOOD_MAX) overGood.push(i);
    if (w > YOAST_PARAGRAPH_POOR_OVER) overPoor.push(i);
  });
  return {
    count: paragraphs.length,
    words,
    longestWords,
    longestIndex,
    overGood,
    overPoor,
    rating: rateBetween(longestWords, YOAST_PARAGRAPH_GOOD_MAX, YOAST_PARAGRAPH_POOR_OVER),
  };
}

export interface Section {
  /** Index in the blocks of the heading that opens it, or null for text before the first heading. */
  headingBlock: number | null;
  words: number;
}

export interface SectionReport {
  totalWords: number;
  subheadings: number;
  sections: Section[];
  longestWords: number;
  /** Over 300 words and not one subheading. */
  needsSubheadings: boolean;
  /** Indexes into `sections` of those over 300 words (not good). */
  overGood: number[];
  /** Indexes into `sections` of those over 350 words (poor). */
  overPoor: number[];
  rating: Rating;
}

/**
 * Words between subheadings. Headings themselves are not counted as section text. Text before the first
 * heading is a section of its own (headingBlock null), as Yoast now treats it.
 */
export function checkSections(blocks: readonly Block[]): SectionReport {
  const sections: Section[] = [];
  let current: Section | null = null;
  let subheadings = 0;
  let totalWords = 0;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      subheadings += 1;
      current = { headingBlock: i, words: 0 };
      sections.push(current);
      return;
    }
    const w = countWords(b.text);
    if (w === 0) return;
    totalWords += w;
    if (!current) {
      current = { headingBlock: null, words: 0 };
      sections.push(current);
    }
    current.words += w;
  });
  const longestWords = sections.reduce((m, s) => Math.max(m, s.words), 0);
  const overGood = sections.flatMap((s, i) => (s.words > YOAST_SECTION_GOOD_MAX ? [i] : []));
  const overPoor = sections.flatMap((s, i) => (s.words > YOAST_SECTION_POOR_OVER ? [i] : []));
  const needsSubheadings = subheadings === 0 && totalWords > YOAST_SUBHEADINGS_NEEDED_OVER;
  const rating: Rating = needsSubheadings
    ? 'poor'
    : subheadings === 0
      ? 'good' // a short text needs no subheadings
      : rateBetween(longestWords, YOAST_SECTION_GOOD_MAX, YOAST_SECTION_POOR_OVER);
  return { totalWords, subheadings, sections, longestWords, needsSubheadings, overGood, overPoor, rating };
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Put headings back in reading order when all we have is the body text and a separate list of headings (a
 * snapshot that did not record block order): a paragraph of the text whose whole text equals a heading's text is
 * that heading. Returns null when a heading cannot be found in the text: then the order is unknown, and a section
 * length computed anyway would be wrong (adapters that know the order should pass blocks instead).
 */
export function blocksFromText(
  text: string,
  headings: readonly { level: number; text: string }[] = [],
  paragraphs?: readonly string[],
): Block[] | null {
  const paras = paragraphs ?? splitParagraphs(text).map((s) => text.slice(s.start, s.end));
  const waiting = new Map<string, { level: number; text: string }[]>();
  for (const h of headings) {
    const key = norm(h.text);
    if (key === '') continue; // an empty heading has no text to find; it still opens no section of words
    const list = waiting.get(key) ?? [];
    list.push(h);
    waiting.set(key, list);
  }
  let placed = 0;
  const blocks: Block[] = paras.map((p) => {
    const h = waiting.get(norm(p))?.shift();
    if (!h) return { kind: 'paragraph', text: p };
    placed += 1;
    return { kind: 'heading', level: h.level, text: h.text };
  });
  const findable = headings.filter((h) => norm(h.text) !== '').length;
  return placed === findable ? blocks : null;
}
