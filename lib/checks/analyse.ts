/**
 * Every check in one call, for the tip engine (detailed reports with offsets) and for practice-log metrics (a
 * flat record of numbers and booleans that can never carry the learner's words).
 *
 * The input is structural: lib/sites' ContentSnapshot fits it, but lib/checks depends on nothing of ours.
 */
import { checkImages, type ImagesReport } from './alt-text';
import { checkCaps, type CapsReport } from './caps';
import { checkEmoji, countGraphemes, type EmojiReport } from './emoji';
import { checkHashtags, type HashtagReport } from './hashtags';
import { checkHeadings, type HeadingOptions, type HeadingReport } from './headings';
import { measureLength, type LengthReport, type Platform } from './length-limits';
import { checkLinks, type LinksReport } from './link-text';
import { checkPassive, type PassiveReport } from './passive';
import { findPersonalData, type PersonalDataReport } from './personal-data';
import { readingEase, type ReadabilityReport } from './readability';
import { checkSentences, splitSentences, type SentenceReport } from './sentences';
import { blocksFromText, checkParagraphs, checkSections, YOAST_SUBHEADINGS_NEEDED_OVER, type Block, type ParagraphReport, type SectionReport } from './structure';
import { findUrls } from './urls';
import { countWords } from './words';
import { findWordsToAvoid, type WordToAvoidHit } from './words-to-avoid';

/** What the checks read from a post. lib/sites' ContentSnapshot is one. */
export interface PostInput {
  title?: string;
  /** The body text, paragraphs joined by blank lines. */
  text: string;
  paragraphs?: readonly string[];
  headings?: readonly { level: number; text: string }[];
  /** alt: null = no alt at all; '' = marked decorative. */
  images?: readonly { alt: string | null; src?: string }[];
  links?: readonly { text: string; href: string }[];
  /** Paragraphs and headings in reading order, when the site knows it (needed for exact section lengths). */
  blocks?: readonly Block[];
  /** The platform's own length limit, when the page shows one. */
  limit?: number;
}

export interface PostOptions {
  /** Measure the post against this platform's length limit. */
  platform?: Platform;
  /** A limit to use instead of the platform's (a Mastodon instance's). Default: the post's `limit`, then the platform's. */
  limit?: number;
  /** Passed to the heading check. Default: title is the h1. */
  titleLevel?: HeadingOptions['titleLevel'];
}

export interface TextReport {
  words: number;
  sentences: SentenceReport;
  paragraphs: ParagraphReport;
  readability: ReadabilityReport;
  passive: PassiveReport;
  wordsToAvoid: WordToAvoidHit[];
  hashtags: HashtagReport;
  emoji: EmojiReport;
  caps: CapsReport;
  /** URLs written in the text. */
  urls: number;
  personalData: PersonalDataReport;
}

let last: { text: string; report: TextReport } | undefined;

/**
 * Run every text check. The last result is remembered, so several tip rules asking about the same text on the
 * same keystroke pay once: treat the report as read-only.
 */
export function checkText(text: string, paragraphs?: readonly string[]): TextReport {
  if (!paragraphs && last?.text === text) return last.report;
  const sentenceSpans = splitSentences(text);
  const report: TextReport = {
    words: countWords(text),
    sentences: checkSentences(sentenceSpans),
    paragraphs: checkParagraphs(paragraphs && paragraphs.length > 0 ? paragraphs : text),
    readability: readingEase(text, sentenceSpans),
    passive: checkPassive(text, sentenceSpans),
    wordsToAvoid: findWordsToAvoid(text),
    hashtags: checkHashtags(text),
    emoji: checkEmoji(text),
    caps: checkCaps(text),
    urls: findUrls(text).length,
    personalData: findPersonalData(text),
  };
  if (!paragraphs) last = { text, report };
  return report;
}

export interface PostReport {
  text: TextReport;
  /** Words in the title, or null without one. */
  titleWords: number | null;
  headings: HeadingReport;
  /** Section lengths, or null when the order of headings and paragraphs is unknown. */
  sections: SectionReport | null;
  /** A long text without any subheading (known even when sections are not). */
  needsSubheadings: boolean;
  images: ImagesReport;
  links: LinksReport;
  /** Against the platform's limit, or the post's own limit in graphemes; null when neither is known. */
  length: LengthReport | null;
  /** Personal data in the title and in mailto:/tel: links (counts only: offsets are not into the text). */
  personalDataElsewhere: PersonalDataReport;
}

/** Run every check on a post. */
export function checkPost(post: PostInput, options: PostOptions = {}): PostReport {
  const paragraphs = post.paragraphs && post.paragraphs.length > 0 ? post.paragraphs : undefined;
  const text = checkText(post.text, paragraphs);
  const headings = post.headings ?? [];
  const blocks = post.blocks ?? blocksFromText(post.text, headings, paragraphs);
  const sections = blocks ? checkSections(blocks) : null;
  const limit = options.limit ?? post.limit;
  let length: LengthReport | null = null;
  if (options.platform) length = measureLength(post.text, options.platform, limit === undefined ? {} : { limit });
  else if (limit !== undefined && Number.isFinite(limit) && limit > 0) {
    const used = countGraphemes(post.text);
    length = { used, limit, over: used > limit, remaining: limit - used, unit: 'graphemes' };
  }
  const elsewhere = [
    post.title ?? '',
    ...(post.links ?? []).map((l) => l.href.trim()).filter((h) => /^(?:mailto|tel):/i.test(h)).map((h) => decodeSafely(h.replace(/^[a-z]+:/i, ''))),
  ].join('\n');
  return {
    text,
    titleWords: post.title === undefined ? null : countWords(post.title),
    headings: checkHeadings(headings, options.titleLevel === undefined ? {} : { titleLevel: options.titleLevel }),
    sections,
    needsSubheadings: sections ? sections.needsSubheadings : headings.length === 0 && text.words > YOAST_SUBHEADINGS_NEEDED_OVER,
    images: checkImages(post.images ?? []),
    links: checkLinks(post.links ?? []),
    length,
    personalDataElsewhere: findPersonalData(elsewhere),
  };
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s.split('?')[0] ?? '');
  } catch {
    return s;
  }
}

/** A flat record of numbers and booleans: what a practice-log entry may keep. */
export type Metrics = Record<string, number | boolean>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The text's metrics (22 at most): counts, shares rounded to 2 decimals, booleans. `readingEase` is left out
 * when it cannot be computed (30 words or fewer), since a metric cannot be null.
 */
export function textMetrics(r: TextReport): Metrics {
  const m: Metrics = {
    words: r.words,
    sentences: r.sentences.sentenceCount,
    paragraphs: r.paragraphs.count,
    longestSentenceWords: r.sentences.longestWords,
    longSentences: r.sentences.overGovUk.length,
    longSentenceShare: round2(r.sentences.yoastLongShare),
    passiveShare: round2(r.passive.share),
    wordsToAvoid: r.wordsToAvoid.length,
    longestParagraphWords: r.paragraphs.longestWords,
    hashtags: r.hashtags.count,
    hashtagsInline: r.hashtags.inline,
    hashtagsCamelCaseOk: r.hashtags.camelCaseOk,
    emoji: r.emoji.count,
    emojiRepeated: r.emoji.repeated > 0,
    capsWords: r.caps.capsWords,
    capsLongestRun: r.caps.longestRun,
    urls: r.urls,
    personalData: r.personalData.found,
    personalEmail: r.personalData.counts.email,
    personalPhone: r.personalData.counts.mobile + r.personalData.counts.landline,
    personalNiNumber: r.personalData.counts['ni-number'],
  };
  if (r.readability.score !== null) m.readingEase = r.readability.score;
  return m;
}

/** Metrics of plain text (a social post, a comment reply). */
export function analyseText(text: string): Metrics {
  return textMetrics(checkText(text));
}

/** Metrics of a post (38 at most, leaving room under the practice log's 40 for a detector's own). */
export function analysePost(post: PostInput, options: PostOptions = {}): Metrics {
  const r = checkPost(post, options);
  const m = textMetrics(r.text);
  const other = r.personalDataElsewhere.counts;
  m.personalData = r.text.personalData.found || r.personalDataElsewhere.found;
  m.personalEmail = (m.personalEmail as number) + other.email;
  m.personalPhone = (m.personalPhone as number) + other.mobile + other.landline;
  m.personalNiNumber = (m.personalNiNumber as number) + other['ni-number'];
  if (r.titleWords !== null) m.titleWords = r.titleWords;
  m.headings = r.headings.count;
  m.headingsSkipped = r.headings.skipped.length;
  m.headingsEmpty = r.headings.empty.length;
  if (r.sections) m.longestSectionWords = r.sections.longestWords;
  m.needsSubheadings = r.needsSubheadings;
  m.images = r.images.total;
  m.imagesMissingAlt = r.images.missing;
  m.imagesAltProblems = r.images.withProblems;
  m.links = r.links.total;
  m.linksVague = r.links.vague;
  m.linksBareUrl = r.links.urlAsText;
  m.linksDocument = r.links.documents;
  if (r.length) {
    m.lengthUsed = r.length.used;
    m.lengthLimit = r.length.limit;
    m.lengthOver = r.length.over;
  }
  return m;
}
