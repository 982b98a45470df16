import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { countInto, dayOf, emptyDay, LOG_DB_VERSION, openLogDb, UPGRADES, type DayRow } from '@/lib/practice/db';
import { queryEntries, stats } from '@/lib/practice/queries';
import { addActions } from '@/lib/practice/store';
import { PracticeActionSchema, type PracticeAction } from '@/lib/practice/schema';
import { canonicalJson } from '@/lib/practice/canonical';
import { freshIndexedDb } from './helpers';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/practice/v1-entries.json', import.meta.url), 'utf8')) as { entries: PracticeAction[] };

/** Builds the database exactly as version 1 of the extension did, and fills it with the fixture. */
async function buildV1(name: string, entries: PracticeAction[]) {
  const db = await openDB(name, 1, {
    upgrade(raw, _old, _new, tx) {
      void UPGRADES[0]!(raw, tx);
    },
  });
  const tx = db.transaction('actions', 'readwrite');
  for (const e of entries) void tx.store.put(e);
  await tx.done;
  db.close();
}

beforeEach(() => freshIndexedDb());

describe('migration v1 → current', () => {
  it('the fixture is honest: every entry is a valid action', () => {
    expect(fixture.entries).toHaveLength(40);
    for (const e of fixture.entries) expect(v.safeParse(PracticeActionSchema, e).success).toBe(true);
  });

  it('keeps every record intact and builds the day counts and new indexes', async () => {
    await buildV1('practice', fixture.entries);
    const db = await openLogDb('practice');
    expect(db.version).toBe(LOG_DB_VERSION);
    expect(LOG_DB_VERSION).toBe(3);
    const stored = await db.getAll('actions');
    const byId = (a: PracticeAction, b: PracticeAction) => (a.id < b.id ? -1 : 1);
    expect(stored.sort(byId)).toEqual([...fixture.entries].sort(byId));
    expect([...db.objectStoreNames].sort()).toEqual(['actions', 'days', 'learners', 'meta']);
    const indexes = [...db.transaction('actions').store.indexNames].sort();
    expect(indexes).toEqual(['key', 'learnerTime', 'site', 'skill', 'time', 'type']);
    expect(db.transaction('actions').store.index('key').keyPath).toEqual(['learner', 'key']);

    // Day rows equal the ones computed directly from the entries.
    const expected = new Map<string, DayRow>();
    for (const e of fixture.entries) {
      const k = `${e.learner}|${dayOf(e.time)}`;
      if (!expected.has(k)) expected.set(k, emptyDay(e.learner, dayOf(e.time)));
      countInto(expected.get(k)!, e);
    }
    const days = await db.getAll('days');
    expect(days.length).toBe(expected.size);
    for (const row of days) expect(row).toEqual(expected.get(`${row.learner}|${row.day}`));

    // The upgraded database answers queries and still refuses a duplicate key.
    expect((await stats(db)).total).toBe(40);
    expect((await queryEntries(db, { types: ['post.published'] })).total).toBe(fixture.entries.filter((e) => e.type === 'post.published').length);
    const dup = { ...fixture.entries[0]!, id: '7a1c9e20-4b6d-4e8f-9a2b-00000000ffff' };
    expect((await addActions(db, [dup]))[0]!.stored).toBe(false);
    db.close();
  });

  it('v3 rewrites entries stored out of canonical key order (exports hash stored entries as they are)', async () => {
    // A v1/v2 log kept entries in the order their sender gave; reverse every object's keys to be sure.
    const reverse = (x: unknown): unknown =>
      x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reverse(v)])) : x;
    const scrambled = fixture.entries.map((e) => reverse(e) as PracticeAction);
    expect(scrambled.some((e) => JSON.stringify(e) !== canonicalJson(e))).toBe(true);
    await buildV1('practice', scrambled);
    const db = await openLogDb('practice');
    const stored = await db.getAll('actions');
    expect(stored.filter((e) => JSON.stringify(e) !== canonicalJson(e))).toEqual([]);
    const byId = (a: PracticeAction, b: PracticeAction) => (a.id < b.id ? -1 : 1);
    expect(stored.sort(byId)).toEqual([...fixture.entries].sort(byId));
    db.close();
  });

  it('an empty v1 database upgrades too, and reopening the current version changes nothing', async () => {
    await buildV1('workshop', []);
    const db = await openLogDb('workshop');
    expect(await db.count('actions')).toBe(0);
    await addActions(db, fixture.entries.slice(0, 3));
    db.close();
    const again = await openLogDb('workshop');
    expect(await again.count('actions')).toBe(3);
    again.close();
  });
});
