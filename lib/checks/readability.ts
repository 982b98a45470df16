/**
 * Flesch reading ease, with an English syllable heuristic.
 *
 * 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words). Higher is easier. Yoast SEO rates above 60
 * as good and below 50 as poor; GOV.UK writes for a reading age of about 9, which sits well above 60.
 * Like Sa11y we compute it only for texts over 30 words: below that one long word swings the score wildly.
 */
import { splitSentences, type Rating, type SentenceSpan } from './sentences';
import { findLinksAndEmails, maskSpans } from './urls';
import { LETTER_WORD_RE } from './words';

/** Sa11y's readability check: computed only when the text has more than this many words. */
export const READABILITY_MIN_WORDS = 30;
/** Yoast SEO: a Flesch reading ease above this is good. */
export const YOAST_FLESCH_GOOD_ABOVE = 60;
/** Yoast SEO: a Flesch reading ease below this is poor (between the two: ok). */
export const YOAST_FLESCH_POOR_BELOW = 50;

// Vowel pairs read as two syllables ("cre-ate", "ra-di-o", "be-ing"), which vowel-group counting merges.
const SPLIT_PAIRS = /(?:ea(?=t(?:e|ed|es|ing|ion|or)?$|$)|[aeiou]ing|ia(?![ln]|s(?:m|t))|[^tcgsx]io|eo(?![pu])|uo|[aeiou]ism$|[^t]ie(?=nc|nt)|ie(?=t))/g;

// Everyday words the rules above get wrong, with their syllables.
const EXCEPTIONS: Record<string, number> = { business: 2, wednesday: 2, people: 2, every: 3, theatre: 3, poem: 2, museum: 3 };

/**
 * Syllables in one English word, by heuristic: count vowel groups (y counts as a vowel except at the start),
 * then correct for a silent final "e", "-es" and "-ed", and for vowel pairs that are two syllables. It is right
 * for most everyday words and off by one for some; Flesch averages over the text, so that is enough.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 0;
  if (w.length <= 3) return 1;
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  let count = (w.replace(/^y/, '').match(/[aeiouy]+/g) ?? []).length;
  // Silent final e ("make", "service"), but "-le" after a consonant ("table", "people") and "-re" after a
  // consonant ("centre", "litre") are syllables of their own.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouyl]le$/.test(w) && !/[^aeiouyr]re$/.test(w)) count -= 1;
  // "-es" is silent unless after a hissing sound ("homes" but "boxes", "services", "changes").
  else if (/[^aeiouy]es$/.test(w) && !/(?:[sxz]|[cs]h|[cg]|[^aeiouyl]l)es$/.test(w)) count -= 1;
  // "-ed" is silent unless after t or d ("closed" but "collected", "needed").
  else if (/[^aeiouytd]ed$/.test(w)) count -= 1;
  count += (w.match(SPLIT_PAIRS) ?? []).length;
  return Math.max(1, count);
}

export interface ReadabilityReport {
  /** Flesch reading ease clamped to 0–100 (Sa11y shows it so), or null when the text has 30 words or fewer. */
  score: number | null;
  words: number;
  sentences: number;
  syllables: number;
  rating: Rating | null;
}

/** Rate a Flesch score the way Yoast does. */
export function rateReadingEase(score: number): Rating {
  if (score > YOAST_FLESCH_GOOD_ABOVE) return 'good';
  if (score >= YOAST_FLESCH_POOR_BELOW) return 'ok';
  return 'poor';
}

/**
 * Flesch reading ease of the text. Words are runs of letters outside URLs, e-mail addresses, hashtags and
 * @mentions (those are not read as prose); numbers are left out. The score is rounded to one decimal.
 * Pass the text's sentences when you already have them.
 */
export function readingEase(text: string, sentenceSpans?: readonly SentenceSpan[]): ReadabilityReport {
  const masked = maskSpans(text, findLinksAndEmails(text), ' ');
  let words = 0;
  let syllables = 0;
  for (const m of masked.matchAll(LETTER_WORD_RE)) {
    const before = masked[m.index - 1];
    if (before === '#' || before === '@' || before === '＃') continue;
    words += 1;
    syllables += countSyllables(m[0]);
  }
  const sentences = Math.max(1, (sentenceSpans ?? splitSentences(text)).length);
  if (words <= READABILITY_MIN_WORDS) return { score: null, words, sentences, syllables, rating: null };
  const raw = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
  const score = Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
  return { score, words, sentences, syllables, rating: rateReadingEase(score) };
}
