import { describe, expect, it } from 'vitest';
import { POLICIES, shareOf, shouldShow, stageOf, unitHash } from '../../../lib/mastery';

describe('mastery stages', () => {
  it.each([
    [0, 'more', 'new'],
    [2, 'more', 'new'],
    [3, 'more', 'fading'],
    [9, 'more', 'fading'],
    [10, 'more', 'mastered'],
    [0, 'fewer', 'new'],
    [1, 'fewer', 'fading'],
    [5, 'fewer', 'mastered'],
    [0, 'off', 'mastered'],
  ] as const)('count %i with tips "%s" is %s', (count, amount, stage) => {
    expect(stageOf(count, amount)).toBe(stage);
  });

  it('shows a fading tip on a shrinking share of page views', () => {
    const shares = Array.from({ length: 12 }, (_, n) => shareOf(n, 'more'));
    expect(shares.slice(0, 3)).toEqual([1, 1, 1]);
    for (let n = 3; n < 9; n++) expect(shares[n + 1]!).toBeLessThan(shares[n]!);
    expect(shares[9]).toBeCloseTo(POLICIES.more.minShare);
    expect(shares[10]).toBe(0);
  });

  it('draws the same number for the same page and tip, spread over [0, 1)', () => {
    expect(unitHash('page-1|tip')).toBe(unitHash('page-1|tip'));
    const draws = Array.from({ length: 2000 }, (_, i) => unitHash(`page-${i}|alt-text.missing`));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('shouldShow', () => {
  const base = { tipId: 'alt-text.missing', amount: 'more' as const, pageSeed: 'p', shownOnThisPage: false };

  it('shows a new tip again after it went away, unless the rule says once per page', () => {
    expect(shouldShow({ ...base, count: 0, shownOnThisPage: true })).toBe(true);
    expect(shouldShow({ ...base, count: 0, shownOnThisPage: true, rulePerPage: true })).toBe(false);
  });

  it('shows a tip once per page when the learner asked for fewer tips', () => {
    expect(shouldShow({ ...base, amount: 'fewer', count: 0 })).toBe(true);
    expect(shouldShow({ ...base, amount: 'fewer', count: 0, shownOnThisPage: true })).toBe(false);
  });

  it('never shows a mastered tip or any tip when tips are off', () => {
    expect(shouldShow({ ...base, count: 10 })).toBe(false);
    expect(shouldShow({ ...base, amount: 'off', count: 0 })).toBe(false);
  });

  it('shows a fading tip on about the share of page views its count allows, once each', () => {
    const pages = Array.from({ length: 4000 }, (_, i) => `page-${i}`);
    for (const count of [3, 6, 9]) {
      const shown = pages.filter((pageSeed) => shouldShow({ ...base, count, pageSeed })).length / pages.length;
      expect(Math.abs(shown - shareOf(count, 'more'))).toBeLessThan(0.04);
      expect(pages.some((pageSeed) => shouldShow({ ...base, count, pageSeed, shownOnThisPage: true }))).toBe(false);
    }
  });
});
