import { describe, expect, it } from 'vitest';
import { parsePackFile, validatePack, PACK_FORMAT } from '../../../lib/tips/packs/schema';
import { buildTipTable } from '../../../lib/tips/packs/resolve';
import type { Tip, TipPack } from '../../../lib/tips/types';

const tip = (over: Partial<Tip> = {}): Tip => ({
  id: 'alt-text.missing',
  title: 'Add alt text',
  body: 'Describe the image for people who cannot see it.',
  skill: 'alt-text',
  level: 'beginner',
  source: { name: 'GOV.UK', url: 'https://www.gov.uk/guidance/content-design/images' },
  locale: 'en',
  ...over,
});
const pack = (tips: Tip[], over: Partial<TipPack> = {}): TipPack => ({ format: PACK_FORMAT, version: 1, id: 'trainer-pack', name: 'Our pack', locale: 'en', tips, ...over });

describe('tip pack validator', () => {
  it('accepts a good pack', () => {
    const r = validatePack(pack([tip()]));
    expect(r.ok).toBe(true);
  });

  it('names the path of every bad field', () => {
    const r = validatePack(
      pack([
        tip(),
        tip({ id: 'Bad Id', body: Array.from({ length: 41 }, () => 'word').join(' ') }),
        tip({ id: 'x.ok', source: { name: 'Evil', url: 'javascript:alert(1)' }, level: 'expert' as never }),
      ]),
    );
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toContainEqual(expect.stringMatching(/^tips\[1\]\.id: must be lower-case/));
    expect(errors).toContainEqual('tips[1].body: must be at most 40 words (has 41)');
    expect(errors).toContainEqual(expect.stringMatching(/^tips\[2\]\.source\.url: must start with https:\/\//));
    expect(errors).toContainEqual(expect.stringMatching(/^tips\[2\]\.level: must be one of beginner/));
  });

  it('refuses duplicate tip ids and a tip in another locale, naming both places', () => {
    const r = validatePack(pack([tip(), tip({ locale: 'cy' }), tip({ id: 'b.tip' })]));
    expect(r.ok ? [] : r.errors).toEqual([
      'tips[1].id: "alt-text.missing" is already used by tips[0]',
      'tips[1].locale: "cy" differs from the pack\'s locale "en"',
    ]);
  });

  it('refuses unknown fields and a wrong format', () => {
    const r = validatePack({ ...pack([tip()]), format: 'other', extra: 1 });
    const errors = r.ok ? [] : r.errors;
    expect(errors.some((e) => e.startsWith('format:'))).toBe(true);
    expect(errors).toContain('extra: is not a field here');
  });

  it('accepts markup as plain text with a warning (it is rendered inert)', () => {
    const r = validatePack(pack([tip({ title: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script> Plain words.' })]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.tips[0]!.title).toBe('<img src=x onerror=alert(1)>');
      expect(r.warnings[0]).toMatch(/tips\[0\]: contains "<" markup/);
    }
  });

  it('reads a file: bad JSON and oversized files get a plain message', () => {
    expect(parsePackFile('{"format": ')).toEqual({ ok: false, errors: [expect.stringMatching(/^\(the file\): is not valid JSON/)] });
    expect(parsePackFile(' '.repeat(1_000_001))).toEqual({ ok: false, errors: [expect.stringMatching(/larger than 1 MB/)] });
    expect(parsePackFile(JSON.stringify(pack([tip()]))).ok).toBe(true);
  });

  it('says what is wrong with something that is not a pack at all', () => {
    const r = validatePack([1, 2]);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/^\(the pack\): /);
  });
});

describe('tip table', () => {
  const builtin = [pack([tip(), tip({ id: 'b.tip', title: 'B' })], { id: 'builtin' }), pack([tip({ locale: 'cy', title: 'Ychwanegwch destun amgen' })], { id: 'builtin-cy', locale: 'cy' })];

  it('uses the learner locale first, then English', () => {
    const t = buildTipTable({ builtin, locale: 'cy' });
    expect(t.get('alt-text.missing')!.title).toBe('Ychwanegwch destun amgen');
    expect(t.get('b.tip')!.title).toBe('B');
  });

  it('lets an imported pack re-word a built-in tip, and skips an invalid import', () => {
    const imported = [pack([tip({ title: 'Our own words' })]), { format: 'nonsense' }];
    const t = buildTipTable({ builtin, imported, locale: 'en' });
    expect(t.get('alt-text.missing')!.title).toBe('Our own words');
    expect(t.size).toBe(2);
  });

  it('can run on an imported pack alone', () => {
    const t = buildTipTable({ builtin, imported: [pack([tip({ title: 'Only ours' })])], builtinEnabled: false, locale: 'en' });
    expect(t.get('b.tip')).toBeUndefined();
    expect(t.get('alt-text.missing')!.title).toBe('Only ours');
  });
});

describe('tip pack validator, missing fields', () => {
  it('says which field is missing', () => {
    const { name: _drop, ...rest } = pack([tip()]);
    const r = validatePack(rest);
    expect(r.ok ? [] : r.errors).toEqual(['name: is missing']);
  });
});
