/**
 * The dashboard's reads of a 100k-entry log, answered from the per-day rows so they cost O(days), not O(entries):
 * - per-day counts under a filter (the activity calendar, and the timeline's total);
 * - a page of the timeline at any offset: the day rows say which days hold it, and only those days are read, so
 *   jumping to the middle of 100,000 entries reads a day or two, not 50,000 entries.
 * Exact when the filter has at most one skill and its time bounds are local midnights (what the dashboard sends);
 * anything else falls back to the general queries in ./queries.
 *
 * Written for the dashboard (issue 7), beside the log's own queries, which it only reads.
 */
import { dayOf, type LogDatabase } from './db';
import type { LogFilter, LogPage } from './model';
import { matches, queryEntries, scan, type Scope } from './queries';
import type { PracticeAction } from './schema';

const has = (list: readonly string[] | undefined): list is readonly string[] => Array.isArray(list) && list.length > 0;

function isLocalMidnight(t: number | undefined): boolean {
  if (t === undefined) return true;
  const d = new Date(t);
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
}

/** Can the day rows count this filter exactly? One skill at most: an action with two chosen skills would count twice. */
export function dayCountable(filter: LogFilter): boolean {
  return (!has(filter.skills) || filter.skills.length === 1) && isLocalMidnight(filter.from) && isLocalMidnight(filter.to);
}

/** Local midnight starting a `YYYY-MM-DD` day. */
function startOf(day: string): number {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))).getTime();
}

function nextDayStart(day: string): number {
  const d = new Date(startOf(day));
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/**
 * Matching actions per local day (only days with at least one), or null when the day rows cannot answer exactly.
 * Cells are `type|site` (one per action) and `type|site|skill` (one per skill of the action).
 */
export async function dayCounts(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<Map<string, number> | null> {
  if (!dayCountable(filter)) return null;
  const rows = scope.learner === undefined ? await db.getAll('days') : await db.getAllFromIndex('days', 'learner', scope.learner);
  const fromDay = filter.from === undefined ? '' : dayOf(filter.from);
  const toDay = filter.to === undefined ? null : dayOf(filter.to);
  const types = has(filter.types) ? new Set(filter.types) : null;
  const sites = has(filter.sites) ? new Set(filter.sites) : null;
  const skill = has(filter.skills) ? filter.skills[0]! : null;
  const out = new Map<string, number>();
  for (const row of rows) {
    if (row.day < fromDay || (toDay !== null && row.day >= toDay)) continue;
    let n = 0;
    for (const [cell, count] of Object.entries(skill ? row.skills : row.n)) {
      const [type = '', site = '', s] = cell.split('|');
      if ((types && !types.has(type)) || (sites && !sites.has(site)) || (skill && s !== skill)) continue;
      n += count;
    }
    if (n > 0) out.set(row.day, (out.get(row.day) ?? 0) + n);
  }
  return out;
}

/** Per-day counts as a plain object (the calendar's message), falling back to a scan when the rows cannot answer. */
export async function perDayCounts(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<Record<string, number>> {
  const fast = await dayCounts(db, filter, scope);
  if (fast) return Object.fromEntries(fast);
  const out: Record<string, number> = {};
  await scan(db, filter, scope, (a) => {
    const day = dayOf(a.time);
    out[day] = (out[day] ?? 0) + 1;
  });
  return out;
}

/**
 * A page of matching entries at `offset` (newest first by default) and the total, in O(days + the page's days).
 * The day counts say which days hold the page; those days are read with one getAll each, all in one transaction
 * and in parallel (a cursor step per entry costs a round trip each), then filtered and ordered in memory exactly as
 * the time index orders them: by time, then by id.
 */
export async function timelinePage(
  db: LogDatabase,
  filter: LogFilter = {},
  page: LogPage = {},
  scope: Scope = {},
): Promise<{ entries: PracticeAction[]; total: number }> {
  const counts = page.after ? null : await dayCounts(db, filter, scope);
  if (!counts) return queryEntries(db, filter, page, scope);
  const limit = Math.min(1000, Math.max(0, Math.floor(page.limit ?? 50)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const desc = (page.order ?? 'desc') === 'desc';
  const days = [...counts.keys()].sort();
  if (desc) days.reverse();
  let total = 0;
  for (const n of counts.values()) total += n;
  if (offset >= total || limit === 0) return { entries: [], total };

  // The days that hold matches [offset, offset + limit), and how many of the first day's matches come before.
  let before = 0;
  const wanted: string[] = [];
  let skip = 0;
  for (const day of days) {
    const n = counts.get(day)!;
    if (wanted.length === 0) {
      if (before + n <= offset) {
        before += n;
        continue;
      }
      skip = offset - before;
    }
    wanted.push(day);
    before += n;
    if (before >= offset + limit) break;
  }

  const learner = scope.learner;
  const tx = db.transaction('actions');
  const index = learner === undefined ? tx.store.index('time') : tx.store.index('learnerTime');
  const key = (t: number) => (learner === undefined ? t : [learner, t]);
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const test = matches(filter);
  const perDay = await Promise.all(
    wanted.map((day) => {
      const lo = Math.max(from, startOf(day));
      const hi = Math.min(to, nextDayStart(day));
      return index.getAll(IDBKeyRange.bound(key(lo), key(hi), false, true));
    }),
  );
  const ordered: PracticeAction[] = [];
  for (const list of perDay) {
    const hits = list.filter(test);
    // getAll returns index order (time, then id, ascending); newest first is that order reversed.
    if (desc) hits.reverse();
    ordered.push(...hits);
  }
  return { entries: ordered.slice(skip, skip + limit), total };
}

/** One tip event, reduced to what "tips dismissed most" filters on. */
interface RefEvent {
  time: number;
  site: string;
  ref: string;
  skills: readonly string[];
}

interface RefCache {
  fingerprint: string;
  events: RefEvent[];
}

const refCaches = new Map<string, RefCache>();

/**
 * A cheap signature of a learner's log: the day rows' totals and last times. Any action added or removed changes
 * it (a reflection does not, and does not need to: it changes no ref).
 */
async function fingerprint(db: LogDatabase, scope: Scope): Promise<string> {
  const rows = scope.learner === undefined ? await db.getAll('days') : await db.getAllFromIndex('days', 'learner', scope.learner);
  let total = 0;
  let last = 0;
  for (const row of rows) {
    for (const n of Object.values(row.n)) total += n;
    if (row.last > last) last = row.last;
  }
  return `${rows.length}:${total}:${last}`;
}

/**
 * The refs (tip ids) of one action type that occur most under a filter — "tips dismissed most" — answered from a
 * compact copy of that type's events kept in the worker while the log is unchanged: the first question reads the
 * type's entries once; every filter change after that is counted in memory.
 */
export async function topRefsCached(
  db: LogDatabase,
  type: string,
  filter: LogFilter = {},
  scope: Scope = {},
  limit = 10,
): Promise<{ ref: string; count: number }[]> {
  const key = `${db.name}\u0000${scope.learner ?? ''}\u0000${type}`;
  const print = await fingerprint(db, scope);
  let cache = refCaches.get(key);
  if (!cache || cache.fingerprint !== print) {
    const events: RefEvent[] = [];
    for (const a of await db.getAllFromIndex('actions', 'type', type)) {
      if (a.ref === undefined || (scope.learner !== undefined && a.learner !== scope.learner)) continue;
      events.push({ time: a.time, site: a.site.kind, ref: a.ref, skills: a.skills });
    }
    cache = { fingerprint: print, events };
    refCaches.set(key, cache);
  }
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  // As in topRefs: the type asked for replaces the filter's types.
  const sites = has(filter.sites) ? new Set(filter.sites) : null;
  const skills = has(filter.skills) ? new Set(filter.skills) : null;
  const counts = new Map<string, number>();
  for (const e of cache.events) {
    if (e.time < from || e.time >= to || (sites && !sites.has(e.site)) || (skills && !e.skills.some((s) => skills.has(s)))) continue;
    counts.set(e.ref, (counts.get(e.ref) ?? 0) + 1);
  }
  return [...counts]
    .map(([ref, count]) => ({ ref, count }))
    .sort((a, b) => b.count - a.count || (a.ref < b.ref ? -1 : 1))
    .slice(0, Math.max(0, limit));
}

/** Forget cached events (tests; a deleted database). */
export function clearRefCaches(): void {
  refCaches.clear();
}
