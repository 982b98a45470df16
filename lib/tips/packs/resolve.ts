/**
 * Which words a tip is shown with: the learner's locale first, then English; a trainer's imported pack replaces
 * built-in tips with the same id (re-wording or translating them) and may add tips for rules we ship.
 *
 * Imported packs were validated in full (./schema, valibot) before the options page stored them. Here, in the
 * content script, a light structural check is enough to skip anything malformed without shipping the validator
 * to every page (it would cost a tenth of the script's size budget).
 */
import type { Tip, TipPack } from '../types';

export interface TipSources {
  builtin: readonly TipPack[];
  /** Imported packs as stored (unknown data: checked again here; anything malformed is skipped). */
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

const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

/** The shape of a tip, cheaply: enough to render it as text safely. */
export function isTipLike(x: unknown): x is Tip {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  const source = t.source as Record<string, unknown> | null | undefined;
  return (
    isText(t.id, 80) && isText(t.title, 80) && isText(t.body, 400) && isText(t.skill, 40) && isText(t.locale, 10) &&
    typeof t.level === 'string' && typeof source === 'object' && source !== null && isText(source.name, 120) && isText(source.url, 2000)
  );
}

function packTips(raw: unknown): { locale: string; tips: Tip[] } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Record<string, unknown>;
  if (p.format !== 'social-web-tutor.tip-pack' || !isText(p.locale, 10) || !Array.isArray(p.tips)) return null;
  return { locale: p.locale, tips: p.tips.filter(isTipLike) };
}

export function buildTipTable(s: TipSources): TipTable {
  const packs: { locale: string; tips: readonly Tip[] }[] = [];
  if (s.builtinEnabled !== false) packs.push(...s.builtin);
  for (const raw of s.imported ?? []) {
    const p = packTips(raw);
    if (p) packs.push(p);
  }
  // Later wins: fallback locale first, then the learner's; within a locale built-in first, then imported.
  const table = new Map<string, Tip>();
  const lang = s.locale.split('-')[0]!;
  const layers = [FALLBACK_LOCALE, lang, s.locale].filter((l, i, a) => a.indexOf(l) === i);
  for (const layer of layers) for (const p of packs) if (p.locale === layer) for (const t of p.tips) table.set(t.id, t);
  return { get: (id) => table.get(id), size: table.size };
}
