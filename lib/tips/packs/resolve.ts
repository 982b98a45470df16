/**
 * Which words a tip is shown with: the learner's locale first, then English; a trainer's imported pack replaces
 * built-in tips with the same id (re-wording or translating them) and may add tips for rules we ship.
 */
import type { Tip, TipPack } from '../types';
import { validatePack } from './schema';

export interface TipSources {
  builtin: readonly TipPack[];
  /** Imported packs as stored (unknown data: validated again here, an invalid one is skipped). */
  imported?: readonly unknown[];
  /** The built-in packs can be turned off in the options (a trainer's pack then stands alone). Default true. */
  builtinEnabled?: boolean;
  locale: string;
}

export interface TipTable {
  get(id: string): Tip | undefined;
  readonly size: number;
}

const FALLBACK_LOCALE = 'en';

export function buildTipTable(s: TipSources): TipTable {
  const packs: TipPack[] = [];
  if (s.builtinEnabled !== false) packs.push(...s.builtin);
  for (const raw of s.imported ?? []) {
    const r = validatePack(raw);
    if (r.ok) packs.push(r.pack);
  }
  // Later wins: fallback locale first, then the learner's; within a locale built-in first, then imported.
  const table = new Map<string, Tip>();
  const lang = s.locale.split('-')[0]!;
  const layers = [FALLBACK_LOCALE, lang, s.locale].filter((l, i, a) => a.indexOf(l) === i);
  for (const layer of layers) for (const p of packs) if (p.locale === layer) for (const t of p.tips) table.set(t.id, t);
  return { get: (id) => table.get(id), size: table.size };
}
