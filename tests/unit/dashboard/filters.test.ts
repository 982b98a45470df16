import { describe, expect, it } from 'vitest';
import { startOfDay } from '../../../lib/dashboard/dates';
import { filterProblems, formatRoute, parseRoute, toLogFilter } from '../../../lib/dashboard/filters';

describe('filters', () => {
  it('turns day keys into an inclusive epoch range and single choices into lists', () => {
    expect(toLogFilter({ from: '2026-11-01', to: '2026-11-30', site: 'x', skill: 'alt-text', type: 'social.posted' })).toEqual({
      from: startOfDay('2026-11-01'),
      to: startOfDay('2026-12-01'),
      sites: ['x'],
      skills: ['alt-text'],
      types: ['social.posted'],
    });
    expect(toLogFilter({})).toEqual({});
  });

  it('names what is wrong with a typed date range and leaves it out of the query', () => {
    expect(filterProblems({ from: '2026-02-30' })[0]).toMatchObject({ field: 'from' });
    expect(filterProblems({ from: '2026-12-01', to: '2026-11-01' })[0]).toMatchObject({ field: 'to', message: 'dashboard.filters.errorOrder' });
    expect(toLogFilter({ from: '2026-02-30', to: '2026-03-01' })).toEqual({ to: startOfDay('2026-03-02') });
    expect(filterProblems({ from: '2026-11-01', to: '2026-11-01' })).toEqual([]);
  });

  it('round-trips a route through the URL hash and drops unsafe values', () => {
    const route = { view: 'mentor' as const, learner: 'abc-123', filter: { from: '2026-11-01', site: 'mastodon' }, report: '2026-11' };
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(parseRoute('#mentor?learner=<script>&skill=a%20b')).toEqual({ view: 'mentor', filter: {} });
    expect(parseRoute('')).toEqual({ view: 'mine', filter: {} });
    expect(parseRoute('#mine?report=2026-13')).toEqual({ view: 'mine', filter: {} });
  });
});

import { ACTION_TYPES } from '../../../lib/practice/schema';
import { PRACTICE_TYPES, practiceFilter } from '../../../lib/dashboard/filters';

describe('practiceFilter', () => {
  it('counts practice only unless an action type is chosen', () => {
    expect(practiceFilter({}).types).toEqual(PRACTICE_TYPES);
    expect(practiceFilter({ type: 'tip.dismissed' }).types).toEqual(['tip.dismissed']);
  });
  it('knows every action type: practice, or a tip the tutor showed or the learner dismissed', () => {
    const rest = ACTION_TYPES.filter((t) => !PRACTICE_TYPES.includes(t));
    expect(rest).toEqual(['tip.shown', 'tip.dismissed']);
    expect(PRACTICE_TYPES.every((t) => (ACTION_TYPES as readonly string[]).includes(t))).toBe(true);
  });
});
