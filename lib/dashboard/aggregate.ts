/**
 * View-models for the dashboard's charts, built from the background's aggregate answers (counts per skill per day,
 * counts per day, counts per tip), never from entries: a 100k-entry log reduces to a few hundred numbers first.
 */
import { addDays, daysBetween, startOfDay, weekStart } from './dates';

/** counts[skill][YYYY-MM-DD] = number of actions that practised the skill that day. */
export type PerSkillPerDay = Record<string, Record<string, number>>;
/** counts[YYYY-MM-DD] = number of actions that day. */
export type PerDay = Record<string, number>;

export interface WeeklySeries {
  /** Mondays (`YYYY-MM-DD`), oldest first, with no gaps. */
  weeks: string[];
  /** Local midnight of each Monday (epoch seconds, what uPlot's time axis expects). */
  xs: number[];
  /** One series per skill, busiest first; past `maxSkills` the rest are summed into "other". */
  series: { skill: string; counts: number[]; total: number }[];
}

export const OTHER_SKILLS = 'other';

/**
 * Practice per skill per week. `from`/`to` (day keys) widen or cut the range; by default it spans the data.
 * @param maxSkills series kept before the rest are summed into {@link OTHER_SKILLS} (default 6: more lines than
 *   that cannot be told apart on a projector).
 */
export function weeklySkillSeries(
  perSkillPerDay: PerSkillPerDay,
  opts: { from?: string; to?: string; maxSkills?: number } = {},
): WeeklySeries {
  const maxSkills = Math.max(1, opts.maxSkills ?? 6);
  let min: string | undefined = opts.from;
  let max: string | undefined = opts.to;
  if (!min || !max) {
    for (const days of Object.values(perSkillPerDay)) {
      for (const day of Object.keys(days)) {
        if (!opts.from && (min === undefined || day < min)) min = day;
        if (!opts.to && (max === undefined || day > max)) max = day;
      }
    }
  }
  if (!min || !max || min > max) return { weeks: [], xs: [], series: [] };

  const first = weekStart(min);
  const weekCount = Math.floor(daysBetween(first, weekStart(max)) / 7) + 1;
  const weeks = Array.from({ length: weekCount }, (_, i) => addDays(first, i * 7));
  const index = new Map(weeks.map((w, i) => [w, i]));

  const all = Object.entries(perSkillPerDay).map(([skill, days]) => {
    const counts = new Array<number>(weekCount).fill(0);
    for (const [day, n] of Object.entries(days)) {
      if (day < min! || day > max!) continue;
      const i = index.get(weekStart(day));
      if (i !== undefined) counts[i]! += n;
    }
    return { skill, counts, total: counts.reduce((a, b) => a + b, 0) };
  });
  const nonEmpty = all.filter((s) => s.total > 0).sort((a, b) => b.total - a.total || a.skill.localeCompare(b.skill));
  let series = nonEmpty;
  if (nonEmpty.length > maxSkills) {
    const kept = nonEmpty.slice(0, maxSkills - 1);
    const rest = nonEmpty.slice(maxSkills - 1);
    const counts = new Array<number>(weekCount).fill(0);
    for (const s of rest) s.counts.forEach((n, i) => (counts[i]! += n));
    series = [...kept, { skill: OTHER_SKILLS, counts, total: rest.reduce((a, s) => a + s.total, 0) }];
  }
  return { weeks, xs: weeks.map((w) => startOfDay(w) / 1000), series };
}

export interface CalendarDay {
  date: string;
  count: number;
  /** 0 (none) … 4 (busiest), relative to the busiest day shown. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface CalendarModel {
  /** Columns of 7 days, Monday first; days outside [from, to] are null. */
  weeks: { start: string; days: (CalendarDay | null)[] }[];
  max: number;
  total: number;
  activeDays: number;
}

/** An activity calendar (heatmap) from daily counts, over [from, to] inclusive. */
export function calendarModel(perDay: PerDay, from: string, to: string): CalendarModel {
  if (from > to) return { weeks: [], max: 0, total: 0, activeDays: 0 };
  let max = 0;
  let total = 0;
  let activeDays = 0;
  for (const [day, n] of Object.entries(perDay)) {
    if (day < from || day > to || n <= 0) continue;
    max = Math.max(max, n);
    total += n;
    activeDays++;
  }
  const weeks: CalendarModel['weeks'] = [];
  const first = weekStart(from);
  for (let start = first; start <= to; start = addDays(start, 7)) {
    const days: (CalendarDay | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, i);
      if (date < from || date > to) {
        days.push(null);
        continue;
      }
      const count = perDay[date] ?? 0;
      const level = (count <= 0 || max === 0 ? 0 : Math.min(4, Math.ceil((4 * count) / max))) as CalendarDay['level'];
      days.push({ date, count, level });
    }
    weeks.push({ start, days });
  }
  return { weeks, max, total, activeDays };
}

/** The `n` most frequent keys of a count map, most first (ties by key, so the order is stable). */
export function topCounts(counts: Record<string, number>, n: number): { key: string; count: number }[] {
  return Object.entries(counts)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, Math.max(0, n))
    .map(([key, count]) => ({ key, count }));
}

export interface SkillProgress {
  skill: string;
  count: number;
  /** 0…1 towards `target`. */
  progress: number;
  /** Practised at least `target` times. */
  done: boolean;
}

/**
 * Skills with progress towards a target number of practices. Default target 10: a skill practised about ten
 * times over a few weeks is a habit (the same order as the mastery threshold that makes its tips fade).
 */
export function skillProgress(perSkill: Record<string, number>, target = 10): SkillProgress[] {
  const t = Math.max(1, target);
  return Object.entries(perSkill)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([skill, count]) => ({ skill, count, progress: Math.min(1, count / t), done: count >= t }));
}
