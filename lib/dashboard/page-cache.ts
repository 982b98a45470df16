/**
 * A bounded cache of timeline pages fetched from the background: the dashboard asks only for the pages around the
 * viewport, never for every entry (a 100k-entry log is ~30 MB of objects). Pure apart from the injected fetcher.
 */

export interface PageResult<T> {
  entries: T[];
  /** Rows matching the current filter (the whole list, not this page). */
  total: number;
}

export type FetchPage<T> = (offset: number, limit: number, signal: AbortSignal) => Promise<PageResult<T>>;

export interface PageCacheOptions<T> {
  /** Rows per request. Default 200. */
  pageSize?: number;
  /** Pages kept in memory; the least recently used go first. Default 20. */
  maxPages?: number;
  fetchPage: FetchPage<T>;
  /** Called when a page arrives or the total changes, so the view can redraw. */
  onChange?: () => void;
  /** Called when a fetch fails (not when it is aborted). */
  onError?: (error: unknown) => void;
}

export class PageCache<T> {
  readonly pageSize: number;
  readonly maxPages: number;
  /** Total rows reported by the last page that arrived; null until the first one. */
  total: number | null = null;
  private readonly pages = new Map<number, T[]>();
  private readonly inflight = new Map<number, Promise<void>>();
  private controller = new AbortController();
  private generation = 0;

  constructor(private readonly opts: PageCacheOptions<T>) {
    this.pageSize = opts.pageSize ?? 200;
    this.maxPages = Math.max(2, opts.maxPages ?? 20);
  }

  /** The row at `index`, or undefined while its page is being fetched. */
  get(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    const rows = this.pages.get(page);
    if (!rows) return undefined;
    // Touch: a Map keeps insertion order, so re-inserting makes this page the most recent.
    this.pages.delete(page);
    this.pages.set(page, rows);
    return rows[index - page * this.pageSize];
  }

  has(page: number): boolean {
    return this.pages.has(page);
  }

  /** Fetch whichever pages covering rows [start, end) are missing. Resolves when they are all in. */
  ensure(start: number, end: number): Promise<void> {
    const wanted: Promise<void>[] = [];
    const first = Math.floor(Math.max(0, start) / this.pageSize);
    const last = Math.floor(Math.max(0, end - 1) / this.pageSize);
    for (let p = first; p <= last; p++) {
      if (this.total !== null && p * this.pageSize >= this.total && p > 0) break;
      if (this.pages.has(p)) continue;
      wanted.push(this.inflight.get(p) ?? this.load(p));
    }
    return Promise.all(wanted).then(() => undefined);
  }

  /** Forget everything (the filter changed): in-flight answers for the old filter are dropped. */
  reset(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.generation++;
    this.pages.clear();
    this.inflight.clear();
    this.total = null;
  }

  /** Replace one cached row in place (e.g. after the learner saved a reflection). */
  update(predicate: (row: T) => boolean, next: (row: T) => T): void {
    for (const rows of this.pages.values()) {
      for (let i = 0; i < rows.length; i++) if (predicate(rows[i]!)) rows[i] = next(rows[i]!);
    }
    this.opts.onChange?.();
  }

  private load(page: number): Promise<void> {
    const generation = this.generation;
    const signal = this.controller.signal;
    const promise = this.opts
      .fetchPage(page * this.pageSize, this.pageSize, signal)
      .then((result) => {
        if (generation !== this.generation) return;
        this.pages.set(page, result.entries);
        this.total = result.total;
        while (this.pages.size > this.maxPages) {
          const oldest = this.pages.keys().next().value as number;
          this.pages.delete(oldest);
        }
        this.opts.onChange?.();
      })
      .catch((error: unknown) => {
        if (generation !== this.generation || signal.aborted) return;
        this.opts.onError?.(error);
      })
      .finally(() => {
        if (generation === this.generation) this.inflight.delete(page);
      });
    this.inflight.set(page, promise);
    return promise;
  }
}
