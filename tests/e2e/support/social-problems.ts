/**
 * What the social tests type: one post per problem issue 6 names, each meant to wake exactly one rule (the unit
 * test tests/unit/tips/social-rules.test.ts checks that against the real rules, so the end-to-end test can expect
 * one card on the compose box), plus a clean post, its image description and a reply that wake none.
 *
 * Plain data, no Playwright: the unit tests import it too.
 */
import { PLATFORM_LIMITS, type Platform } from '../../../lib/checks';

export interface ComposeProblem {
  /** What is wrong, for test names. */
  name: string;
  text: string;
  /** The rule that must fire, and its tip (the card's `data-tip`). */
  rule: string;
  tip: string;
}

export const COMPOSE_PROBLEMS: readonly ComposeProblem[] = [
  { name: 'hashtag not in CamelCase', text: 'Join us at the library on Saturday #localgov', rule: 'hashtag-camel-case', tip: 'hashtags.camel-case' },
  { name: 'more than two hashtags', text: 'Library news for the weekend #LocalGov #Wales #Libraries', rule: 'too-many-hashtags', tip: 'hashtags.too-many' },
  { name: 'hashtag mid-sentence', text: 'Our #LocalGov team opens the new library today.', rule: 'hashtag-mid-sentence', tip: 'hashtags.at-the-end' },
  { name: 'more than one link', text: 'Opening times: https://example.org/hours and the map: https://example.org/map', rule: 'too-many-links', tip: 'links.one-per-post' },
  { name: 'more than three emoji', text: 'The library is open again today 🎉📚😀🌞', rule: 'too-many-emoji', tip: 'emoji.too-many' },
  { name: 'ALL CAPS', text: 'THE LIBRARY IS OPEN TODAY', rule: 'all-caps', tip: 'caps.all-caps' },
  {
    name: 'sentence over 25 words',
    text:
      'The library on the high street will open later than usual on Saturday because the staff are taking part in a training day about the new computer system.',
    rule: 'long-sentence',
    tip: 'plain-english.long-sentence',
  },
  { name: 'personal data', text: 'For a library card email jane.smith@gmail.com today.', rule: 'personal-data', tip: 'privacy.personal-data' },
];

/** A post with nothing to say about it: one link, one CamelCase hashtag at the end, short sentences. */
export const CLEAN_POST = 'Join us at the library on Saturday: https://example.org/library #LocalGov';
/** Its image's description. */
export const ALT_TEXT = 'Children reading picture books on beanbags in the library';
/** A reply with nothing to say about it (besides the tone reminder every reply gets). */
export const CLEAN_REPLY = 'Thank you for asking. The mobile library stops there at 10am.';

/** Short sentences, repeated until the post is over the platform's limit (and nothing else is wrong). */
export function overLimitText(site: Platform, limit: number = PLATFORM_LIMITS[site]): string {
  const sentence = 'The library is open. ';
  return sentence.repeat(Math.ceil((limit + 10) / sentence.length)).trim();
}
