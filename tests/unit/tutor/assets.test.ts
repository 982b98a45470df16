import { describe, expect, it } from 'vitest';
import { tutorAssets, OVERLAY_STRING_PREFIXES } from '../../../lib/tutor/assets';
import { catalogues } from '../../../lib/i18n';
import { BUILTIN_PACKS } from '../../../lib/tips/packs/builtin';

describe('tutor assets (what the background sends a page)', () => {
  it('sends only the overlay strings, in the learner language', () => {
    const a = tutorAssets({ locale: 'cy' });
    expect(a.locale).toBe('cy');
    expect(Object.keys(a.strings).every((k) => OVERLAY_STRING_PREFIXES.some((p) => k.startsWith(p)))).toBe(true);
    expect(a.strings['overlay.dismissLabel']).toBe(catalogues.cy['overlay.dismissLabel']);
    expect(Object.keys(a.strings).length).toBeLessThan(Object.keys(catalogues.cy).length);
  });

  it('has every string the overlay components use', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../../components/overlay/', import.meta.url);
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tsx'))) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/\bt\(\s*'([a-z]+\.[A-Za-z.]+)'/g)) used.add(m[1]!);
    }
    for (const m of readFileSync(new URL('../../../lib/tutor/summary.ts', import.meta.url), 'utf8').matchAll(/message: '([a-zA-Z.]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(10);
    const a = tutorAssets({ locale: 'en' });
    expect([...used].filter((k) => !(k in a.strings))).toEqual([]);
  });

  it('sends built-in packs unless they are turned off, and only valid imported ones', () => {
    expect(tutorAssets({ locale: 'en' }).packs.length).toBe(BUILTIN_PACKS.filter((p) => p.locale === 'en').length);
    const mine = { ...BUILTIN_PACKS.find((p) => p.locale === 'en')!, id: 'mine', name: 'Mine' };
    const a = tutorAssets({ locale: 'en', builtinEnabled: false, imported: [mine, { format: 'nonsense' }] });
    expect(a.packs.map((p) => p.id)).toEqual(['mine']);
  });

  it('sends a Welsh learner the Welsh packs and the English ones to fall back on', () => {
    const locales = tutorAssets({ locale: 'cy' }).packs.map((p) => p.locale);
    expect(new Set(locales)).toEqual(new Set(['en', 'cy']));
    expect(locales.length).toBe(BUILTIN_PACKS.length);
  });

  it('falls back to English for an unknown language', () => {
    expect(tutorAssets({ locale: 'fr' }).locale).toBe('en');
  });
});
