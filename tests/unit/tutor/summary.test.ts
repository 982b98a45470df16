import { describe, expect, it } from 'vitest';
import { summarise } from '../../../lib/tutor/summary';
import type { ContentSnapshot } from '../../../lib/sites/types';

const snap = (over: Partial<ContentSnapshot>): ContentSnapshot => ({ text: '', paragraphs: [], headings: [], images: [], links: [], ...over });

describe('coach panel check lines', () => {
  it('counts words only, when there is nothing written', () => {
    expect(summarise('x', snap({}))).toEqual([{ id: 'words', message: 'check.words', params: { count: 0 }, rating: 'info' }]);
  });

  it('rates a social post: sentence length, hashtags, emoji, links, length', () => {
    const lines = summarise('x', snap({ text: 'Our #recycling centre opens soon 🎉🎉🎉🎉 https://a.gov.uk https://b.gov.uk #Bins #Cardiff' }));
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId.hashtags).toMatchObject({ rating: 'poor', params: { count: 3 } });
    expect(byId.emoji).toMatchObject({ rating: 'poor', params: { count: 4 } });
    expect(byId.links).toMatchObject({ rating: 'poor', params: { count: 2 } });
    expect(byId.length).toMatchObject({ params: { limit: 280 } });
    expect(byId['reading-ease']).toBeUndefined();
  });

  it('rates a blog post: reading ease, alt text, link text, and never carries the words', () => {
    const text = Array.from({ length: 8 }, () => 'We opened the new library on Monday and many people came to see it.').join(' ');
    const lines = summarise('wordpress', snap({ text, images: [{ src: 'a.jpg', alt: null }], links: [{ text: 'click here', href: 'https://a.gov.uk' }] }));
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId['reading-ease']!.rating).toBe('good');
    expect(byId['alt-text']).toMatchObject({ rating: 'poor', params: { missing: 1, total: 1 } });
    expect(byId['link-text']).toMatchObject({ rating: 'poor', params: { unclear: 1, total: 1 } });
    expect(JSON.stringify(lines)).not.toContain('library');
  });
});
