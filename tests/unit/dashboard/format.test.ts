import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, SITE_KINDS } from '../../../lib/practice/schema';
import { dashboardFormat } from '../../../lib/dashboard/format';
import { catalogues, LOCALES } from '../../../lib/i18n';
import { formatEpochDate } from '../../../lib/i18n/dates';

const en = dashboardFormat('en');
const cy = dashboardFormat('cy');

describe('dashboard words and formats', () => {
  it('label every action type and site kind the log can hold, in every language', () => {
    for (const loc of LOCALES) {
      for (const type of ACTION_TYPES) expect(Object.hasOwn(catalogues[loc], `dashboard.type.${type}`), `${loc} ${type}`).toBe(true);
      for (const kind of SITE_KINDS) expect(Object.hasOwn(catalogues[loc], `site.kind.${kind}`), `${loc} ${kind}`).toBe(true);
    }
    expect(en.action('post.published')).toBe('Published a post');
    expect(cy.action('post.published')).toBe('Cyhoeddi cofnod');
    expect(cy.site('sandbox')).toBe('Man ymarfer');
    expect(en.action('something.new')).toBe('something.new');
    expect(cy.site('somewhere')).toBe('somewhere');
  });

  it('name known skills in each language and show an unknown one as words', () => {
    expect(en.skill('alt-text')).toBe('Alt text');
    expect(cy.skill('alt-text')).toBe('Testun amgen');
    expect(cy.skill('hashtags')).toBe('Hashnodau');
    expect(en.skill('new-skill')).toBe('New skill');
    expect(cy.skill('other')).toBe('Sgiliau eraill');
  });

  it('format counts with the plural form of each language', () => {
    expect(en.t('dashboard.filters.showing', { count: 100000, n: en.number(100000) })).toBe('Showing 100,000 actions.');
    expect(en.t('dashboard.filters.showing', { count: 1, n: '1' })).toBe('Showing 1 action.');
    expect(en.t('dashboard.filters.showing', { count: 0, n: '0' })).toBe('No actions match.');
    expect(cy.t('dashboard.filters.showing', { count: 2, n: '2' })).toBe('Yn dangos 2 weithgaredd.');
    expect(cy.t('dashboard.filters.showing', { count: 0, n: '0' })).toBe('Does dim gweithgareddau’n cyfateb.');
    expect(cy.number(100000)).toBe('100,000');
  });
});

describe('dates written out in Welsh', () => {
  // 25 March 2027 was a Thursday; local time, as the dashboard shows it.
  const thursday = new Date(2027, 2, 25, 14, 5).getTime();

  it('keeps English as Intl writes it', () => {
    expect(en.date(thursday)).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(thursday));
  });

  it('uses Welsh month and weekday names in the British layout', () => {
    expect(cy.date(thursday)).toBe('25 Maw 2027');
    expect(cy.date(thursday, { month: 'long', year: 'numeric' })).toBe('Mawrth 2027');
    expect(cy.dateTime(thursday)).toMatch(/^Iau,? 25 Maw 2027,? 14:05$/);
    expect(formatEpochDate('cy', new Date(2027, 0, 3).getTime(), { weekday: 'short', day: 'numeric', month: 'short' })).toMatch(/^Sul,? 3 Ion$/);
  });
});
