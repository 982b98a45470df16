import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import * as checks from '../../../lib/checks';
import { analysePost, analyseText, checkPost, checkText } from '../../../lib/checks';
import { PracticeActionSchema } from '../../../lib/practice/schema';
import type { ContentSnapshot } from '../../../lib/sites/types';

const CANARY = 'Zanzibar-canary-7f3a';

const binPost: ContentSnapshot = {
  title: `Changes to your bin collection day ${CANARY}`,
  text: [
    'From Monday 3 June your bin collection day may change.',
    'What is changing',
    'We are changing the rounds so that our crews can reach every street in the county on the same day, which means that around a third of households will have a new collection day from June onwards.',
    'Your green bin will be emptied every two weeks. Going forward, food waste is collected weekly.',
    'Check your day',
    `Check your new day online. Email ${CANARY.toLowerCase()}@example.gov.uk if you need help.`,
  ].join('\n\n'),
  paragraphs: [],
  headings: [{ level: 2, text: 'What is changing' }, { level: 4, text: 'Check your day' }],
  images: [{ alt: null, src: 'map.png' }, { alt: 'IMG_1234.jpg', src: 'IMG_1234.jpg' }, { alt: 'Crew emptying a green bin', src: 'crew.jpg' }],
  links: [{ text: 'click here', href: 'https://example.gov.uk/bins' }, { text: 'Collection calendar', href: '/calendar.pdf' }],
};

describe('analysePost on a council blog post (a ContentSnapshot)', () => {
  const m = analysePost(binPost);

  it('summarises the post in numbers and booleans', () => {
    expect(m).toMatchObject({
      titleWords: 7,
      headings: 2,
      headingsSkipped: 1,
      headingsEmpty: 0,
      needsSubheadings: false,
      images: 3,
      imagesMissingAlt: 1,
      imagesAltProblems: 1,
      links: 2,
      linksVague: 1,
      linksBareUrl: 0,
      linksDocument: 1,
      longSentences: 1,
      longestSentenceWords: 37,
      wordsToAvoid: 1,
      personalData: true,
      personalEmail: 1,
      personalPhone: 0,
      hashtags: 0,
      hashtagsCamelCaseOk: true,
    });
    expect(m.longestSectionWords).toBeGreaterThan(37);
    expect(typeof m.readingEase).toBe('number');
    expect(m.passiveShare).toBeGreaterThan(0);
  });

  it('holds numbers and booleans only, never the words typed', () => {
    for (const [k, value] of Object.entries(m)) expect(['number', 'boolean'], k).toContain(typeof value);
    expect(JSON.stringify(m)).not.toMatch(/zanzibar|canary|bin collection/i);
    expect(JSON.stringify(checkPost(binPost))).not.toMatch(/zanzibar|canary/i);
  });

  it('fits the practice log: valid metrics under the schema, with room to spare', () => {
    const action = {
      id: '7d444840-9dc0-11d1-b245-5ffdce74fad2', key: 'k', time: 1, learner: 'l',
      site: { kind: 'wordpress', host: 'blog.example.gov.uk' }, context: 'wp.block-editor', type: 'post.published', skills: [],
      metrics: analysePost(binPost, { platform: 'x' }),
    };
    const r = v.safeParse(PracticeActionSchema, action);
    expect(r.issues?.map((i) => i.message)).toBeUndefined();
    expect(Object.keys(action.metrics).length).toBeLessThanOrEqual(38);
  });
});

describe('analyseText on social posts', () => {
  it('a good consultation post', () => {
    const m = analyseText('Have your say on our new parks plan. Tell us what you think by 30 June: https://example.gov.uk/parks\n\n#HaveYourSay #Parks');
    expect(m).toMatchObject({
      hashtags: 2, hashtagsInline: 0, hashtagsCamelCaseOk: true, emoji: 0, capsWords: 0, urls: 1, personalData: false,
      longSentences: 0, wordsToAvoid: 0,
    });
    expect(m).not.toHaveProperty('readingEase'); // 30 words or fewer
  });

  it('a post with every social problem', () => {
    const m = analyseText('URGENT PLEASE READ 🚨🚨🚨 clinic #closed today, call 07700 900123 🙏 #nhswales #covidvaccine #localgov');
    expect(m).toMatchObject({
      capsWords: 3, capsLongestRun: 3, emoji: 4, emojiRepeated: true, hashtags: 4, hashtagsInline: 1,
      hashtagsCamelCaseOk: false, personalData: true, personalPhone: 1,
    });
  });

  it('empty text gives zeros', () => {
    expect(analyseText('')).toMatchObject({ words: 0, sentences: 0, paragraphs: 0, longestSentenceWords: 0, emoji: 0, personalData: false });
  });
});

describe('checkPost', () => {
  it('measures length for a platform, or against the post limit', () => {
    expect(checkPost({ text: 'Bins 🎉' }, { platform: 'x' }).length).toEqual({ used: 7, limit: 280, over: false, remaining: 273, unit: 'weighted' });
    expect(checkPost({ text: 'a'.repeat(600) }, { platform: 'mastodon', limit: 1000 }).length?.over).toBe(false);
    expect(checkPost({ text: 'a'.repeat(600), limit: 500 }, { platform: 'mastodon' }).length?.over).toBe(true);
    expect(checkPost({ text: 'abc', limit: 2 }).length).toEqual({ used: 3, limit: 2, over: true, remaining: -1, unit: 'graphemes' });
    expect(checkPost({ text: 'abc' }).length).toBeNull();
  });

  it('uses blocks when given, and says when section order is unknown', () => {
    const long = Array.from({ length: 320 }, () => 'bins').join(' ');
    const withBlocks = checkPost({ text: long, blocks: [{ kind: 'heading', level: 2, text: 'A' }, { kind: 'paragraph', text: long }] });
    expect(withBlocks.sections?.longestWords).toBe(320);
    const unknown = checkPost({ text: long, headings: [{ level: 2, text: 'Not in the text' }] });
    expect(unknown.sections).toBeNull();
    expect(unknown.needsSubheadings).toBe(false);
    expect(checkPost({ text: long }).needsSubheadings).toBe(true);
  });

  it('finds personal data in the title and in mailto:/tel: links', () => {
    const r = checkPost({ title: 'Call 07700 900123', text: 'Hello', links: [{ text: 'Email Jo', href: 'mailto:jo%40example.org' }, { text: 'Ring', href: 'tel:+447700900123' }] });
    expect(r.personalDataElsewhere.counts).toEqual({ email: 1, mobile: 2, landline: 0, 'ni-number': 0 });
    expect(analysePost({ title: 'Call 07700 900123', text: 'Hello' })).toMatchObject({ personalData: true, personalPhone: 1 });
  });

  it('remembers the last text, so rules asking again pay once', () => {
    expect(checkText('Bins go out tonight.')).toBe(checkText('Bins go out tonight.'));
    expect(checkText('Bins go out tonight.')).not.toBe(checkText('Bins go out tomorrow.'));
  });

  it('completes on a 50,000-character post', () => {
    const para = 'Your green bin will be emptied on Tuesday 🎉 #BinDay see https://example.gov.uk/bins or call 029 2018 0123. ';
    const text = Array.from({ length: 50 }, () => para.repeat(10)).join('\n\n');
    expect(text.length).toBeGreaterThan(50_000);
    const m = analysePost({ text, headings: [] }, { platform: 'bluesky' });
    expect(m.words).toBe(8_000);
    expect(m.hashtags).toBe(500);
    expect(m.personalPhone).toBe(500);
    expect(m.lengthOver).toBe(true);
  });
});

describe('index', () => {
  it('exports every check and its thresholds', () => {
    for (const name of [
      'splitSentences', 'checkSentences', 'longSentences', 'countWords', 'checkParagraphs', 'checkSections', 'readingEase',
      'checkPassive', 'findWordsToAvoid', 'checkHeadings', 'checkAltText', 'checkImages', 'checkLinkText', 'checkLinks',
      'checkHashtags', 'checkEmoji', 'countGraphemes', 'checkCaps', 'measureLength', 'findPersonalData', 'analyseText',
      'analysePost', 'GOVUK_SENTENCE_MAX_WORDS', 'YOAST_LONG_SENTENCE_WORDS', 'EDITORIA11Y_ALT_LONG', 'GCS_MAX_HASHTAGS',
      'GCS_MAX_EMOJI', 'PLATFORM_LIMITS', 'READABILITY_MIN_WORDS', 'WORDS_TO_AVOID',
    ]) {
      expect(checks, name).toHaveProperty(name);
    }
  });
});
