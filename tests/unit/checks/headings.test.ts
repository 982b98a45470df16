import { describe, expect, it } from 'vitest';
import { checkHeadings } from '../../../lib/checks/headings';

const hs = (...spec: [number, string?][]) => spec.map(([level, text = 'Section']) => ({ level, text }));

describe('checkHeadings', () => {
  it('a well-ordered post', () => {
    const r = checkHeadings(hs([2, 'What is changing'], [3, 'Green bins'], [3, 'Food waste'], [2, 'Contact us']));
    expect(r).toEqual({ count: 4, hasHeadings: true, skipped: [], empty: [], sameAsTitle: [] });
  });

  it('no headings', () => {
    expect(checkHeadings([])).toEqual({ count: 0, hasHeadings: false, skipped: [], empty: [], sameAsTitle: [] });
  });

  it.each([
    ['h2 → h4', hs([2], [4]), [{ index: 1, from: 2, to: 4 }]],
    ['first heading h3 under the h1 title', hs([3], [4]), [{ index: 0, from: 1, to: 3 }]],
    ['h2 → h3 → h5 → h2 → h6', hs([2], [3], [5], [2], [6]), [{ index: 2, from: 3, to: 5 }, { index: 4, from: 2, to: 6 }]],
  ])('skipped levels: %s', (_n, input, skipped) => {
    expect(checkHeadings(input).skipped).toEqual(skipped);
  });

  it('going back up any number of levels is fine', () => {
    expect(checkHeadings(hs([2], [3], [4], [2])).skipped).toEqual([]);
  });

  it('titleLevel 0 checks headings alone: the first may be any level', () => {
    expect(checkHeadings(hs([3], [4]), { titleLevel: 0 })).toMatchObject({ skipped: [], sameAsTitle: [] });
    expect(checkHeadings(hs([3], [5]), { titleLevel: 0 }).skipped).toEqual([{ index: 1, from: 3, to: 5 }]);
  });

  it('an h1 in a post body is reported as the same level as the title', () => {
    expect(checkHeadings(hs([1, 'Bin collections'], [2])).sameAsTitle).toEqual([0]);
  });

  it.each([['', true], ['   ', true], ['\u200B', true], ['...', true], ['–', true], ['FAQ', false], ['2024', false], ['📅', false]])(
    'heading text %j empty: %s',
    (text, isEmpty) => expect(checkHeadings([{ level: 2, text }]).empty).toEqual(isEmpty ? [0] : []),
  );
});
