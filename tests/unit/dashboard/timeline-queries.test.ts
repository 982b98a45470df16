import { beforeEach, describe, expect, it } from 'vitest';
import { openLogDb, type LogDatabase } from '@/lib/practice/db';
import { addActions } from '@/lib/practice/store';
import { matches, topRefs } from '@/lib/practice/queries';
import type { LogFilter } from '@/lib/practice/model';
import type { PracticeAction } from '@/lib/practice/schema';
import { clearRefCaches, dayCountable, dayCounts, perDayCounts, timelinePage, topRefsCached } from '@/lib/practice/timeline-queries';
import { dayOf } from '@/lib/practice/db';
import { freshIndexedDb, localTime, makeAction } from '../practice/helpers';

const NOW = new Date(2026, 10, 20, 15, 0).getTime();
let db: LogDatabase;
let all: PracticeAction[];
const LEARNER = makeAction(0).learner;

const midnight = (daysAgo: number) => {
  const d = new Date(NOW);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - daysAgo);
  return d.getTime();
};

beforeEach(async () => {
  freshIndexedDb();
  db = await openLogDb('mentor');
  all = [];
  // 30 days, 0–9 actions a day (some days empty), several in the same millisecond, plus another learner's.
  let i = 0;
  for (let day = 0; day < 30; day++) {
    const n = (day * 7) % 10;
    for (let k = 0; k < n; k++) all.push(makeAction(i++, { time: localTime(NOW, day, k % 4) }));
  }
  await addActions(db, all);
  await addActions(db, [makeAction(9999, { learner: 'someone-else', key: 'x', time: localTime(NOW, 3) })]);
});

/** The obvious answer: filter, sort newest first (ids descending within a millisecond, as the index walks them). */
function expected(filter: LogFilter, offset: number, limit: number, order: 'asc' | 'desc' = 'desc') {
  const m = all.filter(matches(filter));
  m.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
  if (order === 'desc') m.reverse();
  return { ids: m.slice(offset, offset + limit).map((a) => a.id), total: m.length };
}

const FILTERS: LogFilter[] = [
  {},
  { types: ['image.alt-added'] },
  { sites: ['mastodon'] },
  { skills: ['alt-text'] },
  { types: ['post.published', 'social.posted'], sites: ['wordpress'] },
  { from: midnight(20), to: midnight(5) },
  { from: midnight(12), skills: ['structure'] },
  { types: ['comment.approved'] },
];

describe('timelinePage (offsets found through the day rows)', () => {
  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('pages %s exactly like a full sort, at every offset', async (_, filter) => {
    const { total } = expected(filter, 0, 0);
    for (const offset of [0, 1, 3, 7, Math.floor(total / 2), Math.max(0, total - 2), total, total + 5]) {
      for (const order of ['desc', 'asc'] as const) {
        const page = await timelinePage(db, filter, { offset, limit: 5, order }, { learner: LEARNER });
        const want = expected(filter, offset, 5, order);
        expect(page.total).toBe(want.total);
        expect(page.entries.map((e) => e.id)).toEqual(want.ids);
      }
    }
  });

  it('walks every entry once when paged end to end', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 7) {
      const page = await timelinePage(db, {}, { offset, limit: 7 }, { learner: LEARNER });
      if (page.entries.length === 0) break;
      seen.push(...page.entries.map((e) => e.id));
    }
    expect(seen).toEqual(expected({}, 0, 10_000).ids);
  });

  it('falls back to the general query when the day rows cannot answer (two skills, or a bound inside a day)', async () => {
    expect(dayCountable({ skills: ['a', 'b'] })).toBe(false);
    expect(dayCountable({ from: midnight(3) + 1 })).toBe(false);
    for (const filter of [{ skills: ['alt-text', 'hashtags'] }, { from: midnight(3) + 3_600_000 }]) {
      expect(await dayCounts(db, filter, { learner: LEARNER })).toBeNull();
      const page = await timelinePage(db, filter, { offset: 2, limit: 4 }, { learner: LEARNER });
      const want = expected(filter, 2, 4);
      expect(page.total).toBe(want.total);
      expect(page.entries.map((e) => e.id)).toEqual(want.ids);
    }
  });

  it('counts per day like a scan, for one learner or the whole database', async () => {
    for (const filter of FILTERS) {
      const want: Record<string, number> = {};
      for (const a of all.filter(matches(filter))) want[dayOf(a.time)] = (want[dayOf(a.time)] ?? 0) + 1;
      expect(await perDayCounts(db, filter, { learner: LEARNER })).toEqual(want);
    }
    const everyone = await perDayCounts(db, {}, {});
    expect(everyone[dayOf(localTime(NOW, 3))]).toBe(all.filter((a) => dayOf(a.time) === dayOf(localTime(NOW, 3))).length + 1);
  });
});

describe('topRefsCached (tips dismissed most)', () => {
  it('answers like topRefs under every filter, and sees new actions', async () => {
    clearRefCaches();
    for (const filter of FILTERS) {
      expect(await topRefsCached(db, 'tip.dismissed', filter, { learner: LEARNER }, 5)).toEqual(await topRefs(db, 'tip.dismissed', filter, { learner: LEARNER }, 5));
    }
    const before = await topRefsCached(db, 'tip.dismissed', {}, { learner: LEARNER });
    await addActions(db, [makeAction(5005, { type: 'tip.dismissed', ref: 'brand-new-tip', time: localTime(NOW, 0, 30), key: 'new' })]);
    const after = await topRefsCached(db, 'tip.dismissed', {}, { learner: LEARNER });
    expect(after).toContainEqual({ ref: 'brand-new-tip', count: 1 });
    expect(after).not.toEqual(before);
    expect(await topRefsCached(db, 'tip.dismissed', {}, { learner: 'someone-else' })).toEqual(await topRefs(db, 'tip.dismissed', {}, { learner: 'someone-else' }));
  });
});
