/**
 * The words a page's tutor needs, gathered where they live: the tip packs (built-in JSON files and the trainer's
 * imported packs) and the overlay's strings from the extension's catalogues. The background answers
 * `tips.assets` with this, so content scripts carry neither packs nor catalogues (they are most of a content
 * script's size budget otherwise); the workshop page calls it directly.
 */
import { catalogues, isLocale, DEFAULT_LOCALE } from '../i18n';
import type { Message } from '../i18n/format';
import type { TutorAssets } from '../messaging/protocol';
import { BUILTIN_PACKS } from '../tips/packs/builtin';
import { validatePack } from '../tips/packs/schema';
import type { TipPack } from '../tips/types';

/** Message-key prefixes the overlay uses: its chrome, the check lines, the screen names. */
export const OVERLAY_STRING_PREFIXES = ['overlay.', 'check.', 'context.'] as const;

export interface AssetSources {
  locale: string;
  /** Imported packs as stored (validated here; an invalid one is left out). */
  imported?: readonly unknown[];
  builtinEnabled?: boolean;
  builtin?: readonly TipPack[];
}

/** Packs in effect, for the learner's locale and its fallback (English), and the overlay strings of that locale. */
export function tutorAssets(s: AssetSources): TutorAssets {
  const locale = isLocale(s.locale) ? s.locale : DEFAULT_LOCALE;
  const wanted = new Set(['en', locale]);
  const packs: TipPack[] = [];
  if (s.builtinEnabled !== false) packs.push(...(s.builtin ?? BUILTIN_PACKS).filter((p) => wanted.has(p.locale)));
  for (const raw of s.imported ?? []) {
    const r = validatePack(raw);
    if (r.ok && wanted.has(r.pack.locale.split('-')[0]!)) packs.push(r.pack);
  }
  const strings: Record<string, Message> = {};
  const catalogue = catalogues[locale];
  for (const [key, message] of Object.entries(catalogue)) {
    if (OVERLAY_STRING_PREFIXES.some((p) => key.startsWith(p))) strings[key] = message;
  }
  return { locale, packs, strings };
}
