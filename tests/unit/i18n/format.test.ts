import { describe, expect, it } from 'vitest';
import { formatMessage, interpolate, placeholdersOf, selectForm } from '../../../lib/i18n/format';

describe('interpolate', () => {
  it('fills every placeholder, numbers included', () => {
    expect(interpolate('{name} ({count} tips, {locale})', { name: 'Ours', count: 3, locale: 'cy' })).toBe('Ours (3 tips, cy)');
  });
  it('leaves a missing parameter visible instead of printing "undefined"', () => {
    expect(interpolate('Off for {host}.', {})).toBe('Off for {host}.');
  });
  it('does not re-expand braces that come in through a value (page data stays inert)', () => {
    expect(interpolate('Hello {name}', { name: '{host}' })).toBe('Hello {host}');
  });
  it('lists placeholders in order', () => {
    expect(placeholdersOf('Set from {start} to {end}.')).toEqual(['start', 'end']);
  });
});

describe('plural forms', () => {
  const days = { zero: 'none', one: '{count} diwrnod', two: '{count} ddiwrnod', other: '{count} diwrnod' };
  it('chooses Welsh forms by CLDR category (0 zero, 1 one, 2 two, 3 few→other, 6 many→other)', () => {
    expect(selectForm(days, 'cy', 0)).toBe('none');
    expect(formatMessage(days, 'cy', { count: 1 })).toBe('1 diwrnod');
    expect(formatMessage(days, 'cy', { count: 2 })).toBe('2 ddiwrnod');
    expect(formatMessage(days, 'cy', { count: 3 })).toBe('3 diwrnod');
    expect(formatMessage(days, 'cy', { count: 6 })).toBe('6 diwrnod');
    expect(formatMessage(days, 'cy', { count: 12 })).toBe('12 diwrnod');
  });
  it('chooses English one/other, with an explicit zero form when given', () => {
    const en = { zero: 'No streak yet', one: '{count} day', other: '{count} days' };
    expect(formatMessage(en, 'en-GB', { count: 0 })).toBe('No streak yet');
    expect(formatMessage(en, 'en-GB', { count: 1 })).toBe('1 day');
    expect(formatMessage(en, 'en-GB', { count: 2 })).toBe('2 days');
    expect(formatMessage({ one: '{count} day', other: '{count} days' }, 'en-GB', { count: 0 })).toBe('0 days');
  });
  it('treats a missing or non-numeric count as 0', () => {
    expect(formatMessage({ one: 'one', other: 'other {count}' }, 'en-GB')).toBe('other {count}');
    expect(formatMessage({ one: 'one', other: 'n={count}' }, 'en-GB', { count: 'x' })).toBe('n=x');
  });
});
