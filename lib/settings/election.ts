/**
 * The pre-election period (in the UK, "purdah"): dates the learner sets so that tips can remind them to take extra
 * care before posting. Validation is pure so the options page and the tests share it.
 */
export interface ElectionPeriod {
  /** ISO date yyyy-mm-dd, inclusive. */
  start: string;
  /** ISO date yyyy-mm-dd, inclusive; after `start`. */
  end: string;
}

export type ElectionError = 'missing' | 'invalid' | 'order';

export type ElectionCheck =
  | { ok: true; value: ElectionPeriod }
  | { ok: false; error: ElectionError; /** The field to point the learner at. */ field: 'start' | 'end' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in yyyy-mm-dd form (no 31 April, no 29 February 2027). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Both dates present and real, and the end after the start (a period of at least two days). */
export function checkElectionPeriod(start: string, end: string): ElectionCheck {
  const s = start.trim();
  const e = end.trim();
  if (!s) return { ok: false, error: 'missing', field: 'start' };
  if (!e) return { ok: false, error: 'missing', field: 'end' };
  if (!isIsoDate(s)) return { ok: false, error: 'invalid', field: 'start' };
  if (!isIsoDate(e)) return { ok: false, error: 'invalid', field: 'end' };
  // ISO dates compare correctly as strings.
  if (e <= s) return { ok: false, error: 'order', field: 'end' };
  return { ok: true, value: { start: s, end: e } };
}

/** Is `now` inside the period (local calendar days, both ends included)? */
export function inElectionPeriod(period: ElectionPeriod | null | undefined, now: Date = new Date()): boolean {
  if (!period) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return today >= period.start && today <= period.end;
}
