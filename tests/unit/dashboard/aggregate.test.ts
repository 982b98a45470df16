import { describe, expect, it } from 'vitest';
import { OTHER_SKILLS, calendarModel, skillProgress, topCounts, weeklySkillSeries } from '../../../lib/dashboard/aggregate';
import { startOfDay } from '../../../lib/dashboard/dates';

describe('weeklySkillSeries', () => {
  it('sums days into Monday-started weeks with no gaps, busiest skill first', () => {
    const s = weeklySkillSeries({
      'alt-text': { '2026-11-02': 1, '2026-11-08': 2, '2026-11-23': 4 },
      headings: { '2026-11-10': 1 },
      idle: { '2026-11-10': 0 },
    });
    expect(s.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(s.xs[0]).toBe(startOfDay('2026-11-02') / 1000);
    expect(s.series).toEqual([
      { skill: 'alt-text', counts: [3, 0, 0, 4], total: 7 },
      { skill: 'headings', counts: [0, 1, 0, 0], total: 1 },
    ]);
  });

  it('sums the quietest skills into "other" past maxSkills', () => {
    const data: Record<string, Record<string, number>> = {};
    'abcdefgh'.split('').forEach((c, i) => (data[`skill-${c}`] = { '2026-11-04': i + 1 }));
    const s = weeklySkillSeries(data, { maxSkills: 3 });
    expect(s.series.map((x) => x.skill)).toEqual(['skill-h', 'skill-g', OTHER_SKILLS]);
    expect(s.series[2]!.total).toBe(1 + 2 + 3 + 4 + 5 + 6);
    expect(s.series.reduce((a, x) => a + x.total, 0)).toBe(36);
  });

  it('cuts to a range and returns nothing for no data', () => {
    const s = weeklySkillSeries({ a: { '2026-10-01': 5, '2026-11-04': 1 } }, { from: '2026-11-01', to: '2026-11-30' });
    expect(s.series[0]!.total).toBe(1);
    expect(s.weeks[0]).toBe('2026-10-26');
    expect(weeklySkillSeries({})).toEqual({ weeks: [], xs: [], series: [] });
  });
});

describe('calendarModel', () => {
  it('lays days out in Monday-first weeks with levels relative to the busiest day', () => {
    const m = calendarModel({ '2026-11-02': 8, '2026-11-03': 1, '2026-11-30': 4, '2026-12-01': 99 }, '2026-11-01', '2026-11-30');
    expect(m.weeks[0]!.start).toBe('2026-10-26');
    expect(m.weeks[0]!.days.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(m.weeks[0]!.days[6]).toEqual({ date: '2026-11-01', count: 0, level: 0 });
    expect(m.weeks[1]!.days[0]).toEqual({ date: '2026-11-02', count: 8, level: 4 });
    expect(m.weeks[1]!.days[1]).toEqual({ date: '2026-11-03', count: 1, level: 1 });
    expect(m.weeks.at(-1)!.days[0]).toEqual({ date: '2026-11-30', count: 4, level: 2 });
    expect(m.weeks.at(-1)!.days[1]).toBeNull();
    expect(m).toMatchObject({ max: 8, total: 13, activeDays: 3 });
    expect(m.weeks.flatMap((w) => w.days).filter(Boolean)).toHaveLength(30);
  });
});

describe('topCounts and skillProgress', () => {
  it('orders by count then key and drops zeros', () => {
    expect(topCounts({ b: 2, a: 2, c: 5, z: 0 }, 2)).toEqual([{ key: 'c', count: 5 }, { key: 'a', count: 2 }]);
  });
  it('measures progress towards a target', () => {
    expect(skillProgress({ headings: 12, 'alt-text': 3 }, 10)).toEqual([
      { skill: 'headings', count: 12, progress: 1, done: true },
      { skill: 'alt-text', count: 3, progress: 0.3, done: false },
    ]);
  });
});
