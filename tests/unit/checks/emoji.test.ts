import { describe, expect, it } from 'vitest';
import { GCS_MAX_EMOJI, checkEmoji, countGraphemes, graphemes, isEmojiCluster } from '../../../lib/checks/emoji';

describe('isEmojiCluster', () => {
  it.each([
    ['🎉', true], ['❤️', true], ['❤', true], ['✅', true], ['⭐', true], ['☀️', true], ['👍🏽', true],
    ['👨‍👩‍👧‍👦', true], ['🏳️‍🌈', true], ['🏴󠁧󠁢󠁷󠁬󠁳󠁿', true], ['🇬🇧', true], ['1️⃣', true], ['#️⃣', true],
    ['©', false], ['®', false], ['™', false], ['‼', false], ['↔', false], ['a', false], ['1', false], ['#', false],
    ['é', false], ['☎︎', false], ['©️', true],
  ])('%s → %s', (c, expected) => expect(isEmojiCluster(c)).toBe(expected));
});

describe('countGraphemes', () => {
  it.each([
    ['', 0], ['Bins', 4], ['a\r\nb', 3], ['café', 4], ['cafe\u0301', 4], ['👨‍👩‍👧‍👦', 1], ['🇬🇧🏴󠁧󠁢󠁷󠁬󠁳󠁿', 2], ['Llongyfarchiadau 🎉', 18],
  ])('%j → %i', (t, n) => expect(countGraphemes(t)).toBe(n));
});

describe('checkEmoji', () => {
  it('counts clusters once: ZWJ families, flags, skin tones, keycaps', () => {
    const r = checkEmoji('Family fun day 👨‍👩‍👧‍👦 in Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿 — thumbs up 👍🏽 and 1️⃣');
    expect(r.count).toBe(4);
    expect(r.distinct).toBe(4);
    expect(r.tooMany).toBe(true);
  });

  it('a council post with two different emoji is fine', () => {
    const r = checkEmoji('Your bin day is changing 🗓️ Check your new day online ♻️');
    expect(r).toMatchObject({ count: 2, distinct: 2, repeated: 0, maxRepeat: 1, longestRun: 1, tooMany: false });
  });

  it('spots repeats, across skin tones too, and runs', () => {
    const r = checkEmoji('We did it 🎉🎉 🎉 thanks 👍 👍🏿 x 🎉');
    expect(r).toMatchObject({ count: 6, distinct: 2, repeated: 2, maxRepeat: 4, longestRun: 3 });
  });

  it('positions are UTF-16 offsets', () => {
    const t = 'Hi 🎉!';
    const [p] = checkEmoji(t).positions;
    expect(t.slice(p!.start, p!.end)).toBe('🎉');
  });

  it('no emoji: text symbols and plain text are not counted', () => {
    expect(checkEmoji('© Cardiff Council 2024™ — call 029 2087 2087 #1')).toMatchObject({ count: 0, tooMany: false, positions: [] });
    expect(checkEmoji('')).toMatchObject({ count: 0, longestRun: 0 });
  });

  it(`more than ${GCS_MAX_EMOJI} is too many`, () => {
    expect(checkEmoji('🌳🌲🌴').tooMany).toBe(false);
    expect(checkEmoji('🌳🌲🌴🌵').tooMany).toBe(true);
  });

  it('completes on 50,000 characters', () => {
    expect(checkEmoji('🎉 '.repeat(16_000)).count).toBe(16_000);
    expect(checkEmoji('a'.repeat(50_000)).count).toBe(0);
  });
});

describe('graphemes', () => {
  // The scanner cuts long texts into windows for Intl.Segmenter; whatever the cut, it must agree with one pass.
  const oneSegmenterPass = (t: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(t)].map((s) => [s.segment, s.index]);
  it.each([
    ['mixed', 'Bins 🎉 out\r\nby 7am 1️⃣ cafe\u0301 👨‍👩‍👧‍👦 🇬🇧🇫🇷 '.repeat(60)],
    ['CJK without ASCII', '東京都庁の新しい図書館'.repeat(300)],
    ['Hangul jamo', '\u1100\u1161\u11A8'.repeat(800)],
    ['Devanagari', 'क्षत्रिय नमस्ते '.repeat(200)],
    ['combining marks after ASCII', 'e\u0301'.repeat(1500)],
    ['CR LF at window edges', 'a\r\né\r\n\r\nb'.repeat(400)],
  ])('agrees with one Intl.Segmenter pass: %s', (_n, t) => {
    expect(graphemes(t).map((g) => [g.segment, g.index])).toEqual(oneSegmenterPass(t));
    expect(countGraphemes(t)).toBe(oneSegmenterPass(t).length);
  });
});
