/**
 * Small helpers for writing rules: the groups of sites rules usually target, and a per-evaluation memo so that
 * several rules reading the same check (three hashtag rules, say) compute it once per snapshot.
 */
import type { SiteKind } from '../practice/schema';
import type { ContentSnapshot } from '../sites/types';
import { checkSentences, type SentenceReport } from '../checks/sentences';
import { checkHashtags, type HashtagReport } from '../checks/hashtags';
import { checkEmoji, type EmojiReport } from '../checks/emoji';
import { checkCaps, type CapsReport } from '../checks/caps';
import { findPersonalData, type PersonalDataReport } from '../checks/personal-data';
import { checkImages, type ImagesReport } from '../checks/alt-text';
import { checkLinks, type LinksReport } from '../checks/link-text';
import { findUrls } from '../checks/urls';
import { findWordsToAvoid, type WordToAvoidHit } from '../checks/words-to-avoid';
import { measureLength, PLATFORM_LIMITS, type LengthReport, type Platform } from '../checks/length-limits';

export const SOCIAL_SITES = ['x', 'linkedin', 'facebook', 'mastodon', 'bluesky', 'threads'] as const satisfies readonly SiteKind[];
export const BLOG_SITES = ['wordpress', 'wordpress.com'] as const satisfies readonly SiteKind[];

export function isSocial(site: SiteKind): boolean {
  return (SOCIAL_SITES as readonly SiteKind[]).includes(site);
}

// Keyed by the snapshot object: the runtime takes one snapshot per evaluation, so the memo lives exactly as long
// as that evaluation (a WeakMap lets it go with the snapshot).
const memo = new WeakMap<ContentSnapshot, Map<string, unknown>>();

/** `fn(content)`, computed once per snapshot and key. */
export function derived<T>(content: ContentSnapshot, key: string, fn: (c: ContentSnapshot) => T): T {
  let m = memo.get(content);
  if (!m) memo.set(content, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = fn(content);
  m.set(key, v);
  return v;
}

/** Everything the learner wrote that a reader sees: the title (if any) and the body. */
export function allText(content: ContentSnapshot): string {
  return content.title ? `${content.title}\n\n${content.text}` : content.text;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks over the snapshot, memoised: rules call these instead of the checks directly.
// ---------------------------------------------------------------------------------------------------------------

// Nothing written yet is the usual state when a page loads. The checks' patterns are compiled on first use
// (Unicode-aware expressions cost tens of milliseconds to compile), so an empty field must not trigger them.
const blank = (s: string | undefined) => !s || s.trim() === '';
const EMPTY_SENTENCES: SentenceReport = {
  sentenceCount: 0, wordCount: 0, longestWords: 0, longestIndex: -1, averageWords: 0, overGovUk: [], yoastLongCount: 0,
  yoastLongShare: 0, yoastRating: 'good',
};
const EMPTY_CAPS: CapsReport = { words: 0, capsWords: 0, share: 0, flagged: [], runs: [], longestRun: 0 };
const EMPTY_PERSONAL: PersonalDataReport = {
  kinds: [], counts: { email: 0, mobile: 0, landline: 0, 'ni-number': 0 }, matches: [], found: false,
};

export const sentencesOf = (c: ContentSnapshot): SentenceReport =>
  derived(c, 'sentences', (x) => (blank(x.text) ? EMPTY_SENTENCES : checkSentences(x.text)));
/** Sentences over GOV.UK's 25 words, in the body. */
export const longSentenceCount = (c: ContentSnapshot): number => sentencesOf(c).overGovUk.length;
export const hashtagsOf = (c: ContentSnapshot): HashtagReport => derived(c, 'hashtags', (x) => checkHashtags(x.text));
export const emojiOf = (c: ContentSnapshot): EmojiReport => derived(c, 'emoji', (x) => checkEmoji(x.text));
export const capsOf = (c: ContentSnapshot): CapsReport =>
  derived(c, 'caps', (x) => (blank(x.text) && blank(x.title) ? EMPTY_CAPS : checkCaps(allText(x))));
export const personalDataOf = (c: ContentSnapshot): PersonalDataReport =>
  derived(c, 'personal-data', (x) => (blank(x.text) && blank(x.title) ? EMPTY_PERSONAL : findPersonalData(allText(x))));
export const imagesOf = (c: ContentSnapshot): ImagesReport => derived(c, 'images', (x) => checkImages(x.images));
export const linksOf = (c: ContentSnapshot): LinksReport => derived(c, 'links', (x) => checkLinks(x.links));
/** Links in a post: the URLs typed in the text, or the links the editor reports, whichever is more. */
export const linkCount = (c: ContentSnapshot): number =>
  derived(c, 'link-count', (x) => Math.max(blank(x.text) ? 0 : findUrls(x.text).length, x.links.length));
export const wordsToAvoidOf = (c: ContentSnapshot): WordToAvoidHit[] =>
  derived(c, 'words-to-avoid', (x) => (blank(x.text) && blank(x.title) ? [] : findWordsToAvoid(allText(x))));
/** The post's length the platform's way, against its limit (the site's own when the adapter read it). */
export const lengthOf = (site: SiteKind, c: ContentSnapshot): LengthReport =>
  derived(c, `length:${site}`, (x) => {
    if (!blank(x.text)) return measureLength(x.text, site as Platform, x.limit ? { limit: x.limit } : {});
    const limit = x.limit ?? PLATFORM_LIMITS[site as Platform] ?? 0;
    return { used: 0, limit, over: false, remaining: limit, unit: site === 'x' ? 'weighted' : 'graphemes' };
  });
