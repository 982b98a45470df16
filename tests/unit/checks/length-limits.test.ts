import { describe, expect, it } from 'vitest';
import {
  PLATFORM_LIMITS,
  SHORT_URL_LENGTH,
  mastodonLength,
  measureLength,
  xWeightedLength,
} from '../../../lib/checks/length-limits';

describe('limits', () => {
  it('are the documented defaults', () => {
    expect(PLATFORM_LIMITS).toEqual({ x: 280, bluesky: 300, mastodon: 500, threads: 500, linkedin: 3000, facebook: 63206 });
  });
});

describe('xWeightedLength', () => {
  it.each([
    ['', 0],
    ['Bins go out tonight', 19],
    ['Read it: https://www.example.gov.uk/a/very/long/path/to/the/consultation/page', 9 + SHORT_URL_LENGTH],
    ['See gov.uk', 4 + SHORT_URL_LENGTH],
    ['🎉', 2],
    ['👨‍👩‍👧‍👦', 2],
    ['🏴󠁧󠁢󠁷󠁬󠁳󠁿 Cymru', 2 + 6],
    ['café', 4],
    ['cafe\u0301', 4], // NFC-normalised to "café"
    ['Здравствуйте', 12], // Cyrillic weighs 1
    ['東京', 4], // CJK weighs 2
    ['“quotes” – dash', 15], // general punctuation in the light ranges weighs 1
    ['…', 2], // U+2026 is outside them
    ['a\r\nb', 4], // code points, not graphemes
  ])('%j → %i', (t, n) => expect(xWeightedLength(t)).toBe(n));
});

describe('mastodonLength', () => {
  it.each([
    ['Hello', 5],
    ['https://example.social/@council/1234567890123456789', SHORT_URL_LENGTH],
    ['Thanks @council@example.social!', 'Thanks @council!'.length],
    ['See gov.uk', 10], // bare domains are not links on Mastodon
    ['👨‍👩‍👧‍👦🎉', 2],
  ])('%j → %i', (t, n) => expect(mastodonLength(t)).toBe(n));
});

describe('measureLength', () => {
  it('X: 280 weighted; an emoji-heavy post goes over sooner', () => {
    const text = 'a'.repeat(278);
    expect(measureLength(text, 'x')).toEqual({ used: 278, limit: 280, over: false, remaining: 2, unit: 'weighted' });
    expect(measureLength(`${text}🎉`, 'x')).toMatchObject({ used: 280, over: false });
    expect(measureLength(`${text}🎉!`, 'x')).toMatchObject({ used: 281, over: true, remaining: -1 });
  });

  it('Bluesky: 300 graphemes', () => {
    expect(measureLength('👨‍👩‍👧‍👦'.repeat(300), 'bluesky')).toEqual({ used: 300, limit: 300, over: false, remaining: 0, unit: 'graphemes' });
    expect(measureLength('a'.repeat(301), 'bluesky').over).toBe(true);
  });

  it('Mastodon: instance limit as a parameter', () => {
    const post = 'a'.repeat(600);
    expect(measureLength(post, 'mastodon')).toMatchObject({ used: 600, limit: 500, over: true });
    expect(measureLength(post, 'mastodon', { limit: 1000 })).toMatchObject({ limit: 1000, over: false, remaining: 400 });
  });

  it('ignores a nonsense limit and uses the default', () => {
    expect(measureLength('x', 'threads', { limit: -5 }).limit).toBe(500);
    expect(measureLength('x', 'threads', { limit: Number.NaN }).limit).toBe(500);
  });

  it.each([
    ['threads', 500], ['linkedin', 3000], ['facebook', 63206],
  ] as const)('%s: %i graphemes', (platform, limit) => {
    expect(measureLength('a'.repeat(limit), platform)).toMatchObject({ used: limit, over: false });
    expect(measureLength('a'.repeat(limit + 1), platform)).toMatchObject({ over: true });
  });

  it('completes on 50,000 characters for every platform', () => {
    const t = 'Bins 🎉 https://ex.org/a '.repeat(2_100);
    for (const p of ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook'] as const) {
      expect(measureLength(t, p).used).toBeGreaterThan(0);
    }
  });
});
