import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, endOfDay, isDayKey, monthRange, startOfDay, weekStart, weekday } from '../../../lib/dashboard/dates';

describe('dates', () => {
  it('round-trips day keys through local midnight', () => {
    for (const k of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31', '2024-02-29']) {
      expect(dayKey(startOfDay(k))).toBe(k);
      expect(dayKey(endOfDay(k))).toBe(k);
      expect(endOfDay(k) - startOfDay(k)).toBeGreaterThan(22 * 3600_000);
    }
  });

  it('refuses dates that do not exist', () => {
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('26-1-1')).toBe(false);
    expect(() => startOfDay('nope')).toThrow(RangeError);
  });

  it('finds Mondays and counts days across month ends', () => {
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekday('2026-11-29')).toBe(6);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  it('gives a month its first and last day', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(() => monthRange('2026-13')).toThrow();
  });
});
