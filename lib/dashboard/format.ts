/**
 * The dashboard's words and numbers for one language: the messages live in the shared catalogues (lib/i18n, keys
 * `dashboard.*`, `skill.*`, `site.kind.*`); this adds labels for ids that come from data (action types, site kinds,
 * skills) and number and date formats. Components get it from `useDashboardFormat()`, which follows the
 * learner's language setting.
 */
import { createT, translateDynamic, type Locale, type Translate } from '../i18n';
import { formatEpochDate } from '../i18n/dates';

export interface DashboardFormat {
  locale: Locale;
  t: Translate;
  /** 100000 → "100,000" (Welsh groups digits as British English does). */
  number(n: number): string;
  /** Default: "3 Mar 2027" / "3 Maw 2027". */
  date(ms: number, opts?: Intl.DateTimeFormatOptions): string;
  /** "Wed 3 Mar 2027, 14:05". */
  dateTime(ms: number): string;
  /** An action type's label ("Published a post"); an unknown type shows as it is. */
  action(type: string): string;
  /** A site kind's label; an unknown kind shows as it is. */
  site(kind: string): string;
  /** A skill's label; a skill without one shows its id as words ("new-skill" → "New skill"). */
  skill(id: string): string;
}

const DEFAULT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };

// The same digits and separators in both languages.
const numbers = new Intl.NumberFormat('en-GB');
const cache = new Map<Locale, DashboardFormat>();

export function dashboardFormat(locale: Locale): DashboardFormat {
  let f = cache.get(locale);
  if (f) return f;
  const t = createT(locale);
  f = {
    locale,
    t,
    number: (n) => numbers.format(n),
    date: (ms, opts = DEFAULT_DATE) => formatEpochDate(locale, ms, opts),
    dateTime: (ms) => formatEpochDate(locale, ms, DATE_TIME),
    action: (type) => translateDynamic(locale, `dashboard.type.${type}`) ?? type,
    site: (kind) => translateDynamic(locale, `site.kind.${kind}`) ?? kind,
    skill: (id) => {
      if (id === 'other') return t('dashboard.chart.other');
      const known = translateDynamic(locale, `skill.${id}`);
      if (known) return known;
      const words = id.replace(/-/g, ' ');
      return words.charAt(0).toUpperCase() + words.slice(1);
    },
  };
  cache.set(locale, f);
  return f;
}
