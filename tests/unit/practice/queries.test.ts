import { beforeEach, describe, expect, it } from 'vitest';
import { openLogDb, dayOf, type LogDatabase } from '@/lib/practice/db';
import { addActions } from '@/lib/practice/store';
import { allEntries, countEntries, dayAnswerable, masteryCounts, matches, perSkillPerDay, perTypePerDay, queryEntries, stats, streakOf, summary, topRefs } from '@/lib/practice/queries';
import type { LogFilter } from '@/lib/practice/model';
import type { PracticeAction } from '@/lib/practice/schema';
import { freshIndexedDb, localTime, makeAction, makeActions } from './helpers';

let db: LogDatabase;
const NOW = new Date(2026, 10, 20, 15, 0).getTime();
/** 7 actions a day (one of each type) for 10 days, the last of them today. */
let all: PracticeAction[];

beforeEach(async () => {
  freshIndexedDb();
  db = await openLogDb('practice');
  all = [];
  for (let day = 0; day < 10; day++) for (let k = 0; k < 7; k++) all.push(makeAction(day * 7 + k, { time: localTime(NOW, day, k * 3) }));
  await addActions(db, all);
});

const midnight = (daysAgo: number) => {
  const d = new Date(NOW);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - daysAgo);
  return d.getTime();
};

/** The same answer computed the slow, obvious way. */
function expectedStats(filter: LogFilter) {
  const m = all.filter(matches(filter));
  const perType: Record<string, number> = {};
  const perSkill: Record<string, number> = {};
  for (const a of m) {
    perType[a.type] = (perType[a.type] ?? 0) + 1;
    for (const s of a.skills) perSkill[s] = (perSkill[s] ?? 0) + 1;
  }
  return { total: m.length, perType, perSkill, last: m.length ? Math.max(...m.map((a) => a.time)) : null };
}

describe('queries', () => {
  it('pages newest first, by offset and by keyset, with the total', async () => {
    const byNewest = [...all].sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
    const first = await queryEntries(db, {}, { limit: 5 });
    expect(first.total).toBe(70);
    expect(first.entries.map((e) => e.id)).toEqual(byNewest.slice(0, 5).map((e) => e.id));
    const second = await queryEntries(db, {}, { limit: 5, offset: 5 });
    expect(second.entries.map((e) => e.id)).toEqual(byNewest.slice(5, 10).map((e) => e.id));
    const last = first.entries[4]!;
    const keyset = await queryEntries(db, {}, { limit: 5, after: { time: last.time, id: last.id } });
    expect(keyset.entries).toEqual(second.entries);
    const asc = await queryEntries(db, {}, { limit: 3, order: 'asc' });
    expect(asc.entries.map((e) => e.time)).toEqual([...all].map((a) => a.time).sort((a, b) => a - b).slice(0, 3));
  });

  it('keyset paging walks ties in one millisecond without losing or repeating entries', async () => {
    freshIndexedDb();
    db = await openLogDb('practice');
    const same = makeActions(12, 500, () => ({ time: NOW }));
    await addActions(db, same);
    const seen: string[] = [];
    let after: { time: number; id: string } | undefined;
    for (;;) {
      const page = await queryEntries(db, {}, { limit: 5, after });
      if (!page.entries.length) break;
      seen.push(...page.entries.map((e) => e.id));
      const tail = page.entries[page.entries.length - 1]!;
      after = { time: tail.time, id: tail.id };
    }
    expect(seen).toEqual(same.map((a) => a.id).sort().reverse());
  });

  it('filters by time range, type, skill and site', async () => {
    const filters: LogFilter[] = [
      { from: midnight(2), to: midnight(0) },
      { types: ['tip.dismissed', 'post.published'] },
      { skills: ['alt-text'] },
      { sites: ['x'] },
      { from: localTime(NOW, 3, 4), types: ['image.alt-added'], sites: ['x', 'mastodon'], skills: ['alt-text'] },
    ];
    for (const filter of filters) {
      const expected = all.filter(matches(filter)).sort((a, b) => b.time - a.time);
      const got = await queryEntries(db, filter, { limit: 1000 });
      expect(got.total).toBe(expected.length);
      expect(got.entries.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      expect(await countEntries(db, filter)).toBe(expected.length);
    }
  });

  it('stats from day counts equal stats from a scan', async () => {
    const filters: LogFilter[] = [{}, { from: midnight(4) }, { types: ['social.posted'] }, { sites: ['wordpress'] }, { skills: ['alt-text'] }, { from: localTime(NOW, 5, 7) }];
    for (const filter of filters) {
      const s = await stats(db, filter, {}, NOW);
      const e = expectedStats(filter);
      expect(s.total).toBe(e.total);
      expect(s.perType).toEqual(e.perType);
      expect(s.perSkill).toEqual(e.perSkill);
      expect(s.lastActivity).toBe(e.last);
    }
    expect(dayAnswerable({ from: midnight(4) })).toBe(true);
    expect(dayAnswerable({ from: localTime(NOW, 5, 7) })).toBe(false);
  });

  it('today, streak, totals and last activity', async () => {
    const s = await stats(db, {}, {}, NOW);
    expect(s.total).toBe(70);
    expect(s.today).toBe(7);
    expect(s.streak).toBe(10);
    expect(s.lastActivity).toBe(localTime(NOW, 0, 18));
    // Tips are not practice: a day with only tip events does not keep a streak going.
    expect(streakOf(new Set([dayOf(NOW), dayOf(localTime(NOW, 1))]), NOW)).toBe(2);
    expect(streakOf(new Set([dayOf(localTime(NOW, 1)), dayOf(localTime(NOW, 2))]), NOW)).toBe(2);
    expect(streakOf(new Set([dayOf(localTime(NOW, 2))]), NOW)).toBe(0);
    await addActions(db, [makeAction(900, { type: 'tip.shown', time: localTime(NOW, 12) })]);
    expect((await stats(db, {}, {}, NOW)).streak).toBe(10);
  });

  it('counts per skill per day and per type per day', async () => {
    const chart = await perSkillPerDay(db, {});
    expect(Object.keys(chart).sort()).toEqual(['alt-text', 'hashtags', 'plain-english', 'publishing', 'replying', 'structure']);
    expect(chart['alt-text']![dayOf(NOW)]).toBe(3);
    expect(Object.keys(chart['publishing']!)).toHaveLength(10);
    const scanned = await perSkillPerDay(db, { skills: ['alt-text'] });
    expect(scanned['alt-text']).toEqual(chart['alt-text']);
    const types = await perTypePerDay(db, { from: midnight(1) });
    expect(Object.values(types['tip.shown']!)).toEqual([1, 1]);
  });

  it('top refs, mastery counts (tip events are not practice), summary, all entries', async () => {
    const top = await topRefs(db, 'tip.dismissed');
    expect(top.reduce((s, r) => s + r.count, 0)).toBe(10);
    expect(top[0]!.count).toBeGreaterThanOrEqual(top[top.length - 1]!.count);
    const mastery = await masteryCounts(db, ['alt-text', 'plain-english', 'nothing']);
    // alt-text: image.alt-added and social.posted (tip.shown also carries alt-text but does not count).
    expect(mastery).toEqual({ 'alt-text': 20, 'plain-english': 0, nothing: 0 });
    const sum = await summary(db);
    expect(sum.total).toBe(70);
    expect(sum.firstActivity).toBe(Math.min(...all.map((a) => a.time)));
    const every = await allEntries(db);
    expect(every).toHaveLength(70);
    expect(every.map((e) => e.time)).toEqual([...every.map((e) => e.time)].sort((a, b) => a - b));
  });

  it('scopes to one learner in the mentor database', async () => {
    const mentor = await openLogDb('mentor');
    await addActions(mentor, makeActions(5, 0, () => ({ learner: 'a' })));
    await addActions(mentor, makeActions(3, 10, () => ({ learner: 'b' })));
    expect((await queryEntries(mentor, {}, {}, { learner: 'a' })).total).toBe(5);
    expect((await queryEntries(mentor, { types: ['post.published'] }, {}, { learner: 'b' })).entries.every((e) => e.learner === 'b')).toBe(true);
    expect((await stats(mentor, {}, { learner: 'b' })).total).toBe(3);
    expect((await stats(mentor, { skills: ['alt-text'] }, { learner: 'a' })).total).toBe(makeActions(5).filter((a) => a.skills.includes('alt-text')).length);
    mentor.close();
  });
});
