/**
 * The outbox against a real MV3 worker that keeps being stopped: 500 practice actions sent from the extension's
 * content script on x.com (a served fixture under the real host name, so the shipped match pattern injects it),
 * while the test stops the service worker 20 times through CDP. Exactly 500 records must land, none twice.
 *
 * How the actions are made: the outbox and client are the shipped source, bundled by tests/bench/log.harness.ts
 * and evaluated in the content script's own isolated world (CDP Runtime.evaluate with that world's context id), so
 * every message really comes from a content script (sender.tab, https://x.com URL) through the real outbox and
 * session storage. Nothing test-only is built into the extension; driving 500 posts through the fixture's UI would
 * test the detectors (their own tests do that), not the delivery guarantees this test is about.
 */
import { rmSync } from 'node:fs';
import { contentScriptWorld, evaluateIn, harnessSource } from '../bench/log.harness';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { startSocialHttpsServer, type SocialHttpsServer } from './support/https-server';

const ACTIONS = 500;
const STOPS = 20;

let server: SocialHttpsServer;
test.beforeAll(async () => {
  server = await startSocialHttpsServer({ hosts: { 'x.com': 'x' } });
});
test.afterAll(async () => {
  await server?.close();
});

test('500 actions from a content script survive 20 worker stops: exactly 500 records, no duplicates', async () => {
  test.setTimeout(180_000);
  const { context, dir } = await launchWithExtension(server.chromiumArgs);
  try {
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto('https://x.com/home');
    const world = await contentScriptWorld(cdp, extensionId);
    await evaluateIn(cdp, world, await harnessSource());

    // Watch the worker's running status, to report how often it really stopped and came back.
    let stopped = 0;
    let started = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
        if (v.runningStatus === 'stopped') stopped++;
        if (v.runningStatus === 'running') started++;
      }
    });
    await cdp.send('ServiceWorker.enable');

    // The content script records 500 actions, a few milliseconds apart, and waits for every acknowledgement.
    const run = `e2e${Date.now()}`;
    const sending = evaluateIn(
      cdp,
      world,
      `(async () => {
        const outbox = __swtHarness.createOutbox();
        const acks = [];
        for (let i = 0; i < ${ACTIONS}; i++) {
          acks.push(outbox.record({ type: 'social.posted', site: 'x', context: 'x.compose', skills: ['hashtags'], metrics: { n: i }, ref: '${run}' }));
          await new Promise((r) => setTimeout(r, 8));
        }
        const done = await Promise.all(acks);
        return { acked: done.length, ids: new Set(done.map((a) => a.id)).size };
      })()`,
    );
    for (let i = 0; i < STOPS; i++) {
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 100));
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    const sent = (await sending) as { acked: number; ids: number };

    // Read the log the way the dashboard does: an extension page asking the background through the protocol.
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const log = (await reader.evaluate(async (ref) => {
      type Entry = { id: string; key: string; time: number; ref?: string; metrics: Record<string, number> };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<any> } } }).chrome.runtime;
      const ask = (type: string, payload: unknown) => runtime.sendMessage({ sw: 1, type, payload });
      const entries: Entry[] = [];
      let after: { time: number; id: string } | undefined;
      for (;;) {
        const reply = await ask('log.query', { filter: { types: ['social.posted'] }, limit: 1000, order: 'asc', ...(after ? { after } : {}) });
        if (!reply?.ok) throw new Error(JSON.stringify(reply));
        const page = reply.value.entries as Entry[];
        if (!page.length) break;
        entries.push(...page);
        const last = page[page.length - 1]!;
        after = { time: last.time, id: last.id };
      }
      const stats = await ask('log.stats', {});
      const ours = entries.filter((e) => e.ref === ref);
      return {
        ours: ours.length,
        uniqueIds: new Set(ours.map((e) => e.id)).size,
        uniqueKeys: new Set(ours.map((e) => e.key)).size,
        uniqueN: new Set(ours.map((e) => e.metrics.n)).size,
        total: stats.value.total as number,
      };
    }, run)) as { ours: number; uniqueIds: number; uniqueKeys: number; uniqueN: number; total: number };

    console.log(
      `practice-outbox: sent ${ACTIONS}, acknowledged ${sent.acked} (${sent.ids} distinct); stored ${log.ours} ` +
        `(${log.uniqueIds} distinct ids, ${log.uniqueN} distinct actions); worker stopped ${stopped}× / started ${started}× ` +
        `during ${STOPS} stop commands; whole log ${log.total} entries`,
    );
    expect(sent.acked).toBe(ACTIONS);
    expect(log.ours).toBe(ACTIONS);
    expect(log.uniqueIds).toBe(ACTIONS);
    expect(log.uniqueKeys).toBe(ACTIONS);
    expect(log.uniqueN).toBe(ACTIONS);
    // The stops really happened: without them this test would prove nothing about restarts.
    expect(stopped).toBeGreaterThanOrEqual(5);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
