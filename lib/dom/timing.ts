/**
 * How much main-thread time our own callbacks take on a page we do not own.
 *
 * Every observer and event handler the tutor attaches to a host page goes through `timed()`, so the figure
 * "our own work per second of feed" (issue 4: ≤ 10 ms/s) is measured where it happens, not guessed from outside.
 * The cost of measuring is two `performance.now()` calls per callback.
 *
 * The totals live on the content script's own global (`globalThis.__swtPerf`). A content script's globals are in
 * its isolated world, so the host page cannot read them; the benchmark reads them through the DevTools protocol
 * in that world.
 */

/** A callback that ran this long is a long task in Chromium's sense (it blocks input for ≥ 50 ms). */
export const LONG_TASK_MS = 50;

export interface PerfTotals {
  /** Milliseconds spent inside our callbacks since start (or since the last reset). */
  ownMs: number;
  calls: number;
  /** The longest single callback, ms. */
  maxMs: number;
  /** Callbacks of ours that ran ≥ LONG_TASK_MS. */
  longTasks: number;
  /** Per label: ms, calls and the longest single call, so a bench can tell the observer from the engine. */
  byLabel: Record<string, { ms: number; calls: number; maxMs: number }>;
}

function fresh(): PerfTotals {
  return { ownMs: 0, calls: 0, maxMs: 0, longTasks: 0, byLabel: {} };
}

type PerfGlobal = typeof globalThis & { __swtPerf?: PerfTotals };

/** The running totals (one set per JavaScript realm: one content script, or one extension page). */
export function perfTotals(): PerfTotals {
  const g = globalThis as PerfGlobal;
  return (g.__swtPerf ??= fresh());
}

export function resetPerf(): void {
  (globalThis as PerfGlobal).__swtPerf = fresh();
}

// Nested timed() calls (an observer callback that runs the engine) must count once.
let depth = 0;

/**
 * Adds one piece of our work that `measure` could not wrap (a slice of an async walk that yields between slices).
 * Inside a measured callback it is already counted, so it is ignored there.
 */
export function account(label: string, ms: number): void {
  if (depth > 0) return;
  const p = perfTotals();
  p.ownMs += ms;
  p.calls++;
  if (ms > p.maxMs) p.maxMs = ms;
  if (ms >= LONG_TASK_MS) p.longTasks++;
  const l = (p.byLabel[label] ??= { ms: 0, calls: 0, maxMs: 0 });
  l.ms += ms;
  l.calls++;
  // Totals reset by an older build may lack the field.
  if (ms > (l.maxMs ?? 0)) l.maxMs = ms;
}

/** Runs `fn` and adds its duration to the totals under `label`. Re-throws what `fn` throws. */
export function measure<T>(label: string, fn: () => T): T {
  if (depth > 0) return fn();
  depth++;
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    depth--;
    account(label, performance.now() - t0);
  }
}

/** Wraps a callback so every call is measured under `label`. */
export function timed<A extends unknown[], R>(label: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => measure(label, () => fn(...args));
}
