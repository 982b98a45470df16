/**
 * Property: whatever is done to an export file — cut short, bytes changed, deleted or inserted, fields replaced
 * (with the checksum recomputed, so validation itself is reached) — import either refuses it with a message and
 * leaves the database exactly as it was, or accepts it whole: every entry of the file is then in the database and
 * nothing else changed.
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '@/lib/practice/canonical';
import { buildPracticeFile } from '@/lib/practice/export';
import { closeLogs, importMentorFile, logDb } from '@/lib/practice/service';
import { addActions, clearLog } from '@/lib/practice/store';
import type { PracticeAction } from '@/lib/practice/schema';
import { freshIndexedDb, makeActions } from './helpers';

const learner = { id: 'prop-learner', displayName: 'Prop' };
const fileEntries = makeActions(12, 0, () => ({ learner: learner.id }));
/** Already in the mentor database before any import: some of the file's entries, and another learner's. */
const prior: PracticeAction[] = [...fileEntries.slice(0, 4), ...makeActions(3, 50, () => ({ learner: 'other' }))];
let good = '';

async function state() {
  const db = await logDb('mentor');
  const [actions, days, learners] = await Promise.all([db.getAll('actions'), db.getAll('days'), db.getAll('learners')]);
  return { actions, days, learners };
}
let before: Awaited<ReturnType<typeof state>>;

async function reset() {
  const db = await logDb('mentor');
  await clearLog(db);
  await addActions(db, prior, { learnerRow: { id: 'other', displayName: 'Other', importedAt: 1, fileCreatedAt: '2026-01-01T00:00:00.000Z' } });
}

beforeAll(async () => {
  await closeLogs();
  freshIndexedDb();
  good = await buildPracticeFile(fileEntries, learner, new Date('2026-11-30T10:00:00Z'));
});

beforeEach(async () => {
  await reset();
  before = await state();
});

const sansReflection = (a: PracticeAction) => ({ ...a, reflection: undefined });

const tally = { accepted: 0, refused: 0 };

async function check(text: string): Promise<void> {
  const result = await importMentorFile(text, undefined, 5);
  const after = await state();
  tally[result.ok ? 'accepted' : 'refused']++;
  if (!result.ok) {
    expect(result.error).toMatch(/\w/);
    expect(after).toEqual(before);
    return;
  }
  // Accepted whole: the file's entries are all there (an entry already in the log may only take the file's
  // reflection), and what was there before and is not in the file is untouched.
  const parsed = JSON.parse(text) as { entries: PracticeAction[] };
  const byId = new Map(after.actions.map((a) => [a.id, a]));
  const inFile = new Set(parsed.entries.map((e) => e.id));
  for (const e of parsed.entries) {
    const stored = byId.get(e.id)!;
    expect(sansReflection(stored)).toEqual(sansReflection(e));
    if (e.reflection !== undefined) expect(stored.reflection).toBe(e.reflection);
  }
  for (const p of before.actions) {
    if (inFile.has(p.id)) expect(sansReflection(byId.get(p.id)!)).toEqual(sansReflection(p));
    else expect(byId.get(p.id)).toEqual(p);
  }
  const expectedIds = new Set([...before.actions.map((a) => a.id), ...parsed.entries.map((e) => e.id)]);
  expect(after.actions.length).toBe(expectedIds.size);
  await reset();
  before = await state();
}

/** Re-serialises with a correct checksum, so the mutation reaches the entry validator. */
async function resealed(file: Record<string, unknown>): Promise<string> {
  const entries = file.entries;
  return JSON.stringify({ ...file, checksum: Array.isArray(entries) ? await sha256Hex(canonicalJson(entries)) : file.checksum });
}

const RUNS = 1000;

describe('import property: refused with a message, or accepted whole', () => {
  it('the unmutated file is accepted (adds only the entries not yet there)', async () => {
    const r = await importMentorFile(good);
    expect(r).toMatchObject({ ok: true, added: 8, skipped: 4 });
  });

  it('an entry already in the log with other details refuses the whole file, naming the entry', async () => {
    const file = JSON.parse(good) as { entries: PracticeAction[] };
    file.entries[2] = { ...file.entries[2]!, key: 'changed' };
    const r = await importMentorFile(await resealed(file as unknown as Record<string, unknown>));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^Entry 3 has the id of an entry already in the log but different details/) });
    expect(await state()).toEqual(before);
  });

  it('a newer reflection on an entry already in the log is taken', async () => {
    const file = JSON.parse(good) as { entries: PracticeAction[] };
    file.entries[1] = { ...file.entries[1]!, reflection: 'Alt text first, then the caption.' };
    const r = await importMentorFile(await resealed(file as unknown as Record<string, unknown>));
    expect(r).toMatchObject({ ok: true, added: 8, skipped: 4, updated: 1 });
    expect((await (await logDb('mentor')).get('actions', fileEntries[1]!.id))?.reflection).toBe('Alt text first, then the caption.');
  });

  it('truncated anywhere', async () => {
    await fc.assert(fc.asyncProperty(fc.nat({ max: good.length - 1 }), (cut) => check(good.slice(0, cut))), { numRuns: RUNS, endOnFailure: true });
  });

  it('one character replaced', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), (at, ch) => check(good.slice(0, at) + ch + good.slice(at + 1))),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('a range deleted or junk inserted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), fc.nat({ max: 40 }), fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.json({ maxDepth: 2 })), (at, len, insert) =>
        check(good.slice(0, at) + insert + good.slice(at + len)),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('an entry field replaced by any JSON value, checksum recomputed', async () => {
    const fields = ['id', 'key', 'time', 'learner', 'site', 'context', 'type', 'skills', 'metrics', 'ref', 'reflection', '__proto__', 'constructor', 'extra'];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: fileEntries.length - 1 }), fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 4 }), async (i, field, value) => {
        const file = JSON.parse(good) as { entries: Record<string, unknown>[] };
        // defineProperty: also sets "__proto__" as an own key, as JSON.parse would.
        Object.defineProperty(file.entries[i]!, field, { value, enumerable: true, configurable: true, writable: true });
        await check(await resealed(file));
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // Both outcomes happen, so neither branch of the property is vacuous.
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('header fields replaced by any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('format', 'version', 'learner', 'createdAt', 'entries', 'checksum'), fc.jsonValue({ maxDepth: 3 }), async (field, value) => {
        const file = JSON.parse(good) as Record<string, unknown>;
        file[field] = value;
        await check(field === 'checksum' ? JSON.stringify(file) : await resealed(file));
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
