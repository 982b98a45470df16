import { describe, expect, it } from 'vitest';
import {
  EDITORIA11Y_ALT_LONG,
  EQUALIZE_ALT_LONG,
  SA11Y_ALT_LONG,
  checkAltText,
  checkImages,
} from '../../../lib/checks/alt-text';

describe('checkAltText', () => {
  it('missing alt (null) and decorative alt (empty) are different, and neither is a problem in itself', () => {
    expect(checkAltText(null)).toEqual({ status: 'missing', problems: [], length: 0, longOver: null });
    expect(checkAltText('')).toEqual({ status: 'decorative', problems: [], length: 0, longOver: null });
  });

  it('whitespace-only alt is decorative with a problem', () => {
    expect(checkAltText('   ')).toMatchObject({ status: 'decorative', problems: ['whitespace'] });
  });

  it.each([
    ['IMG_1234.jpg', ['file-name']],
    ['DSC0001.JPG', ['file-name']],
    ['photo-2024.png', ['file-name']],
    ['bin-collection-map.webp', ['file-name']],
    ['Screenshot 2024-05-01 at 10.32.11.png', ['file-name']],
    ['Screenshot 2024-05-01 at 10.32.11 AM', ['file-name']],
    ['IMG_20240501_103211', ['file-name']],
    ['PXL_20240501_103211123', ['file-name']],
    ['WhatsApp Image 2024-05-01 at 10.32.11', ['file-name']],
    ['https://example.gov.uk/wp-content/uploads/2024/05/map.png', ['url']],
    ['www.example.org/image', ['url']],
    ['Image of the new recycling centre in Ely', ['starts-image-of']],
    ['picture of volunteers planting trees', ['starts-image-of']],
    ['A photo of the mayor opening the library', ['starts-image-of']],
    ['Graphic showing bin days by area', ['starts-image-of']],
    ['image', ['placeholder']],
    ['Photo', ['placeholder']],
    ['alt', ['placeholder']],
    ['Untitled', ['placeholder']],
    ['image 1', ['placeholder']],
    ['photo-2024', ['placeholder']],
    ['featured_image', ['placeholder']],
  ])('%s → %j', (alt, problems) => {
    expect(checkAltText(alt).problems).toEqual(problems);
  });

  it.each([
    'Volunteers planting oak trees in Bute Park',
    'Map of bin collection days: north of the river Tuesday, south Wednesday',
    'Photographer Jane Smith at the awards',
    'Imagery from the 1950s shows the old market',
    'Chart: recycling rose from 52% in 2019 to 64% in 2023',
    'Dr. Patel giving a flu jab at the Saturday clinic',
  ])('does not flag good alt text: %s', (alt) => {
    expect(checkAltText(alt)).toMatchObject({ status: 'present', problems: [], longOver: null });
  });

  it('flags an alt that is the image file name, when src is known', () => {
    expect(checkAltText('new-library-opening', { src: 'https://ex.org/uploads/new-library-opening.jpg?w=300' }).problems).toEqual(['file-name']);
    expect(checkAltText('Library', { src: '/uploads/Library.jpg' }).problems).toEqual([]); // a one-word name can be a fair alt
    expect(checkAltText('x', { src: '%E0%A4%A' }).problems).toEqual(['placeholder']); // malformed src does not throw
  });

  it('flags an alt that repeats the nearby caption', () => {
    expect(checkAltText('Cllr Jones opens the new library.', { nearbyText: ' cllr jones opens the new library ' }).problems).toEqual(['same-as-nearby']);
    expect(checkAltText('Cllr Jones cuts a ribbon', { nearbyText: 'Cllr Jones opens the new library' }).problems).toEqual([]);
  });

  it.each([
    [EDITORIA11Y_ALT_LONG, null, []],
    [EDITORIA11Y_ALT_LONG + 1, 160, ['long']],
    [SA11Y_ALT_LONG + 1, 250, ['long']],
    [EQUALIZE_ALT_LONG + 1, 300, ['long']],
  ] as const)('length %i → longOver %s', (n, over, problems) => {
    const alt = 'Volunteers '.repeat(40).slice(0, n - 1) + 'x';
    const r = checkAltText(alt);
    expect(r.length).toBe(n);
    expect(r.longOver).toBe(over);
    expect(r.problems).toEqual(problems);
  });

  it('counts length in characters, not UTF-16 units', () => {
    expect(checkAltText('Llongyfarchiadau 🎉').length).toBe(18);
  });

  it('completes on hostile long alt text', () => {
    expect(checkAltText(`IMG_1${' '.repeat(50_000)}x`).problems).toEqual(['long']);
    expect(checkAltText(`${'a.'.repeat(25_000)}jpg`).problems).toContain('long');
  });
});

describe('checkImages', () => {
  it('summarises a post', () => {
    const r = checkImages([
      { alt: null, src: 'a.jpg' },
      { alt: '', src: 'divider.png' },
      { alt: 'IMG_1234.jpg', src: 'IMG_1234.jpg' },
      { alt: 'Children at the summer reading challenge', src: 'x.jpg' },
      { alt: 'image of a bin' },
    ]);
    expect(r).toMatchObject({ total: 5, missing: 1, decorative: 1, good: 1, withProblems: 2 });
    expect(r.problems).toMatchObject({ 'file-name': 1, 'starts-image-of': 1, url: 0 });
    expect(r.images).toHaveLength(5);
  });
});
