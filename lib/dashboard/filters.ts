/**
 * The timeline's filters as the person sets them (day keys, single choices) and as the background's queries take
 * them (`LogFilter`, epoch ms, lists). Also the URL hash form, so a view (and a printable month) can be linked to.
 */
import type { LogFilter } from '../messaging/protocol';
import { addDays, isDayKey, monthRange, startOfDay } from './dates';

export interface DashboardFilter {
  /** First day shown (`YYYY-MM-DD`, inclusive). */
  from?: string;
  /** Last day shown (`YYYY-MM-DD`, inclusive). */
  to?: string;
  /** Site kind (wordpress, x, mastodon…). */
  site?: string;
  skill?: string;
  /** Action type (post.published…). */
  type?: string;
}

export interface FilterProblem {
  field: keyof DashboardFilter;
  /** The catalogue message the view shows next to the field (lib/i18n; no placeholders). */
  message: 'dashboard.filters.errorFrom' | 'dashboard.filters.errorTo' | 'dashboard.filters.errorOrder';
}

/** What is wrong with a filter as typed, if anything (the view shows it next to the field). */
export function filterProblems(f: DashboardFilter): FilterProblem[] {
  const problems: FilterProblem[] = [];
  if (f.from && !isDayKey(f.from)) problems.push({ field: 'from', message: 'dashboard.filters.errorFrom' });
  if (f.to && !isDayKey(f.to)) problems.push({ field: 'to', message: 'dashboard.filters.errorTo' });
  if (f.from && f.to && isDayKey(f.from) && isDayKey(f.to) && f.from > f.to) {
    problems.push({ field: 'to', message: 'dashboard.filters.errorOrder' });
  }
  return problems;
}

/** The background query for a filter. Invalid fields are left out rather than sent (the view reports them). */
export function toLogFilter(f: DashboardFilter): LogFilter {
  const out: LogFilter = {};
  if (f.from && isDayKey(f.from)) out.from = startOfDay(f.from);
  // LogFilter.to is exclusive: the end of the last day is the start of the next.
  if (f.to && isDayKey(f.to)) out.to = startOfDay(addDays(f.to, 1));
  if (out.from !== undefined && out.to !== undefined && out.from >= out.to) delete out.to;
  if (f.site) out.sites = [f.site];
  if (f.skill) out.skills = [f.skill];
  if (f.type) out.types = [f.type];
  return out;
}

export function isEmptyFilter(f: DashboardFilter): boolean {
  return !f.from && !f.to && !f.site && !f.skill && !f.type;
}

export function sameFilter(a: DashboardFilter, b: DashboardFilter): boolean {
  return a.from === b.from && a.to === b.to && a.site === b.site && a.skill === b.skill && a.type === b.type;
}

export function monthFilter(month: string): DashboardFilter {
  return monthRange(month);
}

/** The dashboard's location: which view, which learner, which filter, whether it is the print report. */
export interface DashboardRoute {
  view: 'mine' | 'mentor';
  learner?: string;
  filter: DashboardFilter;
  /** `YYYY-MM`: the printable report of one month. */
  report?: string;
}

const FILTER_KEYS = ['from', 'to', 'site', 'skill', 'type'] as const;
const SAFE = /^[a-zA-Z0-9._:@-]{1,100}$/;

/** Parses `#mentor?learner=…&from=…` (unknown or unsafe values are dropped: the hash is user-editable). */
export function parseRoute(hash: string): DashboardRoute {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const view = path === 'mentor' ? 'mentor' : 'mine';
  const filter: DashboardFilter = {};
  for (const k of FILTER_KEYS) {
    const value = params.get(k);
    if (value && SAFE.test(value)) filter[k] = value;
  }
  const route: DashboardRoute = { view, filter };
  const learner = params.get('learner');
  if (learner && SAFE.test(learner)) route.learner = learner;
  const report = params.get('report');
  if (report && /^\d{4}-(0[1-9]|1[0-2])$/.test(report)) route.report = report;
  return route;
}

export function formatRoute(route: DashboardRoute): string {
  const params = new URLSearchParams();
  if (route.learner) params.set('learner', route.learner);
  for (const k of FILTER_KEYS) {
    const value = route.filter[k];
    if (value) params.set(k, value);
  }
  if (route.report) params.set('report', route.report);
  const q = params.toString();
  return `#${route.view}${q ? `?${q}` : ''}`;
}

/** Action types that are practice (what the learner did), as opposed to tip events (what the tutor showed). */
export const PRACTICE_TYPES: readonly string[] = [
  'post.published', 'post.scheduled', 'post.updated', 'image.alt-added', 'heading.added', 'link.text-improved',
  'category.set', 'featured-image.set', 'comment.replied', 'comment.approved', 'comment.spammed', 'social.posted',
  'social.replied', 'social.alt-added', 'tip.followed', 'lesson.step-completed', 'lesson.completed',
];

/**
 * The query for the charts and the calendar: the filter, and — unless the person chose an action type — practice
 * only, so "saw a tip" does not count as practising a skill. Following a tip does count.
 */
export function practiceFilter(f: DashboardFilter): LogFilter {
  const q = toLogFilter(f);
  if (!q.types) q.types = [...PRACTICE_TYPES];
  return q;
}
