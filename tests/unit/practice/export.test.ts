import validateXapi from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '@/lib/practice/canonical';
import { buildPracticeBlob, buildPracticeFile, csvText, entriesChecksum, exportFilename, PRACTICE_FORMAT, toCsv, toXapi, verbFor, XAPI_BASE } from '@/lib/practice/export';
import { parsePracticeFile } from '@/lib/practice/import';
import { LEARNER, makeAction, makeActions } from './helpers';

const who = { id: LEARNER, displayName: 'Sam Jones' };

describe('canonical JSON and checksum', () => {
  it('sorts keys at every level, drops undefined, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[1,{"y":"x","z":1}]},"b":1}');
  });
  it('is the SHA-256 of the canonical text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('*.practice.json', () => {
  it('has the format, version, learner, createdAt, entries and checksum of the canonical entries', async () => {
    const entries = makeActions(5);
    const text = await buildPracticeFile(entries, who, new Date('2026-11-30T10:00:00Z'));
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'version', 'learner', 'createdAt', 'entries', 'checksum']);
    expect(file.format).toBe(PRACTICE_FORMAT);
    expect(file.version).toBe(1);
    expect(file.learner).toEqual(who);
    expect(file.createdAt).toBe('2026-11-30T10:00:00.000Z');
    expect(file.entries).toEqual(entries);
    expect(file.checksum).toBe(await sha256Hex(canonicalJson(entries)));
    expect(file.checksum).toBe(await entriesChecksum(file.entries));
    // No whitespace between tokens: the text is exactly the compact serialisation of what it holds.
    expect(text).toBe(JSON.stringify(file));
  });

  it('round-trips through the importer', async () => {
    const entries = makeActions(20);
    const parsed = await parsePracticeFile(await buildPracticeFile(entries, who));
    expect(parsed).toMatchObject({ ok: true, learner: who });
    if (parsed.ok) expect(parsed.entries).toEqual(entries);
  });

  it('the Blob an export saves is byte for byte the same file, for stored (canonical) and unsorted entries alike', async () => {
    const entries = makeActions(12).map((e, i) => (i % 4 === 0 ? { ...e, reflection: `Learnt ${i} — café ✓` } : e));
    const at = new Date('2026-11-30T10:00:00Z');
    const text = await buildPracticeFile(entries, who, at);
    const unsorted = await buildPracticeBlob(entries, who, at);
    expect(unsorted.type).toBe('application/json');
    expect(await unsorted.text()).toBe(text);
    // What the log database holds: the same entries in canonical key order, hashed as they are.
    const stored = entries.map((e) => JSON.parse(canonicalJson(e)) as typeof e);
    expect(await (await buildPracticeBlob(stored, who, at, { stored: true })).text()).toBe(text);
    const parsed = await parsePracticeFile(await unsorted.text());
    expect(parsed).toMatchObject({ ok: true, learner: who });
    if (parsed.ok) expect(parsed.entries).toEqual(entries);
  });

  it('`stored` trusts key order: entries out of canonical order would give a file the importer refuses', async () => {
    // This is why every write keeps entries in canonical order (store.test.ts checks each write path).
    const blob = await buildPracticeBlob(makeActions(3), who, new Date(), { stored: true });
    expect(await parsePracticeFile(await blob.text())).toMatchObject({ ok: false, error: expect.stringMatching(/checksum/) });
  });

  it('names files after the learner and the local day', () => {
    expect(exportFilename('Siân O’Brien', new Date(2026, 10, 30), 'practice.json')).toBe('sian-o-brien-2026-11-30.practice.json');
    expect(exportFilename('', new Date(2026, 0, 2), 'practice.csv')).toBe('practice-log-2026-01-02.practice.csv');
  });
});

describe('CSV', () => {
  it('guards against formula injection in text cells, quotes what needs quoting', () => {
    expect(csvText('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-2')).toBe("'-2");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('line\nbreak')).toBe('"line\nbreak"');
  });

  it('one row per entry, a column per metric, numbers stay numbers', () => {
    const entries = [
      makeAction(0, { reflection: '=cmd|" /C calc"!A0', metrics: { wordCount: -3, hadAltText: true } }),
      makeAction(1, { metrics: { readingEase: 61.5 } }),
    ];
    const csv = toCsv(entries);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe('id,time_utc,local_date,learner,site_kind,site_host,site_path,context,type,skills,ref,reflection,metric:hadAltText,metric:readingEase,metric:wordCount');
    expect(lines[1]).toContain(`"'=cmd|"" /C calc""!A0",TRUE,,-3`);
    expect(lines[2]!.endsWith(',,61.5,')).toBe(true);
  });
});

describe('xAPI', () => {
  const entries = [
    makeAction(0), // post.published
    makeAction(3), // social.posted
    makeAction(4), // tip.shown
    makeAction(6), // comment.replied
    makeAction(7, { type: 'social.replied', skills: ['tone'], ref: undefined }),
    makeAction(8, { type: 'lesson.step-completed', ref: 'first-post/step-2', reflection: 'I learned to add a heading.' }),
    makeAction(9, { type: 'image.alt-added', metrics: {} }),
  ];

  it('uses ADL verbs where they fit', () => {
    expect(verbFor('post.published').id).toBe('http://adlnet.gov/expapi/verbs/shared');
    expect(verbFor('social.posted').id).toBe('http://adlnet.gov/expapi/verbs/shared');
    expect(verbFor('comment.replied').id).toBe('http://adlnet.gov/expapi/verbs/commented');
    expect(verbFor('social.replied').id).toBe('http://adlnet.gov/expapi/verbs/responded');
    expect(verbFor('lesson.step-completed').id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(verbFor('tip.shown').id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(verbFor('heading.added').id).toBe('http://adlnet.gov/expapi/verbs/interacted');
  });

  it('every statement passes the published validator (@learninglocker/xapi-validation)', () => {
    const statements = toXapi(entries, who);
    expect(statements).toHaveLength(entries.length);
    for (const s of statements) {
      const warnings = validateXapi(s);
      expect(warnings.map((w) => `${w.path?.join('.')}: ${w.message}`)).toEqual([]);
    }
    const lesson = statements[5]!;
    expect(lesson.id).toBe(entries[5]!.id);
    expect(lesson.timestamp).toBe(new Date(entries[5]!.time).toISOString());
    expect(lesson.actor.account).toEqual({ homePage: XAPI_BASE, name: LEARNER });
    expect(lesson.object.id).toBe(`${XAPI_BASE}xapi/lessons/first-post%2Fstep-2`);
    expect(lesson.result?.response).toBe('I learned to add a heading.');
    expect(statements[0]!.result?.extensions).toEqual({ [`${XAPI_BASE}xapi/metrics/wordCount`]: 100, [`${XAPI_BASE}xapi/metrics/hadAltText`]: true });
    expect(statements[6]!.result).toBeUndefined();
  });

  it('the validator does catch a broken statement (so the test above can fail)', () => {
    const [s] = toXapi([makeAction(0)], who);
    expect(validateXapi({ ...s, verb: { id: 'shared' } }).length).toBeGreaterThan(0);
  });
});
