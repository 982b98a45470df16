import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  activeLocale,
  createT,
  disposeI18n,
  formatIsoDate,
  formatTime,
  initI18n,
  localeFromBrowserLanguage,
  onLocaleChange,
  setLocale,
  t,
  translate,
  translateDynamic,
} from '../../../lib/i18n';
import { locale } from '../../../lib/settings/items';

afterEach(() => disposeI18n());

describe('translate', () => {
  it('formats plain and plural messages in each language', () => {
    expect(translate('en', 'popup.off', { host: 'blog.example.gov.uk' })).toBe('Off for blog.example.gov.uk.');
    expect(translate('cy', 'popup.off', { host: 'blog.example.gov.uk' })).toBe('I ffwrdd ar blog.example.gov.uk.');
    expect(translate('en', 'popup.streak', { count: 1 })).toBe('1 day in a row');
    expect(translate('cy', 'popup.streak', { count: 2 })).toBe('2 ddiwrnod yn olynol');
    expect(createT('cy')('popup.pauseHour')).toBe('Saib am awr');
    expect(createT('cy')('options.title')).toBe('Gosodiadau');
  });

  it('looks up keys known only at run time, and says when one does not exist', () => {
    expect(translateDynamic('cy', 'context.wp.block-editor')).toBe('Golygydd blociau WordPress');
    expect(translateDynamic('en', 'context.nowhere')).toBeUndefined();
    expect(translateDynamic('en', 'toString')).toBeUndefined();
  });
});

describe('the active language follows the locale setting', () => {
  it('starts from the stored setting and follows live changes from any context', async () => {
    await locale.setValue('cy');
    expect(await initI18n()).toBe('cy');
    expect(t('options.language')).toBe('Iaith');

    const seen: string[] = [];
    onLocaleChange((loc) => seen.push(loc));
    // Another page (the options) writes the setting: this context follows without a reload.
    await locale.setValue('en');
    await vi.waitFor(() => expect(activeLocale()).toBe('en'));
    expect(t('options.language')).toBe('Language');
    expect(seen).toEqual(['en']);
  });

  it('setLocale saves the choice', async () => {
    await initI18n();
    await setLocale('cy');
    expect(await locale.getValue()).toBe('cy');
    expect(t('common.close')).toBe('Cau');
  });

  it('falls back to English when the stored value is not a locale we have', async () => {
    await browser.storage.local.set({ locale: 'fr' });
    expect(await initI18n()).toBe('en');
  });
});

describe('helpers', () => {
  it('picks Welsh for a Welsh browser, English otherwise', () => {
    expect(localeFromBrowserLanguage('cy')).toBe('cy');
    expect(localeFromBrowserLanguage('cy-GB')).toBe('cy');
    expect(localeFromBrowserLanguage('en-GB')).toBe('en');
    expect(localeFromBrowserLanguage(undefined)).toBe('en');
  });
  it('writes dates in each language, on the same day in every time zone', () => {
    expect(formatIsoDate('en', '2027-03-25')).toBe('25 March 2027');
    expect(formatIsoDate('cy', '2027-03-25')).toBe('25 Mawrth 2027');
    expect(formatIsoDate('cy', '2027-05-06')).toBe('6 Mai 2027');
    expect(formatIsoDate('en', 'nonsense')).toBe('nonsense');
    expect(formatIsoDate('en', '2027-13-01')).toBe('2027-13-01');
  });
  it('writes times on the 24-hour clock', () => {
    const at = new Date(2027, 2, 25, 14, 5).getTime();
    expect(formatTime('en', at)).toBe('14:05');
    expect(formatTime('cy', at)).toBe('14:05');
  });
});
