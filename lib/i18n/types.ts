/**
 * Types derived from the English catalogue: the message keys, and for each key the parameters its placeholders
 * need, so `t('popup.off', { host })` type-checks and `t('popup.off')` does not.
 */
import type { en } from './catalogues/en';
import type { Message } from './format';

export type MessageKey = keyof typeof en;

/** A locale's catalogue: exactly the English keys (an extra or missing key is a compile error). */
export type Catalogue = { readonly [K in MessageKey]: Message };

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** Every text of a message: the string itself, or each of its plural forms. */
type TextsOf<M> = M extends string ? M : M[keyof M] & string;
/** Plural messages always take `count`, even when a form (e.g. Welsh "one") does not print it. */
type PluralParam<M> = M extends string ? never : 'count';

export type ParamName<K extends MessageKey> = Placeholders<TextsOf<(typeof en)[K]>> | PluralParam<(typeof en)[K]>;

/** The rest-arguments of `t`: none for a plain message, one object with every placeholder otherwise. */
export type ParamsFor<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [params: { [P in ParamName<K>]: P extends 'count' ? number : string | number }];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsFor<K>) => string;
