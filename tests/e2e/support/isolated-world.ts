/**
 * Reading the content script's isolated world from a test, through the DevTools protocol (the page's own scripts
 * cannot see it, and neither can Playwright's `page.evaluate`, which runs in the page's world). The world is the
 * one whose `globalThis.__swtPerf` exists (lib/dom/timing keeps our own timing totals there).
 */
import type { CDPSession, Page } from '@playwright/test';

export interface IsolatedWorld {
  cdp: CDPSession;
  /** Evaluates an expression in the content script's world and returns its value (JSON-able). */
  eval<T = unknown>(expression: string): Promise<T>;
}

export async function isolatedWorld(page: Page, timeoutMs = 15_000): Promise<IsolatedWorld> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const evalIn = async <T>(id: number, expression: string) =>
    ((await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true })) as { result: { value?: T } }).result.value as T;
  const until = Date.now() + timeoutMs;
  // Existing contexts are reported right after Runtime.enable; the content script's may still be starting.
  for (;;) {
    for (const c of contexts.filter((x) => x.auxData?.type === 'isolated')) {
      const found = await evalIn<string>(c.id, 'typeof globalThis.__swtPerf').catch(() => undefined);
      if (found === 'object') return { cdp, eval: (e) => evalIn(c.id, e) };
    }
    if (Date.now() > until) throw new Error(`no isolated world with our content script among ${contexts.length} contexts`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
