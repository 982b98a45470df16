/**
 * Runtime-switchable i18n for the popup, options, dashboard, workshop and overlay chrome.
 *
 * Why not the browser's `i18n.getMessage`: it follows the browser's UI language only, and a Welsh-speaking public
 * servant often has an English browser. Here the language is the `locale` setting, switchable live, and the
 * catalogues are typed data. The browser's `_locales` still carry the few manifest strings (name, description),
 * generated from these catalogues by scripts/sync-locales.mjs.
 *
 * Use: `createT(locale)` for a translator bound to one language, or `t()` after `initI18n()` (which follows the
 * setting). In Preact, `<I18nProvider>` and `useI18n()` from ./preact.
 */
import { locale as localeItem, type Locale } from '../settings/items';
import { cy } from './catalogues/cy';
import { en } from './catalogues/en';
import { formatMessage, type Params } from './format';
import type { Catalogue, MessageKey, ParamsFor, Translate } from './types';

export type { Catalogue, MessageKey, ParamsFor, Translate } from './types';
export type { Locale } from '../settings/items';

export const LOCALES = ['en', 'cy'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** Every catalogue by locale. English is the reference; the tests hold the others to it. */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { en, cy };

/** BCP 47 tags for Intl and for the `lang` attribute. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', cy: 'cy' };

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** One message in one locale. A key missing from a locale (impossible once the tests pass) falls back to English. */
export function translate<K extends MessageKey>(loc: Locale, key: K, ...params: ParamsFor<K>): string {
  const message = catalogues[loc]?.[key] ?? en[key];
  return formatMessage(message, LANG_TAG[loc] ?? loc, params[0] as Params | undefined);
}

/**
 * For keys only known at run time (a site adapter's context label): undefined when the key does not exist,
 * so the caller can show its own fallback instead of a raw key.
 */
export function translateDynamic(loc: Locale, key: string, params?: Params): string | undefined {
  if (!isMessageKey(key)) return undefined;
  return formatMessage(catalogues[loc][key], LANG_TAG[loc], params);
}

/** A translator bound to one locale. */
export function createT(loc: Locale): Translate {
  return (key, ...params) => translate(loc, key, ...params);
}

/**
 * Picks the first language for a new user from the browser's UI language: Welsh for `cy`/`cy-GB`, else English.
 * Only used until the learner chooses; their choice is the `locale` setting.
 */
export function localeFromBrowserLanguage(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

/** Time of day, 24-hour ("14:35"): the same in English and Welsh, and independent of the browser's locale data. */
export function formatTime(_loc: Locale, epochMs: number): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);
}

const MONTH_KEYS = [
  'date.month.1',
  'date.month.2',
  'date.month.3',
  'date.month.4',
  'date.month.5',
  'date.month.6',
  'date.month.7',
  'date.month.8',
  'date.month.9',
  'date.month.10',
  'date.month.11',
  'date.month.12',
] as const;

/**
 * A calendar date, ISO yyyy-mm-dd in, long form out ("25 March 2027" / "25 Mawrth 2027"). Written from the
 * catalogue rather than Intl: Chromium ships no Welsh date data and would print "March 25, 2027".
 */
export function formatIsoDate(loc: Locale, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTH_KEYS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  return translate(loc, 'date.long', { day: Number(m[3]), month: translate(loc, month), year: m[1]! });
}

// ── The active language, following the setting ──

let active: Locale = DEFAULT_LOCALE;
let stopWatching: (() => void) | undefined;
/** How many changes this page made or the watch has seen: a read that overlaps one is stale. */
let changes = 0;
const listeners = new Set<(loc: Locale) => void>();

function setActive(loc: Locale): void {
  if (loc === active) return;
  active = loc;
  for (const listener of listeners) listener(loc);
}

/** Reads the `locale` setting and follows its changes. Call once per page or content script; idempotent. */
export async function initI18n(): Promise<Locale> {
  // Watch before reading, and let a change seen during the read win over the read: a language chosen while the
  // stored value is on its way must not be overwritten by the older value.
  stopWatching ??= localeItem.watch((next) => {
    changes += 1;
    setActive(isLocale(next) ? next : DEFAULT_LOCALE);
  });
  const seen = changes;
  const stored = await localeItem.getValue();
  if (changes === seen) setActive(isLocale(stored) ? stored : DEFAULT_LOCALE);
  return active;
}

/** Stops following the setting (tests; a content script's teardown). */
export function disposeI18n(): void {
  changes = 0;
  stopWatching?.();
  stopWatching = undefined;
  listeners.clear();
  active = DEFAULT_LOCALE;
}

export function activeLocale(): Locale {
  return active;
}

/** Called with the new locale whenever the setting changes. Returns the unsubscribe function. */
export function onLocaleChange(listener: (loc: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translates in the active language (see initI18n). */
export const t: Translate = (key, ...params) => translate(active, key, ...params);

/** Saves the learner's language choice; every open page and content script follows. */
export async function setLocale(loc: Locale): Promise<void> {
  changes += 1;
  await localeItem.setValue(loc);
  setActive(loc);
}
