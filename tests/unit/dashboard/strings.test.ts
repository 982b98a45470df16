import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, SITE_KINDS } from '../../../lib/practice/schema';
import { dashboardEn, labelOf, skillLabel, t } from '../../../lib/dashboard/strings';
import { placeholdersOf, isPlural } from '../../../lib/i18n/format';

describe('dashboard strings', () => {
  it('label every action type and site kind the log can hold', () => {
    for (const type of ACTION_TYPES) expect(Object.hasOwn(dashboardEn, `dashboard.type.${type}`), type).toBe(true);
    for (const kind of SITE_KINDS) expect(Object.hasOwn(dashboardEn, `dashboard.site.${kind}`), kind).toBe(true);
    expect(labelOf('dashboard.type.', 'something.new')).toBe('something.new');
    expect(skillLabel('plain-english')).toBe('Plain english');
  });

  it('give every plural form the same placeholders, and format counts', () => {
    for (const [key, message] of Object.entries(dashboardEn)) {
      if (!isPlural(message)) continue;
      const forms = Object.values(message) as string[];
      const names = (f: string) => placeholdersOf(f).filter((n) => n !== 'count' && n !== 'n').sort().join(',');
      for (const f of forms) expect(names(f), key).toBe(names(message.other));
    }
    expect(t('dashboard.filters.showing', { count: 100000, n: '100,000' })).toBe('Showing 100,000 actions.');
    expect(t('dashboard.filters.showing', { count: 1, n: '1' })).toBe('Showing 1 action.');
    expect(t('dashboard.filters.showing', { count: 0, n: '0' })).toBe('No actions match.');
  });
});
