/**
 * The practice log through the real messaging in Chromium, as the popup, dashboard and workshop use it: record,
 * query, stats, export (JSON, CSV, xAPI), restore, mentor import into its own database, the workshop's separate log
 * and its reset, and refusals with plain messages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Reply = { ok: boolean; value?: any; error?: string; code?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

function asker(page: Page) {
  return (type: string, payload: unknown): Promise<Reply> =>
    page.evaluate(
      ({ type, payload }) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime.sendMessage({ sw: 1, type, payload }),
      { type, payload },
    );
}

const action = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `11111111-2222-4333-8444-${String(i).padStart(12, '0')}`,
  key: `e2e-${i}`,
  time: Date.UTC(2026, 10, 1 + (i % 20), 10, i % 60),
  site: { kind: 'wordpress', host: 'blog.council.example' },
  context: 'wp.block-editor',
  type: i % 2 ? 'image.alt-added' : 'post.published',
  skills: i % 2 ? ['alt-text'] : ['publishing'],
  metrics: { wordCount: 300 + i, hadAltText: i % 2 === 1 },
  ...extra,
});

test('record, query, export, restore, mentor import, workshop log: all through the background', async ({ extensionPage }) => {
  const page = await extensionPage('options.html');
  const ask = asker(page);

  const recorded = await ask('log.recordBatch', { actions: Array.from({ length: 20 }, (_, i) => action(i)) });
  expect(recorded.ok).toBe(true);
  expect(recorded.value.results.every((r: { stored: boolean }) => r.stored)).toBe(true);
  expect((await ask('log.record', { action: action(3) })).value).toEqual({ stored: false, id: action(3).id });

  const stats = await ask('log.stats', {});
  expect(stats.value).toMatchObject({ total: 20, perType: { 'post.published': 10, 'image.alt-added': 10 }, perSkill: { 'alt-text': 10, publishing: 10 } });
  const page1 = await ask('log.query', { filter: { types: ['image.alt-added'] }, limit: 4 });
  expect(page1.value.total).toBe(10);
  expect(page1.value.entries).toHaveLength(4);
  expect(page1.value.entries[0].learner).toMatch(/^[0-9a-f-]{36}$/); // filled in by the background
  const perDay = await ask('log.perSkillPerDay', {});
  expect(Object.values(perDay.value['alt-text']).reduce((a: number, b) => a + (b as number), 0)).toBe(10);

  // Refusals: bad payloads name the field; mentor data needs a known learner.
  const bad = await ask('log.record', { action: { ...action(99), site: { kind: 'x', host: 'https://x.com/status/1' } } });
  expect(bad).toMatchObject({ ok: false, code: 'invalid' });
  expect(bad.error).toMatch(/site\.host/);
  expect(await ask('mentor.remove', { learner: 'nobody' })).toMatchObject({ ok: false, code: 'invalid' });

  // Export in the three formats.
  const json = await ask('log.export', { format: 'json' });
  expect(json.value.filename).toMatch(/\.practice\.json$/);
  const file = JSON.parse(json.value.text);
  expect(file).toMatchObject({ format: 'social-web-tutor.practice', version: 1 });
  expect(file.entries).toHaveLength(20);
  expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  const csv = await ask('log.export', { format: 'csv' });
  expect(csv.value.text.split('\r\n')).toHaveLength(22);
  const xapi = await ask('log.export', { format: 'xapi' });
  expect(JSON.parse(xapi.value.text)[0].verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\//);

  // Restore: delete everything, import the file back; again adds nothing; a tampered copy is refused.
  expect((await ask('log.deleteAll', {})).ok).toBe(true);
  expect((await ask('log.stats', {})).value.total).toBe(0);
  expect((await ask('log.import', { text: json.value.text })).value).toMatchObject({ ok: true, added: 20, skipped: 0 });
  expect((await ask('log.import', { text: json.value.text })).value).toMatchObject({ ok: true, added: 0, skipped: 20 });
  const tampered = json.value.text.replace('"wordCount":305', '"wordCount":999');
  expect((await ask('log.import', { text: tampered })).value).toMatchObject({ ok: false, error: expect.stringMatching(/checksum does not match/) });
  expect((await ask('log.import', { text: json.value.text.slice(0, 500) })).value.error).toMatch(/incomplete/);

  // Large files travel through the transfer cache (lib/messaging/transfer.ts), both ways, and are removed after use.
  const viaCache = await page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime;
    const idb = (): Promise<IDBDatabase> =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('swt-transfer', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('files');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const run = <T,>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>) =>
      idb().then((db) => new Promise<T>((resolve, reject) => {
        const req = f(db.transaction('files', mode).objectStore('files'));
        req.onsuccess = () => { resolve(req.result); db.close(); };
        req.onerror = () => reject(req.error);
      }));
    const exported = await runtime.sendMessage({ sw: 1, type: 'log.export', payload: { format: 'json', via: 'cache' } });
    if (!exported.ok) throw new Error(JSON.stringify(exported));
    const item = await run<{ blob: Blob }>('readonly', (s) => s.get(exported.value.cacheKey));
    await run('readwrite', (s) => s.delete(exported.value.cacheKey));
    const text = await item.blob.text();
    const key = `${Date.now()}-${crypto.randomUUID()}`;
    await run('readwrite', (s) => s.put({ blob: new Blob([text]), at: Date.now() }, key));
    const imported = await runtime.sendMessage({ sw: 1, type: 'mentor.import', payload: { cacheKey: key } });
    const again = await runtime.sendMessage({ sw: 1, type: 'mentor.import', payload: { cacheKey: key } });
    return { inline: exported.value.text, entries: JSON.parse(text).entries.length, imported: imported.value, again, left: await run('readonly', (s) => s.count()) };
  });
  expect(viaCache).toMatchObject({ inline: '', entries: 20, imported: { ok: true, added: 20 }, again: { ok: false, code: 'invalid' }, left: 0 });
  expect((await ask('mentor.remove', { learner: viaCache.imported.learner.id })).ok).toBe(true);

  // From the MV3 worker the file is posted straight to the asking page (no disk hand-over), tagged with its nonce.
  const posted = await page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime;
    const nonce = crypto.randomUUID();
    const container = navigator.serviceWorker;
    const arrived = new Promise<Blob>((resolve) => {
      container.addEventListener('message', (e) => e.data?.swtTransfer === nonce && resolve(e.data.blob));
      container.startMessages();
    });
    const reply = await runtime.sendMessage({ sw: 1, type: 'log.export', payload: { format: 'json', via: 'post', nonce } });
    const file = JSON.parse(await (await arrived).text());
    return { reply: reply.value, entries: file.entries.length, checksum: file.checksum };
  });
  expect(posted).toMatchObject({ reply: { posted: true, text: '' }, entries: 20, checksum: JSON.parse(json.value.text).checksum });
  expect(posted.reply.cacheKey).toBeUndefined();

  // A mentor's copy goes to the mentor database, never into the own log.
  const mentor = await ask('mentor.import', { text: json.value.text });
  expect(mentor.value).toMatchObject({ ok: true, added: 20 });
  const learners = await ask('mentor.learners', {});
  expect(learners.value).toHaveLength(1);
  expect(learners.value[0].total).toBe(20);
  expect((await ask('mentor.stats', { learner: learners.value[0].id })).value.total).toBe(20);
  expect((await ask('mentor.query', { learner: learners.value[0].id, filter: { skills: ['alt-text'] }, limit: 100 })).value.total).toBe(10);
  expect((await ask('log.stats', {})).value.total).toBe(20);

  // The workshop log is separate; sandbox actions go there whatever the sender asked; its reset leaves the own log.
  await ask('log.record', { action: action(40, { site: { kind: 'sandbox', host: '' }, context: 'sandbox.editor' }) });
  await ask('log.record', { action: action(41), db: 'workshop' });
  expect((await ask('log.stats', { db: 'workshop' })).value.total).toBe(2);
  expect((await ask('log.stats', {})).value.total).toBe(20);
  expect((await ask('log.deleteAll', { db: 'workshop' })).ok).toBe(true);
  expect((await ask('log.stats', { db: 'workshop' })).value.total).toBe(0);
  expect((await ask('log.stats', {})).value.total).toBe(20);

  // Mastery counts: practice only (no tip events here), per skill.
  expect((await ask('mastery.counts', { skills: ['alt-text', 'hashtags'] })).value).toEqual({ 'alt-text': 10, hashtags: 0 });
});

test('persistent storage: the options page asks once (the MV3 worker cannot), the background keeps the answer, the privacy section says it', async ({ extensionPage }) => {
  const page = await extensionPage('options.html#privacy');
  const ask = asker(page);
  // The line appears once the page has asked and the background recorded the answer.
  const line = page.locator('#persistence');
  await expect(line).toHaveText(/practice log/);
  const state = (await ask('log.persistence', {})).value;
  console.log(`persistent storage in Chromium: ${JSON.stringify(state)}; shown: "${await line.textContent()}"`);
  expect(state).toMatchObject({ asked: true, granted: expect.any(Boolean) });
  // The build declares unlimitedStorage, which Chromium exempts from eviction whatever persist() answers.
  await expect(line).toHaveText(state.granted ? /has agreed to keep/ : /does not clear its practice log/);
  // Opening the page again re-reads the answer without asking again.
  await page.reload();
  await expect(line).toHaveText(/practice log/);
  expect((await ask('log.persistence', {})).value).toMatchObject({ asked: true, granted: state.granted });
});
