/**
 * Tips are data, and this test keeps the data honest (DESIGN.md style 4): every built-in pack passes the import
 * validator, ids are unique, every tip is used by a rule and every rule's tip exists, tips are sorted, each pack
 * round-trips through JSON, and every tip body passes our own plain-English checks. Translations (Welsh) hold the
 * same ids as English with the same skill, level and source, and pass what applies to any language: the
 * validator, the 40-word limit, no markup. Our plain-English checks are English-only, so they are not run on them.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, BUILTIN_PACK_FILES } from '../../../lib/tips/packs/builtin';
import { validatePack, TIP_BODY_MAX_WORDS } from '../../../lib/tips/packs/schema';
import { RULES } from '../../../lib/tips/rules';
import { splitSentences, GOVUK_SENTENCE_MAX_WORDS } from '../../../lib/checks/sentences';
import { findWordsToAvoid } from '../../../lib/checks/words-to-avoid';
import { countWords } from '../../../lib/checks/words';

const english = BUILTIN_PACKS.filter((p) => p.locale === 'en');
const allTips = BUILTIN_PACKS.flatMap((p) => p.tips);
const englishById = new Map(english.flatMap((p) => p.tips.map((t) => [t.id, t] as const)));
/** Every locale we ship tips in besides English; the options page offers English and Cymraeg. */
const TRANSLATED = ['cy'] as const;

describe('built-in tip packs', () => {
  it('exist, one file per area', () => {
    expect(BUILTIN_PACK_FILES.length).toBeGreaterThan(0);
    expect(BUILTIN_PACK_FILES.every((f) => /^\.\/[a-z]{2,3}(-[A-Z]{2})?\/[a-z0-9-]+\.json$/.test(f))).toBe(true);
  });

  it.each(BUILTIN_PACK_FILES.map((f, i) => [f, BUILTIN_PACKS[i]!] as const))('%s passes the import validator', (file, pack) => {
    const r = validatePack(pack);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(file.startsWith(`./${pack.locale}/`), 'a pack lives in its locale folder').toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    for (const p of BUILTIN_PACKS) expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('has unique pack ids and unique tip ids per locale', () => {
    const packIds = BUILTIN_PACKS.map((p) => p.id);
    expect(new Set(packIds).size).toBe(packIds.length);
    for (const locale of new Set(BUILTIN_PACKS.map((p) => p.locale))) {
      const ids = BUILTIN_PACKS.filter((p) => p.locale === locale).flatMap((p) => p.tips.map((t) => t.id));
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, `duplicate tip ids in ${locale}`).toEqual([]);
    }
  });

  it('keeps the tips of each pack sorted by id', () => {
    for (const p of BUILTIN_PACKS) {
      const ids = p.tips.map((t) => t.id);
      expect(ids, p.id).toEqual([...ids].sort());
    }
  });

  it("has every rule's tip in English", () => {
    const ids = new Set(english.flatMap((p) => p.tips.map((t) => t.id)));
    expect(RULES.filter((r) => !ids.has(r.tip)).map((r) => `${r.id} → ${r.tip}`)).toEqual([]);
  });

  it('uses every tip in some rule', () => {
    const used = new Set(RULES.map((r) => r.tip));
    expect(allTips.filter((t) => !used.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it('has translations only of tips that exist in English', () => {
    const en = new Set(english.flatMap((p) => p.tips.map((t) => t.id)));
    const stray = BUILTIN_PACKS.filter((p) => p.locale !== 'en').flatMap((p) => p.tips.filter((t) => !en.has(t.id)).map((t) => `${p.locale}:${t.id}`));
    expect(stray).toEqual([]);
  });

  it.each(TRANSLATED)('has a %s pack for every English pack, with the same tip ids', (locale) => {
    const areaOf = (file: string) => file.split('/').pop();
    const enFiles = BUILTIN_PACK_FILES.filter((f) => f.startsWith('./en/')).map(areaOf);
    const files = BUILTIN_PACK_FILES.filter((f) => f.startsWith(`./${locale}/`)).map(areaOf);
    expect(files).toEqual(enFiles);
    const ids = BUILTIN_PACKS.filter((p) => p.locale === locale).flatMap((p) => p.tips.map((t) => t.id)).sort();
    expect(ids).toEqual([...englishById.keys()].sort());
  });

  describe.each(
    BUILTIN_PACKS.filter((p) => p.locale !== 'en').flatMap((p) => p.tips.map((t) => [`${p.locale}:${t.id}`, t] as const)),
  )('translated tip %s', (_id, tip) => {
    const original = englishById.get(tip.id)!;
    it(`has a body of at most ${TIP_BODY_MAX_WORDS} words`, () => {
      expect(countWords(tip.body)).toBeLessThanOrEqual(TIP_BODY_MAX_WORDS);
    });
    it('holds no markup', () => {
      expect(`${tip.title} ${tip.body}`).not.toMatch(/<[a-z!/]/i);
    });
    it('teaches the same skill at the same level as the English tip, from a source over https', () => {
      expect([tip.skill, tip.level]).toEqual([original.skill, original.level]);
      expect(tip.source.url).toMatch(/^https:\/\//);
    });
    it('is really translated (not the English words)', () => {
      expect(tip.title).not.toBe(original.title);
      expect(tip.body).not.toBe(original.body);
    });
  });

  describe.each(english.flatMap((p) => p.tips.map((t) => [t.id, t] as const)))('English tip %s', (_id, tip) => {
    it(`has a body of at most ${TIP_BODY_MAX_WORDS} words`, () => {
      expect(countWords(tip.body)).toBeLessThanOrEqual(TIP_BODY_MAX_WORDS);
    });
    it(`has no sentence over ${GOVUK_SENTENCE_MAX_WORDS} words`, () => {
      const long = splitSentences(`${tip.title}\n${tip.body}`).filter((s) => s.words > GOVUK_SENTENCE_MAX_WORDS);
      expect(long).toEqual([]);
    });
    it('uses none of our words to avoid', () => {
      expect(findWordsToAvoid(`${tip.title}\n${tip.body}`).map((h) => h.id)).toEqual([]);
    });
    it('links to its source over https', () => {
      expect(tip.source.url).toMatch(/^https:\/\//);
    });
  });
});
