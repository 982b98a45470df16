import { describe, expect, it } from 'vitest';
import { checkLinkText, checkLinks, documentTypeOf } from '../../../lib/checks/link-text';

describe('checkLinkText', () => {
  it.each([
    ['click here', ['vague']],
    ['Click here.', ['vague']],
    ['  HERE ', ['vague']],
    ['Read more…', ['vague']],
    ['read more »', ['vague']],
    ['More', ['vague']],
    ['this link', ['vague']],
    ['Link', ['vague']],
    ['(learn more)', ['vague']],
    ['Click here to see the new bin calendar', ['vague']],
    ['https://www.gov.uk/check-bin-collection-day', ['url-as-text']],
    ['www.cardiff.gov.uk', ['url-as-text']],
    ['cardiff.gov.uk/bins', ['url-as-text']],
    ['', ['empty']],
    ['→', ['empty']],
  ])('%j → %j', (text, problems) => expect(checkLinkText(text).problems).toEqual(problems));

  it.each([
    'Check your bin collection day',
    'Read more about the parks consultation',
    'Find out more about flu jabs',
    'Herefordshire Council',
    'Moreton library opening hours',
    'Linked data guidance',
  ])('does not flag descriptive text: %s', (text) => {
    expect(checkLinkText(text, 'https://example.gov.uk/page').problems).toEqual([]);
  });

  it('flags links to documents and names the type', () => {
    expect(checkLinkText('Annual report 2024', 'https://ex.gov.uk/files/annual-report.PDF?v=2#page=3')).toEqual({
      problems: ['document'], documentType: 'pdf',
    });
    expect(checkLinkText('click here', '/forms/claim.docx')).toEqual({ problems: ['vague', 'document'], documentType: 'docx' });
  });
});

describe('documentTypeOf', () => {
  it.each([
    ['report.pdf', 'pdf'], ['/a/b.doc', 'doc'], ['x.DOCX', 'docx'], ['budget.xls', 'xls'], ['budget.xlsx', 'xlsx'],
    ['notes.odt', 'odt'], ['data.ods', 'ods'], ['https://ex.org/page', null], ['https://ex.org/pdf-guide', null],
    ['https://ex.org/index.html', null], ['https://ex.org/a?file=b.pdf', null], ['', null],
  ] as const)('%s → %s', (href, type) => expect(documentTypeOf(href)).toBe(type));
});

describe('checkLinks', () => {
  it('summarises a post', () => {
    const r = checkLinks([
      { text: 'click here', href: 'https://ex.org/a' },
      { text: 'https://ex.org/b', href: 'https://ex.org/b' },
      { text: 'Consultation document', href: 'https://ex.org/c.pdf' },
      { text: 'Have your say on the parks plan', href: 'https://ex.org/d' },
      { text: ' ', href: 'https://ex.org/e' },
    ]);
    expect(r).toMatchObject({ total: 5, vague: 1, urlAsText: 1, documents: 1, empty: 1, good: 1 });
  });
});
