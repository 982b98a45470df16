import { describe, expect, it } from 'vitest';
import { parsePackFile, validatePack, PACK_FORMAT, type PackProblem } from '../../../lib/tips/packs/schema';
import { packProblemText } from '../../../lib/tips/packs/messages';
import { catalogues, LOCALES } from '../../../lib/i18n';
import { placeholdersOf } from '../../../lib/i18n/format';
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
    expect(parsePackFile('{"format": ')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^\(the file\): is not valid JSON/)] });
    expect(parsePackFile(' '.repeat(1_000_001))).toMatchObject({ ok: false, errors: [expect.stringMatching(/larger than 1 MB/)] });
    expect(parsePackFile(JSON.stringify(pack([tip()]))).ok).toBe(true);
  });

  it('says what is wrong with something that is not a pack at all', () => {
    const r = validatePack([1, 2]);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/^\(the pack\): /);
  });
});

describe('tip pack problems in the learner’s language', () => {
  const broken = () =>
    validatePack({
      ...pack([tip({ body: Array.from({ length: 41 }, () => 'gair').join(' ') }), tip({ source: { name: 'X', url: 'ftp://x' } })]),
      version: 2,
      extra: true,
    });

  it('keep the field path as the file spells it and put the words in Welsh', () => {
    const r = broken();
    if (r.ok) throw new Error('should fail');
    const cy = r.problems.map((p) => packProblemText('cy', p));
    expect(cy).toContain('tips[0].body: dim mwy na 40 gair (mae 41 ynddo)');
    expect(cy).toContain('tips[1].source.url: rhaid iddo ddechrau gyda https:// neu http://');
    expect(cy).toContain('version: rhaid iddo fod yn 1');
    expect(cy).toContain('extra: does dim maes o’r enw hwn mewn pecyn');
    // The English list is the same problems in English.
    expect(r.problems.map((p) => packProblemText('en', p))).toEqual(r.errors);
  });

  it('say "the pack" or "the file" in the learner’s language when the problem is the whole thing', () => {
    const notPack = validatePack([1]);
    const badJson = parsePackFile('{');
    expect(notPack.ok || packProblemText('cy', notPack.problems[0]!)).toMatch(/^\(y pecyn\): rhaid iddo fod yn wrthrych JSON/);
    expect(badJson.ok || packProblemText('cy', badJson.problems[0]!)).toMatch(/^\(y ffeil\): dydy hwn ddim yn JSON dilys \(/);
  });

  it('fill every placeholder of every pack message from what the validator gives', () => {
    const r = broken();
    const problems: PackProblem[] = r.ok ? [] : [...r.problems];
    const dup = validatePack(pack([tip(), tip({ locale: 'cy' })]));
    if (!dup.ok) problems.push(...dup.problems);
    const markup = validatePack(pack([tip({ title: '<b>x</b>' })]));
    if (markup.ok) problems.push(...markup.warningProblems);
    for (const loc of LOCALES) for (const p of problems) expect(packProblemText(loc, p), `${loc} ${p.key}`).not.toMatch(/\{[a-zA-Z]+\}/);
    // And every pack key exists in each catalogue with {path}.
    for (const loc of LOCALES) {
      const keys = Object.keys(catalogues[loc]).filter((k) => k.startsWith('pack.error.') || k.startsWith('pack.warning.'));
      expect(keys.length).toBeGreaterThan(20);
      for (const k of keys) expect(placeholdersOf(catalogues[loc][k as keyof typeof catalogues.en] as string), `${loc} ${k}`).toContain('path');
    }
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
