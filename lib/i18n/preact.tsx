/**
 * Preact binding: `<I18nProvider>` follows the `locale` setting (or a fixed `locale` prop in tests and previews)
 * and `useI18n()` gives components `t` and the current locale. Components receive words through this, never
 * from string literals.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  activeLocale,
  createT,
  initI18n,
  LANG_TAG,
  onLocaleChange,
  translateDynamic,
  type Locale,
  type MessageKey,
  type Translate,
} from './index';

export interface I18nValue {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', t: createT('en') });

export interface I18nProviderProps {
  /** Fix the language (tests, screenshots). Default: follow the `locale` setting live. */
  locale?: Locale;
  /**
   * Also set `<html lang>` and the document title from `titleKey` (extension pages). Default false: the overlay
   * lives in a host page whose `lang` is not ours.
   */
  syncDocument?: boolean;
  /** Message key for the document title when `syncDocument` is on. */
  titleKey?: MessageKey;
  children: ComponentChildren;
}

export function I18nProvider({ locale: fixed, syncDocument = false, titleKey, children }: I18nProviderProps) {
  const [followed, setFollowed] = useState<Locale>(activeLocale());
  // Subscribe in the same task as the first render, then catch up: a change made between the render and the
  // subscription (a passive effect runs a frame later) must not be missed.
  useLayoutEffect(() => {
    if (fixed) return;
    const off = onLocaleChange(setFollowed);
    setFollowed(activeLocale());
    // Read the active language when the read lands, not the value it returned: a change may have come in between.
    void initI18n().then(() => setFollowed(activeLocale()));
    return off;
  }, [fixed]);
  const loc = fixed ?? followed;
  const value = useMemo<I18nValue>(() => ({ locale: loc, t: createT(loc) }), [loc]);
  useEffect(() => {
    if (!syncDocument) return;
    document.documentElement.lang = LANG_TAG[loc];
    if (titleKey) document.title = translateDynamic(loc, titleKey) ?? document.title;
  }, [loc, syncDocument, titleKey]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
