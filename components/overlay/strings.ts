/**
 * The overlay's words: message keys (`overlay.*`, `check.*`, `context.*`) looked up in the strings the runtime
 * received for the learner's language (the extension's catalogues, lib/i18n, sent by the background with
 * `tips.assets`). The content script carries no catalogue of its own: only this small formatter.
 */
import { formatMessage, type Message } from '../../lib/i18n/format';

export type OverlayT = (key: string, params?: Record<string, string | number>) => string;

/** BCP 47 tags for plural rules and the `lang` attribute (lib/i18n's LANG_TAG, without importing its catalogues). */
export const LANG_TAGS: Readonly<Record<string, string>> = { en: 'en-GB', cy: 'cy' };

/**
 * Messages with several numbers choose their plural form by one of them: which one, when the caller did not pass
 * `count` itself.
 */
const COUNT_PARAM: Readonly<Record<string, string>> = { 'check.altText': 'missing', 'check.linkText': 'unclear' };

/** A translator over `strings`. A key missing from them shows as the key, so a gap is visible, never blank. */
export function overlayT(locale: string, strings: Readonly<Record<string, Message>>): OverlayT {
  const tag = LANG_TAGS[locale] ?? locale;
  return (key, params) => {
    const message = strings[key];
    if (message === undefined) return key;
    const countKey = COUNT_PARAM[key];
    const p = countKey && params && params.count === undefined ? { ...params, count: Number(params[countKey]) } : params;
    return formatMessage(message, tag, p);
  };
}
