/**
 * Waiting for an element that is not there yet (a composer dialog, the block editor's canvas, an alt-text field
 * that appears when an image is selected). Targets that appear late are the first complaint in tour libraries'
 * issue trackers; we wait for them on purpose, with a coalesced observer rather than polling.
 */
import { observeDeep } from './observe';

export interface WaitForOptions {
  signal?: AbortSignal;
  /** Give up after this long (ms) and reject with a TimeoutError. Default: wait until aborted. */
  timeoutMs?: number;
}

/**
 * Resolves with the first non-null value of `find()`, checked now and after every (coalesced) change in `doc` and
 * its same-origin frames. Rejects with the signal's reason when aborted, or a TimeoutError after `timeoutMs`.
 */
export function waitFor<T>(doc: Document, find: () => T | null | undefined, o: WaitForOptions = {}): Promise<T> {
  const now = find();
  if (now != null) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const stop = new AbortController();
    const finish = (fn: () => void) => {
      stop.abort();
      fn();
    };
    if (o.signal) {
      if (o.signal.aborted) return reject(o.signal.reason);
      o.signal.addEventListener('abort', () => finish(() => reject(o.signal!.reason)), { once: true, signal: stop.signal });
    }
    if (o.timeoutMs !== undefined) {
      const id = setTimeout(() => finish(() => reject(new DOMException('waitFor timed out', 'TimeoutError'))), o.timeoutMs);
      stop.signal.addEventListener('abort', () => clearTimeout(id), { once: true });
    }
    observeDeep(
      doc,
      () => {
        const found = find();
        if (found != null) finish(() => resolve(found));
      },
      { signal: stop.signal, label: 'waitFor' },
    );
  });
}
