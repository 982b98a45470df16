import { describe, expect, it } from 'vitest';
import {
  GOVUK_SENTENCE_MAX_WORDS,
  YOAST_LONG_SENTENCE_WORDS,
  checkSentences,
  longSentences,
  rateLongSentenceShare,
  splitSentences,
} from '../../../lib/checks/sentences';

/** The sentences as text, for readable expectations (the check itself returns offsets only). */
const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
/** n words, capitalised so that a following sentence starts like one. */
const words = (n: number) => ['Bins', ...Array.from({ length: n - 1 }, () => 'bins')].join(' ');

describe('splitSentences', () => {
  it.each([
    ['plain sentences', 'Bins are collected on Monday. Put them out by 7am. Thank you!', [
      'Bins are collected on Monday.', 'Put them out by 7am.', 'Thank you!',
    ]],
    ['titles are not ends', 'Dr. Patel and Cllr. Jones will open the clinic. Mr. Evans will chair.', [
      'Dr. Patel and Cllr. Jones will open the clinic.', 'Mr. Evans will chair.',
    ]],
    ['e.g. and i.e. are not ends', 'Bring proof of address, e.g. Council Tax bill. Come early, i.e. Before 9.', [
      'Bring proof of address, e.g. Council Tax bill.', 'Come early, i.e. Before 9.',
    ]],
    ['decimals do not split', 'Rents rise by 3.5 per cent in April. The cap is 7.0 per cent.', [
      'Rents rise by 3.5 per cent in April.', 'The cap is 7.0 per cent.',
    ]],
    ['URLs do not split', 'Read the plan at www.cardiff.gov.uk/plan. It closes soon. See https://example.org/a.b?c=1. Thanks.', [
      'Read the plan at www.cardiff.gov.uk/plan.', 'It closes soon.', 'See https://example.org/a.b?c=1.', 'Thanks.',
    ]],
    ['e-mail addresses do not split', 'Email bins@example.gov.uk. We reply in 2 days.', [
      'Email bins@example.gov.uk.', 'We reply in 2 days.',
    ]],
    ['?! runs and interrobangs end', 'Missed a bin?! Report it online. Really? Yes.', [
      'Missed a bin?!', 'Report it online.', 'Really?', 'Yes.',
    ]],
    ['ellipsis before a capital ends, before lower case continues', 'We waited… and waited... Then it came.', [
      'We waited… and waited...', 'Then it came.',
    ]],
    ['closing quotes stay with their sentence', 'She said "Bins go out tonight." Then she left.', [
      'She said "Bins go out tonight."', 'Then she left.',
    ]],
    ['bullet lines without full stops are sentences', 'What to bring:\n- proof of address\n• your NHS number\n1. a photo ID', [
      'What to bring:', 'proof of address', 'your NHS number', 'a photo ID',
    ]],
    ['number abbreviations before numbers', 'Call No. 10 on tel. 029 2087 2087 today. Bye.', [
      'Call No. 10 on tel. 029 2087 2087 today.', 'Bye.',
    ]],
    ['initials', 'The report by J. K. Smith is out. Read it.', ['The report by J. K. Smith is out.', 'Read it.']],
    ['a.m. before a capital ends', 'The clinic opens at 9 a.m. Please arrive early.', [
      'The clinic opens at 9 a.m.', 'Please arrive early.',
    ]],
    ['lines of only emoji or symbols are not sentences', 'Bins done 🎉\n🎉🎉\n—', ['Bins done 🎉']],
    ['blank lines separate paragraphs', 'First paragraph here\n\nSecond one here.', ['First paragraph here', 'Second one here.']],
    ['empty text', '', []],
    ['whitespace only', '  \n\n \t', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('returns indexes and word counts, offsets into the original text', () => {
    const t = '  Your bin day is changing.  From 1 April, it is Tuesday. ';
    const s = splitSentences(t);
    expect(s.map((x) => [x.index, x.words])).toEqual([[0, 5], [1, 6]]);
    expect(t.slice(s[1]!.start, s[1]!.end)).toBe('From 1 April, it is Tuesday.');
  });

  it('counts a URL as one word', () => {
    expect(splitSentences('See https://www.gov.uk/check-bin-collection-day now.')[0]!.words).toBe(3);
  });
});

describe('long sentences', () => {
  const council =
    'We are changing how we collect your recycling. ' +
    'From Monday 3 June 2024 the green bags that you currently use for mixed recycling will be replaced by a wheeled bin that we will deliver to every household in the county before the end of May. ' +
    'Keep using your food caddy.';

  it('flags sentences over 25 words (GOV.UK) and reports their index and length', () => {
    const long = longSentences(council);
    expect(long.map((s) => [s.index, s.words])).toEqual([[1, 37]]);
  });

  it('25 words is not long, 26 is', () => {
    expect(longSentences(`${words(GOVUK_SENTENCE_MAX_WORDS)}.`)).toHaveLength(0);
    expect(longSentences(`${words(GOVUK_SENTENCE_MAX_WORDS + 1)}.`)).toHaveLength(1);
  });

  it('takes a custom limit and pre-split sentences', () => {
    const s = splitSentences(council);
    expect(longSentences(s, 8).map((x) => x.index)).toEqual([1]);
    expect(longSentences(s, 7).map((x) => x.index)).toEqual([0, 1]);
  });

  it('does not flag short plain sentences (negative case)', () => {
    const nhs = 'The flu clinic is open on Saturday. You do not need to book. Bring your NHS number if you have it.';
    expect(longSentences(nhs)).toEqual([]);
    expect(checkSentences(nhs).yoastRating).toBe('good');
  });
});

describe('checkSentences (Yoast-style share)', () => {
  it('reports counts, the longest sentence and the share over 20 words', () => {
    const t = [words(21), words(5), words(5), words(30)].map((s) => `${s}.`).join(' ');
    const r = checkSentences(t);
    expect(r).toMatchObject({ sentenceCount: 4, wordCount: 61, longestWords: 30, longestIndex: 3, yoastLongCount: 2 });
    expect(r.yoastLongShare).toBe(0.5);
    expect(r.yoastRating).toBe('poor');
    expect(r.overGovUk.map((s) => s.index)).toEqual([3]);
    expect(r.averageWords).toBeCloseTo(15.25);
  });

  it('a sentence of exactly 20 words is not long for Yoast', () => {
    expect(checkSentences(`${words(YOAST_LONG_SENTENCE_WORDS)}.`).yoastLongCount).toBe(0);
  });

  it.each([
    [0, 'good'], [0.25, 'good'], [0.26, 'ok'], [0.3, 'ok'], [0.31, 'poor'], [1, 'poor'],
  ] as const)('share %s is %s', (share, rating) => {
    expect(rateLongSentenceShare(share)).toBe(rating);
  });

  it('handles empty text', () => {
    expect(checkSentences('')).toMatchObject({ sentenceCount: 0, wordCount: 0, longestWords: 0, longestIndex: -1, yoastLongShare: 0 });
  });

  it('finishes on a 50,000-character input without sentence punctuation, and on hostile dots', () => {
    expect(checkSentences('a'.repeat(50_000)).sentenceCount).toBe(1);
    expect(checkSentences('a.'.repeat(25_000)).sentenceCount).toBe(1);
    expect(checkSentences('Dr. '.repeat(12_500)).sentenceCount).toBe(1);
    expect(checkSentences(`${'Bins go out on Monday. '.repeat(2_200)}`).sentenceCount).toBe(2_200);
  });
});
