import { describe, expect, it } from 'vitest';
import { findEmails, findLinksAndEmails, findUrls, isUrlLike, maskSpans, mergeSpans } from '../../../lib/checks/urls';

const urls = (t: string) => findUrls(t).map((s) => t.slice(s.start, s.end));

describe('findUrls', () => {
  it.each([
    ['scheme URL', 'Details at https://www.gov.uk/register-to-vote today', ['https://www.gov.uk/register-to-vote']],
    ['www without scheme', 'Visit www.cardiff.gov.uk for more', ['www.cardiff.gov.uk']],
    ['bare domain with path', 'Report it at powys.gov.uk/fly-tipping', ['powys.gov.uk/fly-tipping']],
    ['sentence full stop is not part of it', 'See gov.uk/bins.', ['gov.uk/bins']],
    ['closing bracket without an opening one is not part of it', '(see https://example.org/page)', ['https://example.org/page']],
    ['balanced brackets stay', 'https://en.wikipedia.org/wiki/Cardiff_(disambiguation) is long', ['https://en.wikipedia.org/wiki/Cardiff_(disambiguation)']],
    ['query and fragment', 'https://example.com/a?b=1#top, then', ['https://example.com/a?b=1#top']],
    ['several', 'a.com and b.org/x', ['a.com', 'b.org/x']],
    ['Welsh TLD', 'Ewch i llyw.cymru/newyddion', ['llyw.cymru/newyddion']],
  ])('%s', (_n, input, expected) => {
    expect(urls(input)).toEqual(expected);
  });

  it.each([
    ['abbreviations', 'e.g. this, i.e. that, Dr.Smith'],
    ['decimals', 'It rose 3.5 per cent'],
    ['a domain inside an e-mail address', 'Email bins@cardiff.gov.uk please'],
    ['a missing space after a full stop', 'We are closed.Thanks for waiting'],
    ['a scheme with nothing after it', 'type https:// here'],
    ['unknown endings', 'file.txt and version 1.2.3'],
  ])('does not find a URL in %s', (_n, input) => {
    expect(findUrls(input)).toEqual([]);
  });

  it('completes on 50,000 characters of hostile input', () => {
    expect(findUrls('a.'.repeat(25_000))).toEqual([]);
    expect(findUrls('a'.repeat(50_000))).toEqual([]);
    expect(findUrls(`https://${'a'.repeat(50_000)}`)).toHaveLength(1);
  });
});

describe('findEmails', () => {
  it('finds addresses with offsets', () => {
    const t = 'Contact jane.smith@example.gov.uk or bins@council.wales.';
    expect(findEmails(t).map((s) => t.slice(s.start, s.end))).toEqual(['jane.smith@example.gov.uk', 'bins@council.wales']);
  });
  it.each([['a handle', '@CardiffCouncil'], ['a Mastodon handle with no dot in domain', '@user@localhost'], ['no @', 'plain text']])(
    'ignores %s',
    (_n, t) => expect(findEmails(t)).toEqual([]),
  );
  it('completes on 50,000 characters without an @ sign, or with many', () => {
    expect(findEmails('a'.repeat(50_000))).toEqual([]);
    expect(findEmails('a@'.repeat(25_000))).toEqual([]);
  });
});

describe('isUrlLike', () => {
  it.each([
    ['https://www.gov.uk', true], ['www.example.org/page', true], ['gov.uk/bins.', true], ['Bin collections', false],
    ['', false], ['see gov.uk', false], ['report.pdf', false],
  ] as const)('%s → %s', (s, expected) => expect(isUrlLike(s)).toBe(expected));
});

describe('span helpers', () => {
  it('maskSpans keeps offsets', () => {
    const t = 'go to a.com now';
    const m = maskSpans(t, findLinksAndEmails(t));
    expect(m).toBe('go to xxxxx now');
    expect(m.length).toBe(t.length);
  });
  it('mergeSpans joins overlaps', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { start: 0, end: 4 }, { start: 5, end: 9 },
    ]);
  });
});
