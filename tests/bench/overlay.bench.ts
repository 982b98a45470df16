/**
 * `npm run bench overlay`: what the tutor costs a page, measured in Debian's Chromium with the built extension
 * on pages served as https://x.com/… (so the real social content script and the built-in rules run):
 *
 * - overlay.feed_own_ms_per_s: time inside our own callbacks (every observer, event handler and engine run is
 *   wrapped by lib/dom/timing) per second of a busy feed (≈ 10k nodes, +50 posts every 100 ms). Target ≤ 10.
 * - overlay.long_tasks_ours: our callbacks that ran ≥ 50 ms during that feed. Target 0.
 * - overlay.feed_thread_ms_with / _without: the page's main-thread task time per second of the same feed with and
 *   without the extension, in the same run (Chromium's TaskDuration metric; noisy on shared machines).
 * - overlay.tip_visible_p95_ms: from inserting a tip's anchor to the card being visible (positioned). Target ≤ 50.
 * - overlay.first_tip_visible_ms: the same for the first tip on a fresh page, when the overlay's drawing code is
 *   injected by the background (it is not part of the content script).
 * - overlay.boot_ms: our main-thread work from start until settled on a 20k-element page with an empty composer;
 *   with overlay.boot_max_slice_ms, the longest single piece of it. Target ≤ 20 (and slices ≤ 5).
 *   overlay.boot_with_post_ms: the same with a post already written (first evaluation of the checks).
 * - bundle.<content script>.gzip_bytes: each content script's size, gzip -9. Target ≤ 35 kB.
 *
 * Our own totals are read from the content script's isolated world through the DevTools protocol (the page
 * cannot see them). Medians over several runs; timings are recorded, never asserted.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startSocialHttpsServer } from '../e2e/support/https-server';

interface Ctx {
  root: string;
  extensionDir: string;
  log: (...a: unknown[]) => void;
}

interface PerfTotals {
  ownMs: number;
  calls: number;
  maxMs: number;
  longTasks: number;
  byLabel: Record<string, { ms: number; calls: number; maxMs?: number }>;
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const LONG =
  'The council has agreed that the new recycling centre on the east side of the city will open in the spring after a long consultation with residents and local businesses.';

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function launch(extensionDir: string | null, args: string[]): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'swt-bench-'));
  const ext = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, ...ext, ...args],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The content script's isolated world in the page's main frame (where globalThis.__swtPerf lives). */
async function isolatedWorld(page: Page): Promise<{ cdp: CDPSession; eval: (expr: string) => Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 100));
  const evalIn = async (id: number, expression: string) =>
    ((await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true })) as { result: { value?: unknown } }).result.value;
  for (const c of contexts.filter((x) => x.auxData?.type === 'isolated')) {
    if ((await evalIn(c.id, 'typeof globalThis.__swtPerf')) === 'object') return { cdp, eval: (e) => evalIn(c.id, e) };
  }
  throw new Error(`no isolated world with __swtPerf among ${contexts.map((c) => `${c.name}/${c.auxData?.type}`).join(', ')}`);
}

async function taskSeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

const cardVisible = (page: Page) =>
  page.waitForFunction(() => {
    const f = document.querySelector('social-web-tutor')?.shadowRoot?.querySelector('.sw-float') as HTMLElement | null;
    return !!f && f.style.visibility === 'visible';
  }, undefined, { timeout: 20_000 });

async function feedRun(context: BrowserContext, withExtension: boolean, seconds: number) {
  const page = await context.newPage();
  await page.goto('https://x.com/feed.html');
  let world: Awaited<ReturnType<typeof isolatedWorld>> | undefined;
  if (withExtension) {
    await cardVisible(page);
    world = await isolatedWorld(page);
    await world.eval('globalThis.__swtPerf = { ownMs: 0, calls: 0, maxMs: 0, longTasks: 0, byLabel: {} }; true');
  }
  const cdp = world?.cdp ?? (await context.newCDPSession(page));
  await cdp.send('Performance.enable');
  const before = await taskSeconds(cdp);
  const nodes = (await page.evaluate((ms) => (window as unknown as { startFeed(ms: number): Promise<number> }).startFeed(ms), seconds * 1000)) as number;
  const after = await taskSeconds(cdp);
  const perf = world ? ((await world.eval('globalThis.__swtPerf')) as PerfTotals) : undefined;
  await page.close();
  return { threadMsPerS: ((after.task - before.task) * 1000) / seconds, perf, nodes };
}

export default async function run({ root, extensionDir, log }: Ctx) {
  const figures: Record<string, Record<string, number | string>> = {};

  // ── Bundle sizes ──
  const scripts = join(extensionDir, 'content-scripts');
  for (const f of readdirSync(scripts).filter((n) => n.endsWith('.js')).sort()) {
    const bytes = gzipSync(readFileSync(join(scripts, f)), { level: 9 }).length;
    figures[`bundle.${f.replace(/\.js$/, '')}.gzip_bytes`] = { value: bytes, unit: 'bytes', target: 35_000, runs: 1 };
    log(`${f}: ${bytes} bytes gzip`);
  }

  const server = await startSocialHttpsServer({ hosts: { 'x.com': 'overlay' }, fixturesDir: join(root, 'tests/e2e/pages'), page: 'late-anchor.html' });
  const withExt = await launch(extensionDir, server.chromiumArgs);
  const without = await launch(null, server.chromiumArgs);
  try {
    // ── The busy feed ──
    const RUNS = 3;
    const SECONDS = 8;
    const own: number[] = [];
    const longTasks: number[] = [];
    const maxMs: number[] = [];
    const threadWith: number[] = [];
    const threadWithout: number[] = [];
    let nodes = 0;
    for (let r = 0; r < RUNS; r++) {
      const a = await feedRun(withExt.context, true, SECONDS);
      const b = await feedRun(without.context, false, SECONDS);
      own.push(a.perf!.ownMs / SECONDS);
      longTasks.push(a.perf!.longTasks);
      maxMs.push(a.perf!.maxMs);
      threadWith.push(a.threadMsPerS);
      threadWithout.push(b.threadMsPerS);
      nodes = a.nodes;
      log(`feed run ${r + 1}: ours ${(a.perf!.ownMs / SECONDS).toFixed(2)} ms/s in ${a.perf!.calls} calls (longest ${a.perf!.maxMs.toFixed(1)} ms); thread ${a.threadMsPerS.toFixed(0)} vs ${b.threadMsPerS.toFixed(0)} ms/s; ${a.nodes} elements at the end`);
      log(`  by label: ${Object.entries(a.perf!.byLabel).map(([k, v]) => `${k} ${v.ms.toFixed(1)} ms/${v.calls} (longest ${(v.maxMs ?? NaN).toFixed(1)})`).join(', ')}`);
    }
    figures['overlay.feed_own_ms_per_s'] = {
      value: round(median(own)),
      unit: 'ms',
      target: 10,
      runs: RUNS,
      longest_callback_ms: round(median(maxMs)),
      elements_at_end: nodes,
      // Shared machines: how busy this one was, to read the absolute times with.
      load_avg_1m: round(loadavg()[0]!, 1),
    };
    figures['overlay.long_tasks_ours'] = { value: Math.max(...longTasks), unit: 'count', target: 0, runs: RUNS };
    figures['overlay.feed_thread_ms_with'] = { value: round(median(threadWith), 1), unit: 'ms', runs: RUNS, note: 'main-thread task time per second of feed, with the extension' };
    figures['overlay.feed_thread_ms_without'] = { value: round(median(threadWithout), 1), unit: 'ms', runs: RUNS, note: 'same feed, same run, without the extension' };

    // ── Anchor inserted → tip visible ──
    const page = await withExt.context.newPage();
    await page.goto('https://x.com/compose/post');
    await page.waitForFunction(() => !!document.querySelector('social-web-tutor'), undefined, { timeout: 20_000 });
    await page.waitForTimeout(500);
    const delays: number[] = [];
    for (let i = 0; i < 40; i++) {
      const ms = (await page.evaluate(async (text) => {
        const w = window as unknown as { addComposer(t: string): void; removeComposer(): void };
        w.removeComposer();
        const shadow = document.querySelector('social-web-tutor')!.shadowRoot!;
        // Wait for the previous card to go before measuring again.
        for (let k = 0; k < 100 && shadow.querySelector('.sw-float'); k++) await new Promise((r) => setTimeout(r, 20));
        // Anchors come and go at a person's pace, not in a tight loop (that would be a busy page: see the feed).
        await new Promise((r) => setTimeout(r, 400));
        return new Promise<number>((resolve) => {
          const t0 = performance.now();
          const done = () => {
            const f = shadow.querySelector('.sw-float') as HTMLElement | null;
            if (f && f.style.visibility === 'visible') {
              mo.disconnect();
              resolve(performance.now() - t0);
            }
          };
          const mo = new MutationObserver(done);
          mo.observe(shadow, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
          w.addComposer(text);
        });
      }, LONG)) as number;
      delays.push(ms);
    }
    await page.close();
    delays.sort((a, b) => a - b);
    const p95 = delays[Math.ceil(delays.length * 0.95) - 1]!;
    log(`tip visible: median ${median(delays).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${delays.length}`);
    figures['overlay.tip_visible_p95_ms'] = { value: round(p95, 1), unit: 'ms', target: 50, runs: delays.length, median_ms: round(median(delays), 1) };

    // ── First tip on a fresh page: the overlay's drawing code is injected then (tutor.inject) ──
    // The figure above measures a page whose overlay is loaded already; this one includes the round trip to the
    // background and the overlay script's start, once per page. Median of fresh pages.
    const firsts: number[] = [];
    for (let r = 0; r < 7; r++) {
      const p = await withExt.context.newPage();
      await p.goto('https://x.com/compose/post');
      await p.waitForFunction(() => !!document.querySelector('social-web-tutor'), undefined, { timeout: 20_000 });
      await p.waitForTimeout(800);
      firsts.push(
        (await p.evaluate(
          (text) =>
            new Promise<number>((resolve) => {
              const w = window as unknown as { addComposer(t: string): void };
              const shadow = document.querySelector('social-web-tutor')!.shadowRoot!;
              const t0 = performance.now();
              const mo = new MutationObserver(() => {
                const f = shadow.querySelector('.sw-float') as HTMLElement | null;
                if (f && f.style.visibility === 'visible') {
                  mo.disconnect();
                  resolve(performance.now() - t0);
                }
              });
              mo.observe(shadow, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
              w.addComposer(text);
            }),
          LONG,
        )) as number,
      );
      await p.close();
    }
    log(`first tip on a fresh page (overlay injected then): median ${median(firsts).toFixed(1)} ms, max ${Math.max(...firsts).toFixed(1)} ms`);
    figures['overlay.first_tip_visible_ms'] = { value: round(median(firsts), 1), unit: 'ms', runs: firsts.length, max_ms: round(Math.max(...firsts), 1), note: 'fresh page: includes injecting the overlay script' };

    // ── Start-up on a 20k-element page ──
    // As pages usually load (an empty composer: the first scan finds nothing to say), and with a post already
    // written (the first evaluation then compiles the checks' patterns: a one-off cost of the checks).
    const bootOn = async (path: string, waitForTip: boolean) => {
      const ours: number[] = [];
      const slices: number[] = [];
      const scriptWith: number[] = [];
      const scriptWithout: number[] = [];
      for (let r = 0; r < 5; r++) {
        const p = await withExt.context.newPage();
        const cdp = await withExt.context.newCDPSession(p);
        await cdp.send('Performance.enable');
        await p.goto(`https://x.com/${path}`);
        if (waitForTip) await cardVisible(p);
        else await p.waitForFunction(() => !!document.querySelector('social-web-tutor'), undefined, { timeout: 20_000 });
        await p.waitForTimeout(800);
        const world = await isolatedWorld(p);
        const perf = (await world.eval('globalThis.__swtPerf')) as PerfTotals;
        scriptWith.push((await taskSeconds(cdp)).script * 1000);
        ours.push(perf.ownMs);
        slices.push(perf.maxMs);
        log(`boot ${path} run ${r + 1}: ${perf.ownMs.toFixed(2)} ms of ours in ${perf.calls} pieces, longest ${perf.maxMs.toFixed(2)} ms; ${Object.entries(perf.byLabel).map(([k, v]) => `${k} ${v.ms.toFixed(2)}/${v.calls} (longest ${(v.maxMs ?? NaN).toFixed(2)})`).join(', ')}`);
        await p.close();
        const q = await without.context.newPage();
        const cdq = await without.context.newCDPSession(q);
        await cdq.send('Performance.enable');
        await q.goto(`https://x.com/${path}`);
        await q.waitForTimeout(800);
        scriptWithout.push((await taskSeconds(cdq)).script * 1000);
        await q.close();
      }
      return { ours: median(ours), slice: median(slices), scriptWith: median(scriptWith), scriptWithout: median(scriptWithout) };
    };
    const empty = await bootOn('big.html', false);
    const written = await bootOn('big-text.html', true);
    figures['overlay.boot_ms'] = { value: round(empty.ours), unit: 'ms', target: 20, runs: 5, page_elements: 20_000, longest_slice_ms: round(empty.slice), slice_target_ms: 5 };
    figures['overlay.boot_max_slice_ms'] = { value: round(empty.slice), unit: 'ms', target: 5, runs: 5 };
    figures['overlay.boot_with_post_ms'] = { value: round(written.ours), unit: 'ms', runs: 5, longest_slice_ms: round(written.slice), note: 'same page with a post already written: the first evaluation compiles the checks' };
    figures['overlay.boot_script_ms_with'] = { value: round(empty.scriptWith, 1), unit: 'ms', runs: 5, note: 'all script time of the page load, with the extension (parse and compile included)' };
    figures['overlay.boot_script_ms_without'] = { value: round(empty.scriptWithout, 1), unit: 'ms', runs: 5, note: 'same page, same run, without the extension' };
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  return figures;
}
