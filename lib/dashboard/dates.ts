/**
 * Calendar helpers in the viewer's local time zone: a learner's "Tuesday" is their Tuesday. Day keys are
 * `YYYY-MM-DD` strings, which sort as they read.
 */

export const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day of an epoch-ms time, as `YYYY-MM-DD`. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDayKey(s: string): boolean {
  const m = DAY_KEY.exec(s);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

/** Local midnight at the start of a `YYYY-MM-DD` day. Throws on a malformed key (callers validate user input first). */
export function startOfDay(key: string): number {
  const m = DAY_KEY.exec(key);
  if (!m || !isDayKey(key)) throw new RangeError(`not a day: ${key}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** The last millisecond of a local day (inclusive end of a date range). */
export function endOfDay(key: string): number {
  const d = new Date(startOfDay(key));
  d.setDate(d.getDate() + 1);
  return d.getTime() - 1;
}

/** Adds whole calendar days (DST-safe: goes through the Date's own calendar, not 24 h steps). */
export function addDays(key: string, days: number): string {
  const d = new Date(startOfDay(key));
  d.setDate(d.getDate() + days);
  return dayKey(d.getTime());
}

/** Monday of the week holding `key` (ISO weeks start on Monday, as UK calendars do). */
export function weekStart(key: string): string {
  const d = new Date(startOfDay(key));
  const back = (d.getDay() + 6) % 7;
  return addDays(key, -back);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(key: string): number {
  return (new Date(startOfDay(key)).getDay() + 6) % 7;
}

/** Whole days from a to b (b later → positive). */
export function daysBetween(a: string, b: string): number {
  return Math.round((startOfDay(b) - startOfDay(a)) / DAY_MS);
}

/** `YYYY-MM` month → its first and last day keys. */
export function monthRange(month: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`not a month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(y, mo, 0).getDate();
  return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(last)}` };
}

export function monthOf(key: string): string {
  return key.slice(0, 7);
}
