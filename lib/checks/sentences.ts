/**
 * Sentences and their length.
 *
 * GOV.UK content design asks for sentences of 25 words or fewer (its research: readers understood over 90 % of
 * sentences averaging 14 words, under 10 % at 43 words). Yoast SEO's readability analysis calls a sentence long
 * above 20 words and rates the share of long sentences. We expose both: the GOV.UK limit drives the tips, the
 * Yoast-style share gives a traffic light for the whole text.
 *
 * Results hold counts and offsets only, never the learner's words.
 */
import { findLinksAndEmails, maskSpans, type Span } from './urls';
import { countWords } from './words';

/** Over this many words a sentence is long. Source: GOV.UK content design ("25 words or fewer"). */
export const GOVUK_SENTENCE_MAX_WORDS = 25;
/** Over this many words Yoast SEO counts a sentence as long (English). */
export const YOAST_LONG_SENTENCE_WORDS = 20;
/** Yoast SEO: at most this share of long sentences is good (green). */
export const YOAST_LONG_SENTENCE_SHARE_GOOD = 0.25;
/** Yoast SEO: above this share of long sentences is poor (red); between the two is "ok" (orange). */
export const YOAST_LONG_SENTENCE_SHARE_POOR = 0.3;

/** A traffic light, as Yoast uses: good (green), ok (orange), poor (red). */
export type Rating = 'good' | 'ok' | 'poor';

export interface SentenceSpan extends Span {
  /** Position among the sentences of the text, from 0. */
  index: number;
  words: number;
}

/**
 * Abbreviations after which a full stop never ends a sentence: titles before names ("Dr. Patel", "Cllr. Jones")
 * and Latin shorthands that are followed by more of the same sentence ("e.g. Cardiff", "i.e. Monday").
 */
const NEVER_ENDS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'cllr', 'rev', 'revd', 'st', 'sgt', 'capt', 'lt', 'col', 'gen', 'hon',
  'rt', 'sr', 'e.g', 'eg', 'i.e', 'ie', 'cf', 'vs', 'viz', 'incl', 'approx', 'dept', 'est', 'ca', 'c.f',
]);
/** Abbreviations that do not end a sentence when a number follows ("No. 10", "tel. 029…", "p. 4"). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'tel', 'fig', 'figs', 'vol', 'p', 'pp', 'para', 'paras', 'ref', 'ext', 'ch', 'sec', 'art', 'c', 'nr']);

// A bullet or list number at the start of a line: not a word, and "1." must not end a sentence.
const LIST_MARKER = /^[ \t]*(?:[-*•‣◦▪▸►–—]|\(?\d{1,3}[.)]|\(?[a-z]\))[ \t]+/u;
// Sentence-ending punctuation, with closing quotes or brackets that belong to the sentence, before a space or end.
const TERMINATOR = /[.!?…‽]+["'”’)\]»]*(?=\s|$)/gu;

function isBoundary(line: string, termStart: number, termEnd: number, term: string): boolean {
  const next = /\S/u.exec(line.slice(termEnd));
  if (!next) return true; // the end of the line ends the sentence anyway
  const nextChar = next[0];
  const core = term.replace(/["'”’)\]»]+$/u, '');
  if (/[!?‽]/u.test(core)) return true; // "Why? Because…" and "Why? because…" both end
  // A full stop or an ellipsis: look at the word it closes.
  let tokStart = termStart;
  while (tokStart > 0 && !/\s/u.test(line[tokStart - 1]!)) tokStart -= 1;
  const token = line.slice(tokStart, termStart).replace(/^[("'“‘[]+/u, '');
  const lower = token.toLowerCase();
  if (core === '.') {
    if (NEVER_ENDS.has(lower)) return false;
    if (BEFORE_NUMBER.has(lower) && /\p{N}/u.test(nextChar)) return false;
    if (/^\p{Lu}$/u.test(token)) return false; // an initial: "J. Smith"
  }
  // A lower-case word after the stop continues the sentence ("etc. and", "… and then").
  return !/\p{Ll}/u.test(nextChar);
}

/**
 * Split text into sentences. Handles abbreviations ("e.g.", "Dr.", "No. 10"), initials, decimals ("3.5"), URLs
 * and e-mail addresses (never split inside them), ellipses, "?!" runs, closing quotes, and lines without a full
 * stop (bullets, social posts): every line break ends a sentence, because in posts and list items a line break
 * is where the writer stopped. Sentences without a word (a line of emoji) are left out.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const masked = maskSpans(text, findLinksAndEmails(text));
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = masked.length;
    const line = masked.slice(lineStart, lineEnd);
    const marker = LIST_MARKER.exec(line);
    let sentStart = marker ? marker[0].length : 0;
    const push = (from: number, to: number) => {
      const s = lineStart + from;
      const e = lineStart + to;
      const slice = text.slice(s, e);
      const words = countWords(slice);
      if (words === 0) return;
      const lead = slice.length - slice.trimStart().length;
      const trail = slice.length - slice.trimEnd().length;
      out.push({ index: out.length, start: s + lead, end: e - trail, words });
    };
    TERMINATOR.lastIndex = sentStart;
    for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
      const termEnd = m.index + m[0].length;
      if (isBoundary(line, m.index, termEnd, m[0])) {
        push(sentStart, termEnd);
        sentStart = termEnd;
      }
    }
    push(sentStart, line.length);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Sentences over `maxWords` words (GOV.UK's 25 by default), in order. */
export function longSentences(
  textOrSentences: string | readonly SentenceSpan[],
  maxWords: number = GOVUK_SENTENCE_MAX_WORDS,
): SentenceSpan[] {
  const sentences = typeof textOrSentences === 'string' ? splitSentences(textOrSentences) : textOrSentences;
  return sentences.filter((s) => s.words > maxWords);
}

/** Rate a share of long sentences (0–1) the way Yoast does. */
export function rateLongSentenceShare(share: number): Rating {
  if (share <= YOAST_LONG_SENTENCE_SHARE_GOOD) return 'good';
  if (share <= YOAST_LONG_SENTENCE_SHARE_POOR) return 'ok';
  return 'poor';
}

export interface SentenceReport {
  sentenceCount: number;
  wordCount: number;
  /** Words in the longest sentence (0 when there is none). */
  longestWords: number;
  /** Index of the longest sentence, or -1. */
  longestIndex: number;
  averageWords: number;
  /** Sentences over GOV.UK's 25 words: what the tips point at. */
  overGovUk: SentenceSpan[];
  /** Count of sentences over Yoast's 20 words. */
  yoastLongCount: number;
  /** Share (0–1) of sentences over Yoast's 20 words. */
  yoastLongShare: number;
  yoastRating: Rating;
}

/** Everything about sentence length in one pass. */
export function checkSentences(textOrSentences: string | readonly SentenceSpan[]): SentenceReport {
  const sentences = typeof textOrSentences === 'string' ? splitSentences(textOrSentences) : textOrSentences;
  let wordCount = 0;
  let longestWords = 0;
  let longestIndex = -1;
  let yoastLongCount = 0;
  for (const s of sentences) {
    wordCount += s.words;
    if (s.words > longestWords) {
      longestWords = s.words;
      longestIndex = s.index;
    }
    if (s.words > YOAST_LONG_SENTENCE_WORDS) yoastLongCount += 1;
  }
  const n = sentences.length;
  const yoastLongShare = n === 0 ? 0 : yoastLongCount / n;
  return {
    sentenceCount: n,
    wordCount,
    longestWords,
    longestIndex,
    averageWords: n === 0 ? 0 : wordCount / n,
    overGovUk: longSentences(sentences),
    yoastLongCount,
    yoastLongShare,
    yoastRating: rateLongSentenceShare(yoastLongShare),
  };
}
