import { describe, expect, it } from 'vitest';
import { buildPracticeFile } from '@/lib/practice/export';
import { hostileValue, parsePracticeFile } from '@/lib/practice/import';
import { canonicalJson, sha256Hex } from '@/lib/practice/canonical';
import { LEARNER, makeActions } from './helpers';

const who = { id: LEARNER, displayName: 'Sam' };

/** A file whose checksum is right for whatever entries it holds: tests the checks other than the checksum. */
async function fileWith(entries: unknown[], head: Record<string, unknown> = {}): Promise<string> {
  return JSON.stringify({
    format: 'social-web-tutor.practice',
    version: 1,
    learner: who,
    createdAt: '2026-11-30T10:00:00.000Z',
    entries,
    checksum: await sha256Hex(canonicalJson(entries)),
    ...head,
  });
}

async function errorOf(text: string): Promise<string> {
  const r = await parsePracticeFile(text);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

describe('parsePracticeFile refuses, naming what is wrong', () => {
  it('empty, not JSON, truncated', async () => {
    const good = await buildPracticeFile(makeActions(3), who);
    expect(await errorOf('')).toMatch(/empty/);
    expect(await errorOf('hello}')).toMatch(/not valid JSON/);
    expect(await errorOf(good.slice(0, good.length - 40))).toMatch(/incomplete.*cut short/);
    expect(await errorOf('[1,2]')).toMatch(/not a Social Web Tutor practice file/);
  });

  it('wrong format or version', async () => {
    expect(await errorOf(await fileWith([], { format: 'social-web-tutor.feedback' }))).toMatch(/format is "social-web-tutor.feedback"/);
    expect(await errorOf(await fileWith([], { version: 2 }))).toMatch(/version 2, newer than this extension reads/);
    expect(await errorOf(await fileWith([], { version: '1' }))).toMatch(/has version "1"/);
  });

  it('a bad header field', async () => {
    expect(await errorOf(await fileWith([], { createdAt: 'yesterday' }))).toMatch(/createdAt is wrong: createdAt is not an ISO/);
    expect(await errorOf(await fileWith([], { extra: 1 }))).toMatch(/extra/);
    expect(await errorOf(await fileWith([], { checksum: 'abc' }))).toMatch(/checksum is not a SHA-256/);
  });

  it('an entry with a bad field: which entry (1-based), which field', async () => {
    const entries = makeActions(20) as unknown as Record<string, unknown>[];
    entries[16] = { ...entries[16], site: { kind: 'myspace', host: 'x.com' } };
    expect(await errorOf(await fileWith(entries))).toMatch(/^Entry 17, field site\.kind: /);
    const noText = makeActions(3) as unknown as Record<string, unknown>[];
    noText[1] = { ...noText[1], metrics: { words: 'the learner typed this' } };
    expect(await errorOf(await fileWith(noText))).toMatch(/^Entry 2, field metrics\.words: /);
    const list = makeActions(2) as unknown as Record<string, unknown>[];
    list[1] = { ...list[1], metrics: [] };
    expect(await errorOf(await fileWith(list))).toMatch(/^Entry 2, field metrics: metrics must be named values, not a list/);
    const url = makeActions(2) as unknown as Record<string, unknown>[];
    url[0] = { ...url[0], site: { kind: 'x', host: 'https://x.com/status/1' } };
    expect(await errorOf(await fileWith(url))).toMatch(/^Entry 1, field site\.host: a host is a bare host name/);
  });

  it('hostile values: prototype keys, huge strings, deep nesting, many keys', async () => {
    const base = makeActions(2) as unknown as Record<string, unknown>[];
    const proto = `${(await fileWith(base)).slice(0, -1)}}`.replace('"metrics":{', '"metrics":{"__proto__":{"polluted":true},');
    const protoFile = await fileWith(JSON.parse(proto).entries);
    expect(await errorOf(protoFile)).toMatch(/^Entry 1, field metrics\.__proto__: this name is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ctor = [{ ...base[0], metrics: { constructor: 1 } }];
    expect(await errorOf(await fileWith(ctor))).toMatch(/field metrics\.constructor: this name is not allowed/);
    const huge = [{ ...base[0], reflection: 'x'.repeat(5_000_000) }];
    expect(await errorOf(await fileWith(huge))).toMatch(/^Entry 1, field reflection: a text of 5000000 characters/);
    // 100,000 levels, written as text (JSON.stringify itself would overflow the stack on it).
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const deepFile = (await fileWith([{ ...base[0], metrics: 0 }])).replace('"metrics":0', `"metrics":${deep}`);
    expect(await errorOf(deepFile)).toMatch(/^Entry 1, field metrics\[0\]\[0\]\[0\]: nested deeper/);
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`m${i}`, i]));
    expect(await errorOf(await fileWith([{ ...base[0], metrics: many }]))).toMatch(/5000 members/);
    expect(await errorOf('{"__proto__":{"format":"social-web-tutor.practice"}}')).toMatch(/"__proto__", which is not allowed/);
    expect(hostileValue({ a: [{ b: 'ok' }] })).toBeNull();
  });

  it('duplicates inside one file, and entries of another learner', async () => {
    const entries = makeActions(3);
    expect(await errorOf(await fileWith([...entries, entries[0]]))).toMatch(/^Entry 4, field id: the same id as entry 1/);
    expect(await errorOf(await fileWith([...entries, { ...entries[0], id: '00000000-0000-4000-8000-0000000000ff' }]))).toMatch(/^Entry 4, field key: the same key as entry 1/);
    expect(await errorOf(await fileWith([{ ...entries[0], learner: 'someone-else' }]))).toMatch(/^Entry 1, field learner: it is not the file's learner/);
  });

  it('a changed entry: checksum mismatch', async () => {
    const text = await buildPracticeFile(makeActions(5), who);
    const tampered = text.replace('"wordCount":102', '"wordCount":999');
    expect(tampered).not.toBe(text);
    expect(await errorOf(tampered)).toMatch(/changed since it was exported \(its checksum does not match\)/);
  });

  it('reports progress in chunks and accepts a good file whole', async () => {
    const entries = makeActions(23);
    const seen: string[] = [];
    const r = await parsePracticeFile(await buildPracticeFile(entries, who), { chunk: 10, onProgress: (p, d, t) => seen.push(`${p}:${d}/${t}`) });
    expect(r.ok && r.entries).toEqual(entries);
    expect(seen).toEqual(['reading:0/1', 'reading:1/1', 'validating:0/23', 'validating:10/23', 'validating:20/23', 'validating:23/23', 'checking:0/1', 'checking:1/1']);
  });
});
