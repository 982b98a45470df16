// Firefox practice-log test: Debian's firefox-esr (WebDriver BiDi through puppeteer-core) installs the MV2 build,
// records N actions from an extension page through the real messaging (some of them sent twice, as an outbox retry
// would), quits the browser, starts it again on the same profile and reads the log back: exactly N entries, no
// duplicates; then the exported *.practice.json restores them whole into an emptied log, byte-identical entries.
//
// How the extension page is reached: `extensions.webextensions.uuids` pins our add-on id to a known UUID before
// install, so its moz-extension:// origin — and so its IndexedDB — is known and the same in both sessions; BiDi
// may navigate there with MOZ_REMOTE_ALLOW_SYSTEM_ACCESS set.
// A temporarily installed add-on is removed when Firefox quits; `keepStorageOnUninstall` / `keepUuidOnUninstall`
// make sure its data and origin stay (firefox-esr 153 keeps them anyway), so reinstalling it in the second session
// finds the log the first one wrote. (Checked: with a fresh profile for session 2, the test fails with 0 entries.)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const N = 300;
const RETRIED = 40;
const started = Date.now();
const dir = join(root, '.output', 'firefox-mv2');
const addonId = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
const uuid = randomUUID();
const profile = mkdtempSync(join(tmpdir(), 'swt-ff-log-'));

async function session(work) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is allowed (Firefox's
    // remote/shared/BrowsingContextUtils isWebdriverSafeNavigationURL); this test browser opens our own pages only.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  try {
    const id = await browser.installExtension(dir);
    if (id !== addonId) throw new Error(`installed as ${id}, expected ${addonId}`);
    const page = await browser.newPage();
    const url = `moz-extension://${uuid}/options.html`;
    // The extension page loads in the extension process and BiDi never reports that navigation's load (puppeteer
    // keeps seeing about:blank), but scripts run in the page that is there: wait until it is our page, drawn.
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 20_000;
    while (!(await page.evaluate((u) => location.href === u && document.querySelector('#privacy') !== null, url).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${url} did not open`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return await work(page);
  } finally {
    await browser.close();
  }
}

/** Sends one protocol message from the extension page; returns the handler's value or throws its error. */
const ask = (page, type, payload) =>
  page.evaluate(
    async (type, payload) => {
      const reply = await browser.runtime.sendMessage({ sw: 1, type, payload });
      if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no reply'}`);
      return reply.value;
    },
    type,
    payload,
  );

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

try {
  // Session 1: record N actions, RETRIED of them sent a second time (same id and key), all at once.
  const first = await session((page) =>
    page.evaluate(
      async (n, retried) => {
        const action = (i) => ({
          id: `0f0e0d0c-0b0a-4009-8807-${i.toString(16).padStart(12, '0')}`,
          key: `ff-log-${i}`,
          time: Date.UTC(2026, 10, 1) + i * 60_000,
          site: { kind: 'x', host: 'x.com' },
          context: 'x.compose',
          type: i % 3 ? 'social.posted' : 'social.alt-added',
          skills: i % 3 ? ['hashtags'] : ['alt-text'],
          metrics: { wordCount: 20 + (i % 50), hadAltText: i % 3 === 0 },
        });
        const send = (i) => browser.runtime.sendMessage({ sw: 1, type: 'log.record', payload: { action: action(i) } });
        const replies = await Promise.all([...Array.from({ length: n }, (_, i) => send(i)), ...Array.from({ length: retried }, (_, i) => send(i * 7))]);
        return {
          stored: replies.filter((r) => r.ok && r.value.stored).length,
          duplicates: replies.filter((r) => r.ok && !r.value.stored).length,
          errors: replies.filter((r) => !r.ok).map((r) => r.error),
        };
      },
      N,
      RETRIED,
    ),
  );
  console.log(`session 1: ${first.stored} stored, ${first.duplicates} retries recognised, ${first.errors.length} errors`);
  check(first.stored === N && first.duplicates === RETRIED && first.errors.length === 0, `${N} actions stored and ${RETRIED} retries stored once`);

  // Session 2: a new Firefox process on the same profile, the add-on installed again.
  await session(async (page) => {
    const stats = await ask(page, 'log.stats', {});
    const ids = [];
    for (let offset = 0; offset < N + 1000; offset += 1000) {
      const { entries } = await ask(page, 'log.query', { filter: {}, limit: 1000, offset });
      ids.push(...entries.map((e) => e.id));
      if (entries.length < 1000) break;
    }
    const kept = await ask(page, 'log.persistence', {});
    console.log(`persistent storage: ${JSON.stringify(kept)}`);
    check(kept.asked === true && kept.at !== null, 'persistent storage was asked for (and the answer kept)');
    console.log(`session 2: log.stats total ${stats.total}; ${ids.length} entries read, ${new Set(ids).size} distinct`);
    check(stats.total === N && ids.length === N && new Set(ids).size === N, `after a restart: exactly ${N} entries, no duplicates`);

    // Export, empty the log, import the file back: the same entries, and the checksum verified on the way in.
    const before = await page.evaluate(async () => {
      const { entries } = (await browser.runtime.sendMessage({ sw: 1, type: 'log.query', payload: { filter: {}, limit: 1000 } })).value;
      return JSON.stringify(entries.sort((a, b) => (a.id < b.id ? -1 : 1)));
    });
    const file = await ask(page, 'log.export', { format: 'json' });
    const parsed = JSON.parse(file.text);
    check(parsed.format === 'social-web-tutor.practice' && parsed.entries.length === N && /^[0-9a-f]{64}$/.test(parsed.checksum), `export: one ${file.filename} with ${N} entries and a checksum`);
    await ask(page, 'log.deleteAll', {});
    check((await ask(page, 'log.stats', {})).total === 0, 'the log emptied');
    const tampered = await ask(page, 'log.import', { text: file.text.replace('"wordCount":21', '"wordCount":99') });
    check(tampered.ok === false && /checksum/.test(tampered.error) && (await ask(page, 'log.stats', {})).total === 0, 'a tampered copy is refused and adds nothing');
    const restored = await ask(page, 'log.import', { text: file.text });
    const after = await page.evaluate(async () => {
      const { entries } = (await browser.runtime.sendMessage({ sw: 1, type: 'log.query', payload: { filter: {}, limit: 1000 } })).value;
      return JSON.stringify(entries.sort((a, b) => (a.id < b.id ? -1 : 1)));
    });
    check(restored.ok && restored.added === N && after === before, `import of the export: ${restored.added} added, entries identical`);
  });
} catch (error) {
  failures.push(String(error instanceof Error ? error.stack : error));
  console.error(error);
} finally {
  rmSync(profile, { recursive: true, force: true });
}
console.log(`firefox log: ${failures.length ? `FAILED (${failures.length})` : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);
