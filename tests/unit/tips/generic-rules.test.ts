/**
 * The generic rules on real-looking text: each fires on the problem it names and stays quiet on good writing.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/tips/rules';
import type { ContentSnapshot } from '../../../lib/sites/types';
import type { RuleContext } from '../../../lib/tips/types';
import type { SiteKind } from '../../../lib/practice/schema';

const rule = (id: string) => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

const snap = (over: Partial<ContentSnapshot> = {}): ContentSnapshot => ({
  text: '',
  paragraphs: [],
  headings: [],
  images: [],
  links: [],
  ...over,
});

const ctx = (over: Partial<ContentSnapshot> = {}, site: SiteKind = 'x', extra: Partial<RuleContext> = {}): RuleContext => ({
  site,
  context: 'test.screen',
  content: snap(over),
  now: new Date('2027-04-20T10:00:00'),
  practised: () => 0,
  ...extra,
});

const fires = (id: string, c: RuleContext) => rule(id).when(c);

const LONG =
  'The council has agreed that the new recycling centre on the east side of the city will open in the spring after a long consultation with residents and local businesses.';

describe('generic rules', () => {
  it('long-sentence: over 25 words', () => {
    expect(fires('long-sentence', ctx({ text: LONG }))).toBe(true);
    expect(fires('long-sentence', ctx({ text: 'The new recycling centre opens in spring. Residents helped plan it.' }))).toBe(false);
  });

  it('words-to-avoid: jargon from our list', () => {
    expect(fires('words-to-avoid', ctx({ text: 'We will leverage our partners going forward.' }))).toBe(true);
    expect(fires('words-to-avoid', ctx({ text: 'We will work with our partners from now on.' }))).toBe(false);
  });

  it('image-without-alt: missing everywhere, empty only on social sites', () => {
    expect(fires('image-without-alt', ctx({ images: [{ src: 'a.jpg', alt: null }] }))).toBe(true);
    expect(fires('image-without-alt', ctx({ images: [{ src: 'a.jpg', alt: '' }] }, 'mastodon'))).toBe(true);
    expect(fires('image-without-alt', ctx({ images: [{ src: 'a.jpg', alt: '' }] }, 'wordpress'))).toBe(false);
    expect(fires('image-without-alt', ctx({ images: [{ src: 'a.jpg', alt: 'Volunteers planting trees' }] }))).toBe(false);
  });

  it('alt-is-file-name, alt-starts-image-of, alt-too-long', () => {
    expect(fires('alt-is-file-name', ctx({ images: [{ src: 'x/IMG_2041.jpg', alt: 'IMG_2041.jpg' }] }))).toBe(true);
    expect(fires('alt-is-file-name', ctx({ images: [{ src: 'a.jpg', alt: 'The mayor opening the library' }] }))).toBe(false);
    expect(fires('alt-starts-image-of', ctx({ images: [{ src: 'a.jpg', alt: 'Image of the mayor opening the library' }] }))).toBe(true);
    expect(fires('alt-starts-image-of', ctx({ images: [{ src: 'a.jpg', alt: 'The mayor opening the library' }] }))).toBe(false);
    expect(fires('alt-too-long', ctx({ images: [{ src: 'a.jpg', alt: 'A '.repeat(90) }] }))).toBe(true);
  });

  it('vague-link-text and url-as-link-text (blogs only)', () => {
    const links = [{ text: 'click here', href: 'https://example.gov.uk/bins' }];
    expect(RULES.find((r) => r.id === 'vague-link-text')!.sites).toEqual(['wordpress', 'wordpress.com']);
    expect(fires('vague-link-text', ctx({ links }, 'wordpress'))).toBe(true);
    expect(fires('vague-link-text', ctx({ links: [{ text: 'bin collection days', href: 'https://example.gov.uk/bins' }] }, 'wordpress'))).toBe(false);
    expect(fires('url-as-link-text', ctx({ links: [{ text: 'https://example.gov.uk/bins', href: 'https://example.gov.uk/bins' }] }, 'wordpress'))).toBe(true);
  });

  it('too-many-links: more than one in a post', () => {
    expect(fires('too-many-links', ctx({ text: 'See https://a.gov.uk/x and https://b.gov.uk/y' }))).toBe(true);
    expect(fires('too-many-links', ctx({ text: 'See https://a.gov.uk/x' }))).toBe(false);
  });

  it('hashtags: too many, not CamelCase, mid-sentence', () => {
    expect(fires('too-many-hashtags', ctx({ text: 'Bins are changing. #Bins #Recycling #Cardiff' }))).toBe(true);
    expect(fires('too-many-hashtags', ctx({ text: 'Bins are changing. #Bins #Recycling' }))).toBe(false);
    expect(fires('hashtag-camel-case', ctx({ text: 'Bins are changing. #recyclingcollections' }))).toBe(true);
    expect(fires('hashtag-camel-case', ctx({ text: 'Bins are changing. #RecyclingCollections' }))).toBe(false);
    expect(fires('hashtag-mid-sentence', ctx({ text: 'Our #Recycling centre opens in spring.' }))).toBe(true);
    expect(fires('hashtag-mid-sentence', ctx({ text: 'Our recycling centre opens in spring. #Recycling' }))).toBe(false);
  });

  it('too-many-emoji: more than three', () => {
    expect(fires('too-many-emoji', ctx({ text: 'Opening day 🎉🎉🎉🎉' }))).toBe(true);
    expect(fires('too-many-emoji', ctx({ text: 'Opening day 🎉' }))).toBe(false);
  });

  it('all-caps: shouting, not acronyms', () => {
    expect(fires('all-caps', ctx({ text: 'PLEASE READ THIS NOTICE before Friday.' }))).toBe(true);
    expect(fires('all-caps', ctx({ text: 'The NHS and HMRC share guidance.' }))).toBe(false);
  });

  it('personal-data: a person’s details, not the office’s', () => {
    expect(fires('personal-data', ctx({ text: 'Call Jane on 07700 900123.' }))).toBe(true);
    expect(fires('personal-data', ctx({ text: 'His NI number is JK 12 34 56 C.' }))).toBe(true);
    expect(fires('personal-data', ctx({ text: 'Write to enquiries@cardiff.gov.uk with questions.' }))).toBe(false);
  });

  it('over-length-limit: counted the platform’s way, with the site’s own limit when known', () => {
    expect(fires('over-length-limit', ctx({ text: 'a'.repeat(281) }, 'x'))).toBe(true);
    expect(fires('over-length-limit', ctx({ text: 'a'.repeat(280) }, 'x'))).toBe(false);
    expect(fires('over-length-limit', ctx({ text: 'a'.repeat(600), limit: 1000 }, 'mastodon'))).toBe(false);
  });

  it('pre-election-period: only within the dates and once there is something to publish', () => {
    const period = { preElection: { start: '2027-04-01', end: '2027-05-06' } };
    expect(fires('pre-election-period', ctx({ text: 'Our news' }, 'x', period))).toBe(true);
    expect(fires('pre-election-period', ctx({ text: '' }, 'x', period))).toBe(false);
    expect(fires('pre-election-period', ctx({ text: 'Our news' }, 'x'))).toBe(false);
    expect(fires('pre-election-period', ctx({ text: 'Our news' }, 'x', { preElection: { start: '2027-05-01', end: '2027-05-06' } }))).toBe(false);
    expect(rule('pre-election-period').oncePerPage).toBe(true);
  });

  it('reply-tone: when replying', () => {
    expect(fires('reply-tone', ctx({ isReply: true }))).toBe(true);
    expect(fires('reply-tone', ctx({ isReply: false }))).toBe(false);
  });
});

describe('the helpers’ shortcuts for an empty field', () => {
  it('answer like the checks would, without running them', async () => {
    const { checkSentences } = await import('../../../lib/checks/sentences');
    const { checkCaps } = await import('../../../lib/checks/caps');
    const { findPersonalData } = await import('../../../lib/checks/personal-data');
    const { measureLength } = await import('../../../lib/checks/length-limits');
    const h = await import('../../../lib/tips/helpers');
    const empty = snap({ text: '   ' });
    expect(h.sentencesOf(empty)).toEqual(checkSentences('   '));
    expect(h.capsOf(empty)).toEqual(checkCaps('   '));
    expect(h.personalDataOf(empty)).toEqual(findPersonalData('   '));
    expect(h.wordsToAvoidOf(empty)).toEqual([]);
    expect(h.linkCount(empty)).toBe(0);
    expect(h.lengthOf('x', empty)).toEqual({ ...measureLength('   ', 'x'), used: 0, remaining: 280 });
    expect(h.lengthOf('mastodon', snap({ text: '', limit: 1000 }))).toEqual(measureLength('', 'mastodon', { limit: 1000 }));
  });
});
