/**
 * Message formatting for our runtime-switchable i18n. Pure: no browser APIs, no catalogue imports.
 *
 * A message is either a string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from the
 * `count` parameter. Welsh has six plural categories (zero, one, two, few, many, other) and mutates nouns after
 * some numbers ("2 ddiwrnod"), so the catalogue, not the code, decides each form.
 */

/** Forms per CLDR plural category; `other` is required and used when a category is not given. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

/** The placeholder names in one template, e.g. "Off for {host}" → ["host"]. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function isPlural(message: Message): message is PluralForms {
  return typeof message === 'object' && message !== null;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** Picks the plural form for `count` in `locale` (falls back to `other`). */
export function selectForm(forms: PluralForms, locale: string, count: number): string {
  // An explicit zero form reads better in English too ("Nothing practised yet today"), though CLDR gives
  // English no zero category.
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  const category = rulesFor(locale).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/**
 * Fills `{name}` placeholders. A missing parameter is left visible as `{name}` rather than printing
 * "undefined", so a mistake shows in a screenshot instead of reading as a real word.
 */
export function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Formats one message for a locale. Plural messages need a numeric `count` parameter (0 when missing). */
export function formatMessage(message: Message, locale: string, params?: Params): string {
  if (isPlural(message)) {
    const count = typeof params?.count === 'number' ? params.count : Number(params?.count ?? 0);
    return interpolate(selectForm(message, locale, Number.isFinite(count) ? count : 0), params);
  }
  return interpolate(message, params);
}
