import { describe, expect, it } from 'vitest';
import {
  YOAST_PARAGRAPH_GOOD_MAX,
  YOAST_PARAGRAPH_POOR_OVER,
  YOAST_SECTION_GOOD_MAX,
  YOAST_SECTION_POOR_OVER,
  blocksFromText,
  checkParagraphs,
  checkSections,
  splitParagraphs,
  type Block,
} from '../../../lib/checks/structure';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'bins.' : 'bins')).join(' ');
const p = (n: number): Block => ({ kind: 'paragraph', text: words(n) });
const h = (level: number, text = 'Heading'): Block => ({ kind: 'heading', level, text });

describe('splitParagraphs', () => {
  it('splits at blank lines (with spaces), keeps single line breaks, trims', () => {
    const t = '  First para\nsame para\n\n\nSecond\n \t\nThird  ';
    expect(splitParagraphs(t).map((s) => t.slice(s.start, s.end))).toEqual(['First para\nsame para', 'Second', 'Third']);
  });
  it('no paragraphs in empty text', () => expect(splitParagraphs('\n\n  ')).toEqual([]));
});

describe('checkParagraphs', () => {
  it.each([
    [[10, 150], 'good', [], []],
    [[151, 20], 'ok', [0], []],
    [[200], 'ok', [0], []],
    [[40, 201], 'poor', [1], [1]],
  ] as const)('%j → %s', (lengths, rating, overGood, overPoor) => {
    const r = checkParagraphs(lengths.map(words));
    expect(r.rating).toBe(rating);
    expect(r.overGood).toEqual(overGood);
    expect(r.overPoor).toEqual(overPoor);
    expect(r.words).toEqual(lengths);
  });

  it('uses the Yoast limits', () => {
    expect([YOAST_PARAGRAPH_GOOD_MAX, YOAST_PARAGRAPH_POOR_OVER]).toEqual([150, 200]);
  });

  it('accepts text and reports the longest', () => {
    const r = checkParagraphs(`${words(12)}\n\n${words(30)}\n\n${words(5)}`);
    expect(r).toMatchObject({ count: 3, longestWords: 30, longestIndex: 1, rating: 'good' });
  });

  it('ignores empty paragraphs', () => {
    expect(checkParagraphs(['', '  ', 'Bins out tonight.']).count).toBe(1);
  });
  it('empty input', () => expect(checkParagraphs([])).toMatchObject({ count: 0, longestWords: 0, longestIndex: -1, rating: 'good' }));
});

describe('checkSections', () => {
  it('a long text with no subheading needs them', () => {
    const r = checkSections([p(200), p(150)]);
    expect(r).toMatchObject({ totalWords: 350, subheadings: 0, needsSubheadings: true, rating: 'poor' });
  });

  it('a short text with no subheading is fine (negative case)', () => {
    expect(checkSections([p(120), p(100)])).toMatchObject({ needsSubheadings: false, rating: 'good' });
    expect(checkSections([p(300)])).toMatchObject({ needsSubheadings: false });
  });

  it('measures each section, counting the intro before the first heading', () => {
    const r = checkSections([p(50), h(2), p(200), p(120), h(3), p(80)]);
    expect(r.sections).toEqual([
      { headingBlock: null, words: 50 },
      { headingBlock: 1, words: 320 },
      { headingBlock: 4, words: 80 },
    ]);
    expect(r).toMatchObject({ subheadings: 2, longestWords: 320, overGood: [1], overPoor: [], rating: 'ok', needsSubheadings: false });
  });

  it.each([
    [YOAST_SECTION_GOOD_MAX, 'good'],
    [YOAST_SECTION_GOOD_MAX + 1, 'ok'],
    [YOAST_SECTION_POOR_OVER, 'ok'],
    [YOAST_SECTION_POOR_OVER + 1, 'poor'],
  ] as const)('a section of %i words is %s', (n, rating) => {
    expect(checkSections([h(2), p(n)]).rating).toBe(rating);
  });

  it('headings do not count as section words; empty input is fine', () => {
    expect(checkSections([h(2, 'Bin collection changes from June')]).totalWords).toBe(0);
    expect(checkSections([])).toMatchObject({ totalWords: 0, sections: [], rating: 'good' });
  });
});

describe('blocksFromText', () => {
  const text = 'Intro about bins.\n\nWhat is changing\n\nGreen bins go.\n\nWhen\n\nFrom June.';
  it('puts headings back where their text is', () => {
    const b = blocksFromText(text, [{ level: 2, text: 'What is changing' }, { level: 2, text: ' when ' }]);
    expect(b?.map((x) => (x.kind === 'heading' ? `h${x.level}` : 'p'))).toEqual(['p', 'h2', 'p', 'h2', 'p']);
  });
  it('returns null when a heading is not in the text (order unknown)', () => {
    expect(blocksFromText(text, [{ level: 2, text: 'Not here' }])).toBeNull();
  });
  it('with no headings, every paragraph is a block; empty headings are skipped', () => {
    expect(blocksFromText(text)).toHaveLength(5);
    expect(blocksFromText(text, [{ level: 2, text: '  ' }])).toHaveLength(5);
  });
  it('uses given paragraphs when supplied', () => {
    expect(blocksFromText('ignored', [{ level: 2, text: 'B' }], ['A', 'B', 'C'])?.[1]).toEqual({ kind: 'heading', level: 2, text: 'B' });
  });
});
