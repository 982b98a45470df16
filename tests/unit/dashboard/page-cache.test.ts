import { describe, expect, it, vi } from 'vitest';
import { PageCache } from '../../../lib/dashboard/page-cache';

const rows = (offset: number, limit: number, total: number) =>
  Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);

describe('PageCache', () => {
  it('fetches only the pages it is asked for, once each', async () => {
    const fetchPage = vi.fn(async (offset: number, limit: number) => ({ entries: rows(offset, limit, 100_000), total: 100_000 }));
    const cache = new PageCache<number>({ pageSize: 100, fetchPage });
    await Promise.all([cache.ensure(150, 260), cache.ensure(150, 260)]);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([100, 200]);
    expect(cache.get(150)).toBe(150);
    expect(cache.get(299)).toBe(299);
    expect(cache.get(300)).toBeUndefined();
    expect(cache.total).toBe(100_000);
  });

  it('keeps at most maxPages, dropping the least recently used', async () => {
    const fetchPage = vi.fn(async (offset: number, limit: number) => ({ entries: rows(offset, limit, 10_000), total: 10_000 }));
    const cache = new PageCache<number>({ pageSize: 10, maxPages: 3, fetchPage });
    await cache.ensure(0, 10);
    await cache.ensure(10, 20);
    cache.get(0); // page 0 is now more recent than page 1
    await cache.ensure(20, 40); // pages 2 and 3 arrive: the least recently used, page 1, goes
    expect(cache.has(1)).toBe(false);
    expect(cache.has(0)).toBe(true);
    expect(cache.has(2) && cache.has(3)).toBe(true);
  });

  it('drops answers that arrive after a reset (the filter changed)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const onChange = vi.fn();
    const fetchPage = vi.fn(async (offset: number, limit: number, signal: AbortSignal) => {
      await gate;
      return { entries: rows(offset, limit, 50), total: signal.aborted ? 999 : 50 };
    });
    const cache = new PageCache<number>({ pageSize: 10, fetchPage, onChange });
    const pending = cache.ensure(0, 10);
    cache.reset();
    release();
    await pending;
    expect(cache.has(0)).toBe(false);
    expect(cache.total).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    expect(fetchPage.mock.calls[0]![2].aborted).toBe(true);
  });

  it('reports a failed fetch and lets it be retried', async () => {
    const onError = vi.fn();
    let fail = true;
    const fetchPage = vi.fn(async (offset: number, limit: number) => {
      if (fail) throw new Error('worker asleep');
      return { entries: rows(offset, limit, 20), total: 20 };
    });
    const cache = new PageCache<number>({ pageSize: 10, fetchPage, onError });
    await cache.ensure(0, 5);
    expect(onError).toHaveBeenCalledOnce();
    fail = false;
    await cache.ensure(0, 5);
    expect(cache.get(3)).toBe(3);
  });

  it('updates a cached row in place', async () => {
    const cache = new PageCache<{ id: number; note?: string }>({
      pageSize: 5,
      fetchPage: async (offset, limit) => ({ entries: rows(offset, limit, 5).map((id) => ({ id })), total: 5 }),
    });
    await cache.ensure(0, 5);
    cache.update((r) => r.id === 2, (r) => ({ ...r, note: 'done' }));
    expect(cache.get(2)).toEqual({ id: 2, note: 'done' });
  });
});
