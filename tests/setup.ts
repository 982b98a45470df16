import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// The machines are shared and noisy (CI and a loaded 2-core box): waiting for a state gets a generous ceiling, so a
// slow moment never fails a test. Waits still end as soon as the state holds; nothing here asserts a duration.
const WAIT_CEILING_MS = 10_000;
configure({ asyncUtilTimeout: WAIT_CEILING_MS });
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) => {
  const given = typeof options === 'number' ? { timeout: options } : (options ?? {});
  return waitFor(callback, { ...given, timeout: Math.max(given.timeout ?? 0, WAIT_CEILING_MS) });
}) as typeof vi.waitFor;
