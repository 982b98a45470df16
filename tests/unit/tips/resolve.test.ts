/**
 * Which words a learner sees, with the packs we ship: Welsh for a Cymraeg learner, English per tip where a Welsh
 * tip is missing (a pack a trainer trimmed, or a tip added in English before its translation).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../lib/tips/packs/builtin';
import { buildTipTable } from '../../../lib/tips/packs/resolve';
import { tutorAssets } from '../../../lib/tutor/assets';
import type { TipPack } from '../../../lib/tips/types';

const englishIds = BUILTIN_PACKS.filter((p) => p.locale === 'en').flatMap((p) => p.tips.map((t) => t.id));

describe('built-in tips by language', () => {
  it('gives a Cymraeg learner every tip in Welsh', () => {
    const a = tutorAssets({ locale: 'cy' });
    const table = buildTipTable({ builtin: a.packs, locale: a.locale });
    expect(table.size).toBe(englishIds.length);
    expect(englishIds.filter((id) => table.get(id)?.locale !== 'cy')).toEqual([]);
    expect(table.get('alt-text.missing')!.title).toBe('Ychwanegwch destun amgen at y ddelwedd hon');
  });

  it('gives an English learner every tip in English, whatever else is installed', () => {
    const table = buildTipTable({ builtin: BUILTIN_PACKS, locale: 'en' });
    expect(englishIds.filter((id) => table.get(id)?.locale !== 'en')).toEqual([]);
  });

  it('falls back to English for one tip whose Welsh is missing, and keeps the rest Welsh', () => {
    const missing = 'wp.title.vague';
    const trimmed: TipPack[] = BUILTIN_PACKS.map((p) => (p.locale === 'cy' ? { ...p, tips: p.tips.filter((t) => t.id !== missing) } : p));
    const table = buildTipTable({ builtin: trimmed, locale: 'cy' });
    expect(table.get(missing)!.locale).toBe('en');
    expect(table.get(missing)!.title).toBe(BUILTIN_PACKS.find((p) => p.locale === 'en' && p.tips.some((t) => t.id === missing))!.tips.find((t) => t.id === missing)!.title);
    expect(englishIds.filter((id) => id !== missing && table.get(id)?.locale !== 'cy')).toEqual([]);
  });

  it('lets a regional tag (cy-GB) use the Welsh tips', () => {
    const table = buildTipTable({ builtin: BUILTIN_PACKS, locale: 'cy-GB' });
    expect(table.get('links.vague-text')!.locale).toBe('cy');
  });
});
