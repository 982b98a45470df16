/** Helpers for the workshop end-to-end tests: talk to the background as an extension page does. */
import type { Page } from '@playwright/test';

/** Sends one protocol message from an extension page and returns its reply's value (throws on an error reply). */
export async function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome.runtime.sendMessage({
        sw: 1,
        type: t,
        payload: p,
      }),
    [type, payload] as const,
  );
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no reply'}`);
  return reply.value as T;
}
