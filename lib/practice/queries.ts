/**
 * Reads from a practice-log database. Counts, charts, streaks and totals come from the per-day rows whenever the
 * filter allows (no skill filter, time bounds on local midnights), so they cost O(days), not O(entries); the
 * timeline pages through an index and never loads every entry.
 */
import type { IDBPIndex } from 'idb';
import { dayOf, type DayRow, type LogDB, type LogDatabase } from './db';
import type { LogFilter, LogPage, LogStats } from './model';
import type { PracticeAction } from './schema';

/** Whose entries: one learner (mentor database), or everything in the database (the learner's own, the workshop). */
export interface Scope {
  learner?: string;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

const isTip = (type: string) => type.startsWith('tip.');

function has(list: readonly string[] | undefined): list is readonly string[] {
  return Array.isArray(list) && list.length > 0;
}

/** The predicate a filter stands for (time bounds included). */
export function matches(filter: LogFilter): (a: PracticeAction) => boolean {
  const types = has(filter.types) ? new Set(filter.types) : null;
  const sites = has(filter.sites) ? new Set(filter.sites) : null;
  const skills = has(filter.skills) ? new Set(filter.skills) : null;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  return (a) =>
    a.time >= from &&
    a.time < to &&
    (!types || types.has(a.type)) &&
    (!sites || sites.has(a.site.kind)) &&
    (!skills || a.skills.some((s) => skills.has(s)));
}

function isLocalMidnight(t: number | undefined): boolean {
  if (t === undefined) return true;
  const d = new Date(t);
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
}

/** Can the day rows answer this filter exactly? */
export function dayAnswerable(filter: LogFilter): boolean {
  return !has(filter.skills) && isLocalMidnight(filter.from) && isLocalMidnight(filter.to);
}

async function dayRows(db: LogDatabase, scope: Scope, filter: LogFilter): Promise<DayRow[]> {
  const rows = scope.learner === undefined ? await db.getAll('days') : await db.getAllFromIndex('days', 'learner', scope.learner);
  const fromDay = filter.from === undefined ? '' : dayOf(filter.from);
  const toDay = filter.to === undefined ? null : dayOf(filter.to);
  return rows.filter((r) => r.day >= fromDay && (toDay === null || r.day < toDay));
}

/** Cell filter for `type|site[|skill]` keys. */
function cellMatcher(filter: LogFilter): (cell: string) => { type: string; site: string; skill?: string } | null {
  const types = has(filter.types) ? new Set(filter.types) : null;
  const sites = has(filter.sites) ? new Set(filter.sites) : null;
  return (cell) => {
    const [type = '', site = '', skill] = cell.split('|');
    if ((types && !types.has(type)) || (sites && !sites.has(site))) return null;
    return { type, site, skill };
  };
}

/** The index and key range that walk a scope's entries in time order within the filter's bounds. */
function timeIndex(db: LogDatabase, scope: Scope, filter: LogFilter): { index: IDBPIndex<LogDB, ['actions'], 'actions', 'time' | 'learnerTime'>; range: IDBKeyRange | undefined } {
  const tx = db.transaction('actions');
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  if (scope.learner !== undefined) {
    return {
      index: tx.store.index('learnerTime'),
      range: IDBKeyRange.bound([scope.learner, from], [scope.learner, to], false, true),
    };
  }
  const range = filter.from === undefined && filter.to === undefined ? undefined : IDBKeyRange.bound(from, to, false, true);
  return { index: tx.store.index('time'), range };
}

const onlyTime = (f: LogFilter) => !has(f.types) && !has(f.sites) && !has(f.skills);

/** How many entries match. */
export async function countEntries(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<number> {
  if (onlyTime(filter)) {
    const { index, range } = timeIndex(db, scope, filter);
    return index.count(range);
  }
  const onlySkill = has(filter.skills) && filter.skills.length === 1 && !has(filter.types) && !has(filter.sites) && filter.from === undefined && filter.to === undefined;
  if (onlySkill && scope.learner === undefined) {
    // The multiEntry skill index holds each entry once per skill: its count for one skill is exact.
    return db.countFromIndex('actions', 'skill', filter.skills![0]!);
  }
  if (dayAnswerable(filter)) {
    const match = cellMatcher(filter);
    let total = 0;
    for (const row of await dayRows(db, scope, filter)) for (const [c, n] of Object.entries(row.n)) if (match(c)) total += n;
    return total;
  }
  let total = 0;
  await scan(db, filter, scope, () => {
    total++;
  });
  return total;
}

/** Calls `visit` for every matching entry in time order (oldest first). */
export async function scan(db: LogDatabase, filter: LogFilter, scope: Scope, visit: (a: PracticeAction) => void): Promise<void> {
  const test = matches(filter);
  const { index, range } = timeIndex(db, scope, filter);
  // Batches of getAll are much faster than a cursor step per entry; continue after the last (time, id) seen.
  const BATCH = 2000;
  let lower: IDBKeyRange | undefined = range;
  let lastTime: number | null = null;
  let seenAtLast = new Set<string>();
  for (;;) {
    const batch = await index.getAll(lower, BATCH);
    for (const a of batch) {
      if (lastTime !== null && a.time === lastTime && seenAtLast.has(a.id)) continue;
      if (test(a)) visit(a);
    }
    if (batch.length < BATCH) return;
    const last = batch[batch.length - 1]!;
    // Entries sharing the last time may straddle the batch edge: restart at that time and skip the ids seen.
    if (last.time !== lastTime) seenAtLast = new Set();
    lastTime = last.time;
    for (let i = batch.length - 1; i >= 0 && batch[i]!.time === lastTime; i--) seenAtLast.add(batch[i]!.id);
    if (seenAtLast.size >= BATCH) throw new Error(`More than ${BATCH} entries share one millisecond; the log cannot page through them.`);
    const to = filter.to ?? Infinity;
    lower = scope.learner !== undefined ? IDBKeyRange.bound([scope.learner, lastTime], [scope.learner, to], false, true) : IDBKeyRange.bound(lastTime, to, false, true);
  }
}

/** A page of matching entries, newest first by default; `total` counts every match. */
export async function queryEntries(db: LogDatabase, filter: LogFilter = {}, page: LogPage = {}, scope: Scope = {}): Promise<{ entries: PracticeAction[]; total: number }> {
  const limit = Math.min(MAX_LIMIT, Math.max(0, Math.floor(page.limit ?? DEFAULT_LIMIT)));
  const order = page.order ?? 'desc';
  let skip = page.after ? 0 : Math.max(0, Math.floor(page.offset ?? 0));
  const test = matches(filter);
  const after = page.after;
  const entries: PracticeAction[] = [];
  const bounds: LogFilter = { ...filter };
  if (after) {
    if (order === 'desc') bounds.to = Math.min(filter.to ?? Infinity, after.time + 1);
    else bounds.from = Math.max(filter.from ?? -Infinity, after.time);
  }
  const { index, range } = timeIndex(db, scope, bounds);
  let cursor = await index.openCursor(range, order === 'desc' ? 'prev' : 'next');
  if (cursor && skip > 0 && onlyTime(filter)) {
    // Nothing to test: let the index skip.
    const n = skip;
    skip = 0;
    cursor = await cursor.advance(n);
  }
  while (cursor && entries.length < limit) {
    const a = cursor.value;
    const pastAfter =
      !after || a.time !== after.time || (order === 'desc' ? a.id < after.id : a.id > after.id);
    if (pastAfter && test(a)) {
      if (skip > 0) skip--;
      else entries.push(a);
    }
    cursor = await cursor.continue();
  }
  // Within one millisecond the index orders by id ascending; 'prev' walks it backwards, so ids descend: as wanted.
  const total = await countEntries(db, filter, scope);
  return { entries, total };
}

/** Local days in a row with practice, ending at `today` (or the day before, if today has none yet). */
export function streakOf(days: ReadonlySet<string>, now: number): number {
  const d = new Date(now);
  d.setHours(12, 0, 0, 0); // noon: stepping back a day never lands on a DST edge
  if (!days.has(dayOf(d.getTime()))) d.setDate(d.getDate() - 1);
  let n = 0;
  while (days.has(dayOf(d.getTime()))) {
    n++;
    d.setDate(d.getDate() - 1);
  }
  return n;
}

export async function stats(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}, now = Date.now()): Promise<LogStats> {
  const out: LogStats = { total: 0, today: 0, streak: 0, lastActivity: null, perSkill: {}, perType: {} };
  const today = dayOf(now);
  const practiceDays = new Set<string>();
  if (dayAnswerable(filter)) {
    const match = cellMatcher(filter);
    const plain = onlyTime(filter);
    for (const row of await dayRows(db, scope, filter)) {
      let dayTotal = 0;
      for (const [c, n] of Object.entries(row.n)) {
        const cell = match(c);
        if (!cell) continue;
        dayTotal += n;
        out.perType[cell.type] = (out.perType[cell.type] ?? 0) + n;
        if (!isTip(cell.type) && n > 0) practiceDays.add(row.day);
      }
      for (const [c, n] of Object.entries(row.skills)) {
        const cell = match(c);
        if (cell?.skill) out.perSkill[cell.skill] = (out.perSkill[cell.skill] ?? 0) + n;
      }
      out.total += dayTotal;
      if (row.day === today) out.today += dayTotal;
      if (plain && dayTotal > 0) out.lastActivity = Math.max(out.lastActivity ?? -Infinity, row.last);
    }
    if (!plain && out.total > 0) {
      // Day rows keep one last time for the whole day; with a type/site filter ask the index for the newest match.
      const newest = await queryEntries(db, filter, { limit: 1, order: 'desc' }, scope);
      out.lastActivity = newest.entries[0]?.time ?? null;
    }
  } else {
    await scan(db, filter, scope, (a) => {
      out.total++;
      const day = dayOf(a.time);
      if (day === today) out.today++;
      out.perType[a.type] = (out.perType[a.type] ?? 0) + 1;
      for (const s of a.skills) out.perSkill[s] = (out.perSkill[s] ?? 0) + 1;
      if (!isTip(a.type)) practiceDays.add(day);
      out.lastActivity = Math.max(out.lastActivity ?? -Infinity, a.time);
    });
  }
  out.streak = streakOf(practiceDays, now);
  return out;
}

/** skill → local day → count, for charts. */
export async function perSkillPerDay(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  const add = (skill: string, day: string, n: number) => {
    const row = (out[skill] ??= {});
    row[day] = (row[day] ?? 0) + n;
  };
  if (dayAnswerable(filter)) {
    const match = cellMatcher(filter);
    for (const row of await dayRows(db, scope, filter)) {
      for (const [c, n] of Object.entries(row.skills)) {
        const cell = match(c);
        if (cell?.skill) add(cell.skill, row.day, n);
      }
    }
  } else {
    await scan(db, filter, scope, (a) => {
      const day = dayOf(a.time);
      for (const s of a.skills) add(s, day, 1);
    });
  }
  return out;
}

/** type → local day → count (activity calendar, per-type charts). */
export async function perTypePerDay(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  const add = (type: string, day: string, n: number) => {
    const row = (out[type] ??= {});
    row[day] = (row[day] ?? 0) + n;
  };
  if (dayAnswerable(filter)) {
    const match = cellMatcher(filter);
    for (const row of await dayRows(db, scope, filter)) {
      for (const [c, n] of Object.entries(row.n)) {
        const cell = match(c);
        if (cell) add(cell.type, row.day, n);
      }
    }
  } else {
    await scan(db, filter, scope, (a) => add(a.type, dayOf(a.time), 1));
  }
  return out;
}

/** Which refs (tip ids, lesson steps) occur most for one action type: e.g. the tips a learner dismissed most. */
export async function topRefs(db: LogDatabase, type: string, filter: LogFilter = {}, scope: Scope = {}, limit = 10): Promise<{ ref: string; count: number }[]> {
  const counts = new Map<string, number>();
  const test = matches({ ...filter, types: [type] });
  // The type index holds only this type's entries: far fewer than the whole log.
  const entries = await db.getAllFromIndex('actions', 'type', type);
  for (const a of entries) {
    if (a.ref === undefined || !test(a) || (scope.learner !== undefined && a.learner !== scope.learner)) continue;
    counts.set(a.ref, (counts.get(a.ref) ?? 0) + 1);
  }
  return [...counts]
    .map(([ref, count]) => ({ ref, count }))
    .sort((a, b) => b.count - a.count || (a.ref < b.ref ? -1 : 1))
    .slice(0, Math.max(0, limit));
}

/** Practice per skill (tip events are not practice): how often the learner has done what each skill's tips teach. */
export async function masteryCounts(db: LogDatabase, skills: readonly string[], scope: Scope = {}): Promise<Record<string, number>> {
  const want = new Set(skills);
  const out: Record<string, number> = {};
  for (const s of skills) out[s] = 0;
  for (const row of await dayRows(db, scope, {})) {
    for (const [c, n] of Object.entries(row.skills)) {
      const [type = '', , skill = ''] = c.split('|');
      if (want.has(skill) && !isTip(type)) out[skill]! += n;
    }
  }
  return out;
}

/** First and last activity and the total for one learner (or the whole database): the mentor's learner list. */
export async function summary(db: LogDatabase, scope: Scope = {}): Promise<{ total: number; firstActivity: number | null; lastActivity: number | null }> {
  let total = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const row of await dayRows(db, scope, {})) {
    let n = 0;
    for (const v of Object.values(row.n)) n += v;
    if (!n) continue;
    total += n;
    first = Math.min(first ?? Infinity, row.first);
    last = Math.max(last ?? -Infinity, row.last);
  }
  return { total, firstActivity: first, lastActivity: last };
}

/** Every matching entry, oldest first (ties by id): the export's order. */
export async function allEntries(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<PracticeAction[]> {
  let all: PracticeAction[];
  if (scope.learner === undefined) {
    // One getAll on the store, sorted here, is much faster than getAll through the time index, which looks every
    // record up again by its primary key (measured: tests/bench/log.bench.ts).
    all = await db.getAll('actions');
    all.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } else {
    const { index, range } = timeIndex(db, scope, filter);
    all = await index.getAll(range);
  }
  const bounded = filter.from !== undefined || filter.to !== undefined;
  if (onlyTime(filter) && (scope.learner !== undefined || !bounded)) return all;
  return all.filter(matches(filter));
}
