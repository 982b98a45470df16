import { describe, expect, it } from 'vitest';
import { pagesFor, scrollTopFor, visibleRange } from '../../../lib/dashboard/windowing';

describe('visibleRange', () => {
  it('draws only the rows in view plus the overscan', () => {
    const r = visibleRange({ scrollTop: 0, viewportHeight: 560, rowHeight: 56, total: 100_000, overscan: 4 });
    expect(r).toMatchObject({ start: 0, end: 14, offsetTop: 0, spacerHeight: 5_600_000, ratio: 1 });
  });

  it('puts the first drawn row where it belongs when scrolled', () => {
    const r = visibleRange({ scrollTop: 56 * 1000 + 20, viewportHeight: 560, rowHeight: 56, total: 100_000, overscan: 2 });
    expect(r.start).toBe(998);
    expect(r.end).toBe(1000 + 11 + 2);
    expect(r.offsetTop).toBe(998 * 56);
  });

  it('handles an empty list and a list shorter than the viewport', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 500, rowHeight: 50, total: 0 })).toMatchObject({ start: 0, end: 0, spacerHeight: 0 });
    expect(visibleRange({ scrollTop: 300, viewportHeight: 500, rowHeight: 50, total: 3 })).toMatchObject({ start: 0, end: 3, offsetTop: 0 });
  });

  it('compresses a list taller than the browser allows and still reaches the last row', () => {
    const input = { viewportHeight: 600, rowHeight: 60, total: 1_000_000, overscan: 0, maxScrollPx: 1_000_000 };
    const top = visibleRange({ ...input, scrollTop: 0 });
    expect(top.spacerHeight).toBe(1_000_000);
    expect(top.ratio).toBeGreaterThan(1);
    const bottom = visibleRange({ ...input, scrollTop: 1_000_000 - 600 });
    expect(bottom.end).toBe(1_000_000);
    expect(bottom.start).toBe(1_000_000 - 10);
    // The rows fill the viewport exactly at the bottom: the last row ends where the spacer ends.
    expect(bottom.offsetTop + (bottom.end - bottom.start) * 60).toBeCloseTo(1_000_000, 6);
    const middle = visibleRange({ ...input, scrollTop: 499_700 });
    expect(middle.start).toBeGreaterThan(499_000);
    expect(middle.start).toBeLessThan(501_000);
    // The first visible row straddles the top edge of the viewport.
    expect(middle.offsetTop).toBeLessThanOrEqual(499_700);
    expect(middle.offsetTop).toBeGreaterThan(499_700 - 60);
  });

  it('clamps scroll positions past either end', () => {
    const r = visibleRange({ scrollTop: 1e9, viewportHeight: 100, rowHeight: 10, total: 50, overscan: 0 });
    expect(r).toMatchObject({ start: 40, end: 50 });
    expect(visibleRange({ scrollTop: -50, viewportHeight: 100, rowHeight: 10, total: 50, overscan: 0 }).start).toBe(0);
  });

  it('scrollTopFor is the inverse of visibleRange, compressed or not', () => {
    for (const maxScrollPx of [undefined, 200_000]) {
      const input = { viewportHeight: 400, rowHeight: 40, total: 100_000, overscan: 0, maxScrollPx };
      for (const index of [0, 1, 777, 54_321, 99_990]) {
        const r = visibleRange({ ...input, scrollTop: scrollTopFor(index, input) });
        expect(Math.abs(r.start - index)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('pagesFor', () => {
  it('lists the pages covering a row range', () => {
    expect(pagesFor(0, 14, 200)).toEqual([0]);
    expect(pagesFor(190, 215, 200)).toEqual([0, 1]);
    expect(pagesFor(400, 400, 200)).toEqual([]);
  });
});
