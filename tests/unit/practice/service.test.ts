import { beforeEach, describe, expect, it, vi } from 'vitest';
import { privacy, profile } from '@/lib/settings/items';
import { closeLogs, currentLearner, exportLog, forgetLearner, forgetRetentionDay, importMentorFile, importOwnLog, logDb, maybeApplyRetention, mentorLearners, persistenceState, recordActions, recordPersistence, requestPersistence } from '@/lib/practice/service';
import { ensurePersistence } from '@/lib/practice/persistence';
import { buildPracticeFile } from '@/lib/practice/export';
import { stats } from '@/lib/practice/queries';
import type { NewPracticeAction, PracticeAction } from '@/lib/practice/schema';
import { freshIndexedDb, LEARNER, localTime, makeAction, makeActions } from './helpers';

beforeEach(async () => {
  await closeLogs();
  freshIndexedDb();
  forgetRetentionDay();
});

const fresh = (a: PracticeAction): NewPracticeAction => {
  const { learner: _l, ...rest } = a;
  return rest;
};

async function dump(name: 'practice' | 'mentor' | 'workshop') {
  const db = await logDb(name);
  return { actions: await db.getAll('actions'), days: await db.getAll('days'), learners: await db.getAll('learners') };
}

describe('recording', () => {
  it('fills in this browser’s learner id (made once), routes sandbox actions to the workshop log', async () => {
    const [a, b, c] = makeActions(3).map(fresh);
    const results = await Promise.all([recordActions([a!]), recordActions([b!, { ...c!, site: { kind: 'sandbox', host: '' } }])]);
    expect(results.flat().every((r) => r.stored)).toBe(true);
    const me = (await profile.getValue()).learnerId;
    expect(me).toMatch(/^[0-9a-f-]{36}$/);
    const own = (await dump('practice')).actions;
    expect(own.map((x) => x.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(own.every((x) => x.learner === me)).toBe(true);
    expect((await dump('workshop')).actions.map((x) => x.id)).toEqual([c!.id]);
    expect((await recordActions([a!]))[0]).toEqual({ id: a!.id, stored: false });
  });

  it('persistence: a worker without persist() notes persisted(); a page then asks once; the answer is kept', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: undefined as undefined | (() => Promise<boolean>) };
    vi.stubGlobal('navigator', { storage });
    try {
      // An MV3 service worker: no persist(), so nothing was asked yet.
      expect(await requestPersistence()).toMatchObject({ granted: false, asked: false });
      // An extension page asks (lib/practice/persistence.ts) and the background records it.
      expect(await recordPersistence(true, true, 1234)).toEqual({ granted: true, asked: true, at: 1234 });
      expect(await persistenceState()).toEqual({ granted: true, asked: true, at: 1234 });
      // Start-up after that changes nothing.
      expect(await requestPersistence()).toEqual({ granted: true, asked: true, at: 1234 });
      // A window background (Firefox) asks itself, once.
      await closeLogs();
      freshIndexedDb();
      storage.persist = vi.fn(async () => true);
      expect(await requestPersistence()).toMatchObject({ granted: true, asked: true });
      expect(await requestPersistence()).toMatchObject({ granted: true, asked: true });
      expect(storage.persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('persistence: pages ask once through the background, then only re-check', async () => {
    const recorder = { read: () => persistenceState(), record: (g: boolean | null, a: boolean) => recordPersistence(g, a) };
    const storage = { persist: vi.fn(async () => true), persisted: vi.fn(async () => true) };
    expect(await persistenceState()).toEqual({ granted: null, asked: false, at: null });
    expect(await ensurePersistence(storage, recorder)).toMatchObject({ granted: true, asked: true });
    storage.persisted.mockResolvedValue(false);
    expect(await ensurePersistence(storage, recorder)).toMatchObject({ granted: false, asked: true });
    expect(storage.persist).toHaveBeenCalledTimes(1);
    // Records from before `asked` existed count as not asked: a page asks.
    await (await logDb('practice')).put('meta', { granted: false, at: 5 }, 'persist');
    expect(await ensurePersistence(storage, recorder)).toMatchObject({ granted: true, asked: true });
    expect(storage.persist).toHaveBeenCalledTimes(2);
  });

  it('applies the retention setting after writes, at most once a day', async () => {
    const now = Date.now();
    await recordActions([fresh(makeAction(0, { time: localTime(now, 200) })), fresh(makeAction(1, { time: now }))]);
    expect((await dump('practice')).actions).toHaveLength(2); // forever by default
    await privacy.setValue({ recordPath: false, retentionMonths: 3 });
    forgetRetentionDay();
    expect(await maybeApplyRetention('practice', now)).toBe(1);
    expect(await maybeApplyRetention('practice', now)).toBe(0);
    expect((await dump('practice')).actions.map((a) => a.id)).toEqual([makeAction(1).id]);
  });
});

describe('export → import elsewhere', () => {
  it('gives back identical entries, reflections (written after the entry) included', async () => {
    await profile.setValue({ learnerId: LEARNER, displayName: 'Sam', mentorName: '', role: 'learner' });
    forgetLearner();
    await recordActions(makeActions(25).map(fresh));
    const { setReflection } = await import('@/lib/practice/store');
    await setReflection(await logDb('practice'), makeAction(3).id, 'I kept the sentences short this time.');
    const original = (await dump('practice')).actions;
    const file = await exportLog('practice', 'json');
    expect(file.filename).toMatch(/^sam-\d{4}-\d{2}-\d{2}\.practice\.json$/);
    const text = await file.blob.text();
    expect(JSON.parse(text).entries.map((e: PracticeAction) => e.time)).toEqual(original.map((e) => e.time).sort((a, b) => a - b));

    // Another browser: a fresh database and profile; the file restores the log whole.
    await closeLogs();
    freshIndexedDb();
    await profile.setValue({ learnerId: 'another-browser', displayName: '', mentorName: '', role: 'learner' });
    forgetLearner();
    expect(await importOwnLog(text)).toMatchObject({ ok: true, added: 25, skipped: 0 });
    const byId = (a: PracticeAction, b: PracticeAction) => (a.id < b.id ? -1 : 1);
    expect((await dump('practice')).actions.sort(byId)).toEqual(original.sort(byId));
    expect(await importOwnLog(text)).toMatchObject({ ok: true, added: 0, skipped: 25 });
  });
});

describe('restore (the learner’s own file)', () => {
  it('writes all or nothing; importing again adds nothing', async () => {
    await profile.setValue({ learnerId: LEARNER, displayName: 'Sam', mentorName: '', role: 'learner' });
    const text = await buildPracticeFile(makeActions(30), { id: LEARNER, displayName: 'Sam' });
    const phases = new Set<string>();
    expect(await importOwnLog(text, (p) => phases.add(p))).toMatchObject({ ok: true, added: 30, skipped: 0 });
    expect([...phases]).toEqual(['reading', 'validating', 'checking', 'writing', 'done']);
    expect(await importOwnLog(text)).toMatchObject({ ok: true, added: 0, skipped: 30 });
    expect((await stats(await logDb('practice'))).total).toBe(30);
  });

  it('adopts the file’s learner on an empty log; refuses someone else’s file on a used one', async () => {
    await currentLearner();
    const other = { id: 'c0ffee00-0000-4000-8000-000000000001', displayName: 'Alex' };
    const entries = makeActions(4, 0, () => ({ learner: other.id }));
    expect(await importOwnLog(await buildPracticeFile(entries, other))).toMatchObject({ ok: true, added: 4, learner: { id: other.id } });
    expect((await profile.getValue()).learnerId).toBe(other.id);
    const stranger = { id: 'stranger', displayName: 'Jo' };
    const before = await dump('practice');
    const r = await importOwnLog(await buildPracticeFile(makeActions(2, 50, () => ({ learner: 'stranger' })), stranger));
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/practice log of "Jo", not yours/);
    expect(await dump('practice')).toEqual(before);
  });
});

describe('mentor database', () => {
  it('keeps imported learners apart from the mentor’s own log, lists them, merges a later file', async () => {
    await recordActions([fresh(makeAction(0))]); // the mentor's own practice
    const ana = { id: 'ana-id', displayName: 'Ana' };
    const ben = { id: 'ben-id', displayName: 'Ben' };
    const anaEntries = makeActions(10, 0, () => ({ learner: ana.id }));
    expect(await importMentorFile(await buildPracticeFile(anaEntries.slice(0, 6), ana, new Date('2026-11-01')), undefined, 1000)).toMatchObject({ ok: true, added: 6 });
    expect(await importMentorFile(await buildPracticeFile(anaEntries, { ...ana, displayName: 'Ana B.' }, new Date('2026-11-08')), undefined, 2000)).toMatchObject({ ok: true, added: 4, skipped: 6 });
    expect(await importMentorFile(await buildPracticeFile(makeActions(3, 100, () => ({ learner: ben.id })), ben))).toMatchObject({ ok: true, added: 3 });
    const list = await mentorLearners();
    expect(list.map((l) => [l.id, l.displayName, l.total])).toEqual(
      expect.arrayContaining([
        ['ana-id', 'Ana B.', 10],
        ['ben-id', 'Ben', 3],
      ]),
    );
    expect((await dump('practice')).actions).toHaveLength(1);
    const before = await dump('mentor');
    const bad = await importMentorFile((await buildPracticeFile(anaEntries, ana)).replace('"wordCount":103', '"wordCount":1'));
    expect(bad).toMatchObject({ ok: false, added: 0 });
    expect(await dump('mentor')).toEqual(before);
  });

  it('exports a learner from the mentor database as a file that imports again', async () => {
    const ana = { id: 'ana-id', displayName: 'Ana' };
    await importMentorFile(await buildPracticeFile(makeActions(5, 0, () => ({ learner: ana.id })), ana));
    const file = await exportLog('mentor', 'json', {}, ana.id, new Date(2026, 10, 30));
    expect(file.filename).toBe('ana-2026-11-30.practice.json');
    expect(JSON.parse(await file.blob.text()).entries).toHaveLength(5);
    const csv = await exportLog('practice', 'csv');
    expect(csv.mime).toMatch(/text\/csv/);
  });
});
