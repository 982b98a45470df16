import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openLogDb, dayOf, type LogDatabase } from '@/lib/practice/db';
import { addActions, applyRetention, clearLog, removeLearner, retentionCutoff, setReflection } from '@/lib/practice/store';
import { LogError, QUOTA_MESSAGE } from '@/lib/practice/errors';
import { canonicalJson } from '@/lib/practice/canonical';
import { freshIndexedDb, LEARNER, localTime, makeAction, makeActions } from './helpers';

let db: LogDatabase;
beforeEach(async () => {
  freshIndexedDb();
  db = await openLogDb('practice');
});

async function snapshot(d: LogDatabase) {
  return { actions: await d.getAll('actions'), days: await d.getAll('days'), learners: await d.getAll('learners') };
}

describe('addActions', () => {
  it('stores actions and keeps per-day counts in step', async () => {
    const now = Date.now();
    const actions = [
      makeAction(0, { time: localTime(now, 1, 0) }),
      makeAction(1, { time: localTime(now, 1, 5) }),
      makeAction(3, { time: localTime(now, 0, 1) }),
    ];
    const results = await addActions(db, actions);
    expect(results).toEqual(actions.map((a) => ({ id: a.id, stored: true })));
    expect(await db.count('actions')).toBe(3);
    const yesterday = await db.get('days', [LEARNER, dayOf(localTime(now, 1))]);
    expect(yesterday?.n).toEqual({ 'post.published|wordpress': 1, 'image.alt-added|x': 1 });
    expect(yesterday?.skills).toEqual({ 'post.published|wordpress|publishing': 1, 'image.alt-added|x|alt-text': 1 });
    expect(yesterday?.first).toBe(actions[0]!.time);
    expect(yesterday?.last).toBe(actions[1]!.time);
    const today = await db.get('days', [LEARNER, dayOf(now)]);
    expect(today?.skills).toEqual({ 'social.posted|wordpress|hashtags': 1, 'social.posted|wordpress|alt-text': 1 });
  });

  it('stores a retried action once: same id, or same learner and key', async () => {
    const a = makeAction(0);
    await addActions(db, [a]);
    const again = await addActions(db, [a, makeAction(1, { key: a.key }), makeAction(2)]);
    expect(again.map((r) => r.stored)).toEqual([false, false, true]);
    expect(await db.count('actions')).toBe(2);
    const days = await db.getAll('days');
    const total = days.reduce((s, d) => s + Object.values(d.n).reduce((x, y) => x + y, 0), 0);
    expect(total).toBe(2);
  });

  it('lets two learners (mentor database) use the same idempotency key', async () => {
    const mentor = await openLogDb('mentor');
    const results = await addActions(mentor, [makeAction(0, { learner: 'learner-a' }), makeAction(1, { learner: 'learner-b', key: 'k-0' })]);
    expect(results.every((r) => r.stored)).toBe(true);
    mentor.close();
  });

  it('reports progress by chunk', async () => {
    const seen: number[] = [];
    await addActions(db, makeActions(25), { chunk: 10, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([10, 20, 25]);
  });

  it('on a full disk: a clear message, the transaction aborted, nothing half-written', async () => {
    await addActions(db, makeActions(5));
    const before = await snapshot(db);
    // A fake IndexedDB that runs out of room on the 4th write of the next batch.
    const raw = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore.prototype;
    const realAdd = raw.add;
    let calls = 0;
    const spy = vi.spyOn(raw, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (++calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.call(this, value, key);
    });
    const error = await addActions(db, makeActions(10, 100)).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(LogError);
    expect((error as LogError).code).toBe('quota');
    expect((error as LogError).message).toBe(QUOTA_MESSAGE);
    expect(await snapshot(db)).toEqual(before);
  });

  it('maps a quota error raised at commit time (the transaction error) too', async () => {
    const before = await snapshot(db);
    const raw = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore.prototype;
    const realPut = raw.put;
    // The day-count write fails: the entries written before it in the same transaction must go too.
    const spy = vi.spyOn(raw, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'days') throw new DOMException('No room.', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    const error = await addActions(db, makeActions(3)).catch((e: unknown) => e);
    spy.mockRestore();
    expect((error as LogError).code).toBe('quota');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('canonical key order (exports hash stored entries as they are)', () => {
  const canonical = (e: unknown) => JSON.stringify(e) === canonicalJson(e);

  it('every write path stores entries in canonical key order', async () => {
    const input = makeActions(6).map((a, i) => (i === 0 ? { ...a, reflection: 'first thoughts' } : a));
    // The helpers build entries in a non-canonical order (id, key, time…): the test would catch a store that keeps it.
    expect(input.every(canonical)).toBe(false);
    await addActions(db, input);
    await setReflection(db, input[1]!.id, 'added later, so it was the last key');
    await setReflection(db, input[0]!.id, '');
    await addActions(db, [{ ...input[2]!, reflection: 'newer, from a file' }], { mode: 'import' });
    const stored = await db.getAll('actions');
    expect(stored).toHaveLength(6);
    expect(stored.filter((e) => !canonical(e)).map((e) => e.id)).toEqual([]);
    expect(stored.find((e) => e.id === input[1]!.id)?.reflection).toBe('added later, so it was the last key');
    expect(stored.find((e) => e.id === input[2]!.id)?.reflection).toBe('newer, from a file');
    expect(stored.find((e) => e.id === input[0]!.id)).not.toHaveProperty('reflection');
  });
});

describe('other writes', () => {
  it('sets and clears a reflection', async () => {
    const [a] = makeActions(1);
    await addActions(db, [a!]);
    await setReflection(db, a!.id, '  I used a subheading every 300 words.  ');
    expect((await db.get('actions', a!.id))?.reflection).toBe('I used a subheading every 300 words.');
    await setReflection(db, a!.id, '   ');
    expect((await db.get('actions', a!.id))?.reflection).toBeUndefined();
    await expect(setReflection(db, 'nope', 'x')).rejects.toThrow(/no longer in the log/);
  });

  it('deletes everything', async () => {
    await addActions(db, makeActions(10));
    await clearLog(db);
    expect(await db.count('actions')).toBe(0);
    expect(await db.count('days')).toBe(0);
  });

  it('retention removes whole local days older than N months, with their counts', async () => {
    const now = new Date(2026, 10, 15, 9, 30).getTime();
    const cutoff = retentionCutoff(3, now);
    expect(new Date(cutoff)).toEqual(new Date(2026, 7, 15, 0, 0, 0, 0));
    const old = makeAction(0, { time: cutoff - 1 });
    const edge = makeAction(1, { time: cutoff });
    const fresh = makeAction(2, { time: now });
    await addActions(db, [old, edge, fresh]);
    expect(await applyRetention(db, 0, now)).toBe(0);
    expect(await applyRetention(db, 3, now)).toBe(1);
    expect((await db.getAll('actions')).map((a) => a.id).sort()).toEqual([edge.id, fresh.id].sort());
    expect((await db.getAll('days')).map((d) => d.day).sort()).toEqual([dayOf(cutoff), dayOf(now)].sort());
  });

  it('removes one learner from the mentor database, leaving the others', async () => {
    const mentor = await openLogDb('mentor');
    await addActions(mentor, makeActions(3, 0, () => ({ learner: 'a' })), { learnerRow: { id: 'a', displayName: 'A', importedAt: 1, fileCreatedAt: '' } });
    await addActions(mentor, makeActions(2, 10, () => ({ learner: 'b' })), { learnerRow: { id: 'b', displayName: 'B', importedAt: 1, fileCreatedAt: '' } });
    await removeLearner(mentor, 'a');
    expect((await mentor.getAll('actions')).every((a) => a.learner === 'b')).toBe(true);
    expect(await mentor.count('actions')).toBe(2);
    expect((await mentor.getAll('days')).every((d) => d.learner === 'b')).toBe(true);
    expect((await mentor.getAll('learners')).map((l) => l.id)).toEqual(['b']);
    mentor.close();
  });
});
