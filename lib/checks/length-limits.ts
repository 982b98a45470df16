/**
 * Post length per platform, counted the way each platform counts (simplified where noted).
 *
 * - X: 280, weighted as twitter-text v3 does: every URL counts 23 (t.co); each emoji counts 2; other characters
 *   count 1 when in the ranges twitter-text gives weight 1 (U+0000–U+10FF: Latin, Greek, Cyrillic, Arabic,
 *   Hebrew…, and some general punctuation: U+2000–U+200D, U+2010–U+201F, U+2032–U+2037) and 2 otherwise (CJK…).
 *   Text is NFC-normalised first. Simplified: our URL finder (with or without scheme, a short list of TLDs)
 *   stands in for twitter-text's full URL grammar.
 * - Bluesky: 300 graphemes (the app.bsky.feed.post record's limit). Counted as typed: the app may shorten
 *   long links before posting, so a post with long URLs can count a little high here.
 * - Mastodon: 500 by default, but each instance sets its own (pass it). URLs with http(s):// count 23; a mention
 *   `@user@example.social` counts as `@user`; then graphemes (Mastodon's status length validator).
 * - Threads 500, LinkedIn posts 3,000, Facebook posts 63,206: counted as graphemes (what a reader sees).
 */
import { countGraphemes, isEmojiCluster, scanGraphemes } from './emoji';
import { findUrls } from './urls';

export const PLATFORMS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Post length limits (platform documentation; Mastodon's is the default of the software, set per instance). */
export const PLATFORM_LIMITS: Readonly<Record<Platform, number>> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  threads: 500,
  linkedin: 3000,
  facebook: 63206,
};

/** X (twitter-text v3) and Mastodon: what any URL counts for, whatever its length. */
export const SHORT_URL_LENGTH = 23;

export type LengthUnit = 'weighted' | 'graphemes';

export interface LengthReport {
  used: number;
  limit: number;
  over: boolean;
  /** limit − used (negative when over). */
  remaining: number;
  unit: LengthUnit;
}

export interface LengthOptions {
  /** The limit to use instead of the platform's default (a Mastodon instance's own, or the site's counter). */
  limit?: number;
}

// twitter-text v3: code points in these ranges weigh 1; all others weigh 2.
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function xCodePointWeight(cp: number): number {
  for (const [lo, hi] of X_LIGHT_RANGES) if (cp >= lo && cp <= hi) return 1;
  return 2;
}

/** X's weighted length (see the module comment for what is simplified). */
export function xWeightedLength(text: string): number {
  const normal = text.normalize('NFC');
  const urls = findUrls(normal);
  let used = urls.length * SHORT_URL_LENGTH;
  // The URLs are counted; weigh what is left between them.
  let rest = '';
  let at = 0;
  for (const u of urls) {
    rest += normal.slice(at, u.start);
    at = u.end;
  }
  rest += normal.slice(at);
  scanGraphemes(
    rest,
    (start, end) => {
      used += end - start; // ASCII weighs 1 per code point (twitter-text counts CR LF as 2)
    },
    (segment) => {
      if (isEmojiCluster(segment)) used += 2;
      else for (const ch of segment) used += xCodePointWeight(ch.codePointAt(0)!);
    },
  );
  return used;
}

// A remote mention: @user@domain. Mastodon counts only the @user part.
const REMOTE_MENTION = /(?<![\p{L}\p{N}_])(@[\p{L}\p{N}_]{1,30})@[\p{L}\p{N}.\-]{1,253}/gu;

/**
 * Mastodon's counted length: URLs as 23 characters, remote mentions without their domain, then graphemes.
 * Mastodon only links addresses with a scheme, so a bare "gov.uk" counts as its own letters.
 */
export function mastodonLength(text: string): number {
  const urls = findUrls(text).filter((u) => /^https?:\/\//i.test(text.slice(u.start, u.end)));
  let countable = '';
  let at = 0;
  for (const u of urls) {
    countable += text.slice(at, u.start) + 'x'.repeat(SHORT_URL_LENGTH);
    at = u.end;
  }
  countable += text.slice(at);
  return countGraphemes(countable.replace(REMOTE_MENTION, '$1'));
}

/** How much of a platform's limit the text uses. */
export function measureLength(text: string, platform: Platform, options: LengthOptions = {}): LengthReport {
  const limit = options.limit !== undefined && Number.isFinite(options.limit) && options.limit > 0 ? Math.floor(options.limit) : PLATFORM_LIMITS[platform];
  let used: number;
  let unit: LengthUnit = 'graphemes';
  if (platform === 'x') {
    used = xWeightedLength(text);
    unit = 'weighted';
  } else if (platform === 'mastodon') {
    used = mastodonLength(text);
  } else {
    used = countGraphemes(text);
  }
  return { used, limit, over: used > limit, remaining: limit - used, unit };
}
