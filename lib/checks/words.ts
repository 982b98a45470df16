/**
 * Words, the unit most thresholds are written in. A word is a run of non-space characters holding at least one
 * letter or digit, which is how Yoast and most word counters count: "well-being" and "and/or" are one word, a
 * URL is one word, a lone dash or emoji is none.
 */
import type { Span } from './urls';

const TOKEN_RE = /\S+/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many words the text holds. */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(TOKEN_RE)) if (HAS_WORD_CHAR.test(m[0])) n += 1;
  return n;
}

/** Where each word is. */
export function wordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    if (HAS_WORD_CHAR.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * Runs of letters (with inner apostrophes: "don't", "council’s"), for checks that look at spelling rather than
 * counting: syllables, passive voice, capitals. Digits and symbols separate them.
 */
export const LETTER_WORD_RE = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The letter-words of the text with their offsets. */
export function letterWords(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(LETTER_WORD_RE)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
