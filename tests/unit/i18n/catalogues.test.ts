import { describe, expect, it } from 'vitest';
import { cy } from '../../../lib/i18n/catalogues/cy';
import { en } from '../../../lib/i18n/catalogues/en';
import { compareCatalogues, placeholderSet } from '../../../lib/i18n/check';
import { catalogues, LOCALES } from '../../../lib/i18n';
import { placeholdersOf, type Message } from '../../../lib/i18n/format';

describe('the checker catches each kind of fault', () => {
  const reference: Record<string, Message> = {
    a: 'Off for {host}.',
    b: { one: '{count} day', other: '{count} days' },
    c: 'Close',
  };
  it('passes an equivalent catalogue (forms may differ, placeholders may not)', () => {
    expect(compareCatalogues(reference, { a: 'I ffwrdd ar {host}.', b: { two: '{count} ddiwrnod', other: '{count} diwrnod' }, c: 'Cau' })).toEqual([]);
  });
  it('reports a missing key', () => {
    expect(compareCatalogues(reference, { a: 'x {host}', b: { other: '{count}' } })).toEqual([
      expect.objectContaining({ key: 'c', problem: 'missing' }),
    ]);
  });
  it('reports a stray key', () => {
    expect(compareCatalogues(reference, { ...reference, d: 'extra' })).toEqual([expect.objectContaining({ key: 'd', problem: 'stray' })]);
  });
  it('reports different placeholders, including a misspelt one', () => {
    const problems = compareCatalogues(reference, { ...reference, a: 'I ffwrdd ar {hots}.' });
    expect(problems).toEqual([expect.objectContaining({ key: 'a', problem: 'placeholders' })]);
    expect(problems[0]!.detail).toContain('{host}');
  });
  it('reports a plain string where plural forms are expected, an empty text and a bad category', () => {
    const problems = compareCatalogues(reference, { a: '  ', b: '{count} days', c: 'Cau' });
    expect(problems.map((p) => `${p.key}:${p.problem}`).sort()).toEqual(['a:empty', 'a:placeholders', 'b:kind']);
    const bad = compareCatalogues(reference, { ...reference, b: { other: '{count}', plenty: '{count}' } as Message });
    expect(bad).toEqual([expect.objectContaining({ key: 'b', problem: 'category' })]);
  });
});

describe('the real catalogues', () => {
  it('has every locale registered', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  for (const loc of LOCALES) {
    it(`${loc}: same keys, kinds and placeholders as English`, () => {
      expect(compareCatalogues(en, catalogues[loc])).toEqual([]);
    });
  }

  it('uses only well-formed placeholders (no stray braces)', () => {
    for (const loc of LOCALES) {
      for (const [key, message] of Object.entries(catalogues[loc])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) {
          const stripped = text!.replace(/\{[a-zA-Z][a-zA-Z0-9_]*\}/g, '');
          expect(stripped, `${loc} ${key}`).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('gives plural messages a form for every Welsh category that needs a mutation', () => {
    // 2 mutates the noun after it in Welsh ("2 ddiwrnod", "2 fis"); a message counting such a noun needs `two`.
    expect(cy['popup.streak']).toHaveProperty('two', '{count} ddiwrnod yn olynol');
    expect(cy['options.privacy.retention.months']).toHaveProperty('two', '{count} fis');
    expect(placeholderSet(cy['popup.today'])).toEqual(['count']);
  });

  it('has Welsh for everything except names that are the same in both languages', () => {
    const sameInBoth = new Set([
      'common.switchLanguage', // deliberately the other language's name in each
      'common.languageName',
      'options.role.mentor',
      'date.long',
      'skill.emoji',
      'dashboard.import.progress', // "{name}: {phase}"
      'dashboard.report.comment', // "{mentor}: {text}"
    ]);
    const untranslated = Object.keys(en).filter(
      (key) =>
        !key.startsWith('site.kind.') &&
        !sameInBoth.has(key) &&
        JSON.stringify(cy[key as keyof typeof en]) === JSON.stringify(en[key as keyof typeof en]),
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps placeholder names simple identifiers', () => {
    for (const message of Object.values(en)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) for (const name of placeholdersOf(text)) expect(name).toMatch(/^[a-z][a-zA-Z]*$/);
    }
  });
});
