/**
 * Privacy (issue 3): the log holds what the learner did, never what they wrote. A unique canary string is typed into
 * a served X composer (the real content script runs there, under x.com), the post is sent, and then every IndexedDB
 * database of the extension, every extension storage area, and the page's own storage are read whole: the canary
 * must be nowhere, while the action itself was logged.
 */
import { rmSync } from 'node:fs';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { startSocialHttpsServer, type SocialHttpsServer } from './support/https-server';

let server: SocialHttpsServer;
test.beforeAll(async () => {
  server = await startSocialHttpsServer({ hosts: { 'x.com': 'x' } });
});
test.afterAll(async () => {
  await server?.close();
});

test('text typed into a host page is never stored: not in IndexedDB, not in extension storage', async () => {
  test.setTimeout(90_000);
  const canary = `Canary${Math.random().toString(36).slice(2, 10)}`;
  const { context, dir } = await launchWithExtension(server.chromiumArgs);
  try {
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"][role="textbox"]').first();
    await editor.click();
    await page.keyboard.type(`Our ${canary} consultation opens today: tell us what you think #LocalGov`);
    const post = page.locator('[data-testid="tweetButtonInline"]');
    await expect(post).toBeEnabled();
    await post.click();
    await expect(page.locator('[data-testid="toast"]')).toBeVisible();

    // Wait until the post is in the log (the detector saw the "posted" signal and the outbox delivered it).
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/options.html`);
    const ask = (type: string, payload: unknown) =>
      reader.evaluate(
        ({ type, payload }) =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { entries: { type: string; site: unknown; metrics: unknown }[] } }> } } }).chrome.runtime.sendMessage({ sw: 1, type, payload }),
        { type, payload },
      );
    await expect
      .poll(async () => (await ask('log.query', { filter: { types: ['social.posted'] }, limit: 10 })).value.entries.length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const [posted] = (await ask('log.query', { filter: { types: ['social.posted'] }, limit: 1 })).value.entries;
    expect(posted!.site).toEqual({ host: 'x.com', kind: 'x' });

    // Everything the extension stores, read whole from its own origin.
    const stored = await worker.evaluate(async () => {
      const dump: Record<string, unknown> = {};
      const chromeApi = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> } | undefined> } }).chrome;
      for (const area of ['local', 'session', 'sync']) dump[`storage.${area}`] = await chromeApi.storage[area]?.get(null).catch((e: Error) => `unreadable: ${e.message}`);
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const name of Array.from(db.objectStoreNames)) {
          dump[`idb.${info.name}.${name}`] = await new Promise((resolve, reject) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
        }
        db.close();
      }
      return JSON.stringify(dump);
    });
    // And the host page's own storage, which the extension must never use.
    const pageStorage = await page.evaluate(async () => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, idb: (await indexedDB.databases()).map((d) => d.name) }));

    console.log(`practice-privacy: canary ${canary}; extension storage read: ${stored.length} characters (${(stored.match(/"idb\.[^"]+"/g) ?? []).join(', ')}); page storage ${pageStorage}`);
    expect(stored).toContain('social.posted');
    expect(stored).not.toContain(canary);
    expect(stored.toLowerCase()).not.toContain(canary.toLowerCase());
    expect(stored).not.toContain('consultation opens today');
    expect(pageStorage).not.toContain(canary);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
