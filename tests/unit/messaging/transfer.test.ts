import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportFile, importFile, postToPage, putTransfer, takeTransfer, TRANSFER_DB } from '@/lib/messaging/transfer';
import type { ExportedFile } from '@/lib/messaging/protocol';
import { freshIndexedDb } from '../practice/helpers';

beforeEach(() => freshIndexedDb());

async function count(): Promise<number> {
  const { openDB } = await import('idb');
  const db = await openDB(TRANSFER_DB, 1);
  try {
    return await db.count('files');
  } finally {
    db.close();
  }
}

describe('the hand-over database', () => {
  it('gives a file back once, as a Blob, and removes it', async () => {
    const key = await putTransfer(new Blob(['{"a":"café"}'], { type: 'application/json' }));
    const blob = await takeTransfer(key);
    expect(await blob!.text()).toBe('{"a":"café"}');
    expect(await takeTransfer(key)).toBeNull();
    expect(await count()).toBe(0);
  });

  it('refuses keys it could not have made, and clears left-overs older than an hour', async () => {
    expect(await takeTransfer('../../practice')).toBeNull();
    const now = Date.now();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(now - 2 * 60 * 60 * 1000);
    await putTransfer('forgotten');
    spy.mockRestore();
    const key = await putTransfer('fresh');
    expect(await count()).toBe(2);
    await takeTransfer(key);
    expect(await count()).toBe(0);
  });
});

describe('pages', () => {
  it('exportFile takes the Blob the background put, leaving nothing behind', async () => {
    const send = vi.fn(async (_type: string, payload: object): Promise<ExportedFile> => {
      expect(payload).toEqual({ format: 'json', via: 'cache', db: 'workshop' });
      return { filename: 'sam.practice.json', mime: 'application/json', text: '', cacheKey: await putTransfer(new Blob(['{"entries":[]}'])) };
    });
    const file = await exportFile('json', { db: 'workshop', send: send as never });
    expect(file.filename).toBe('sam.practice.json');
    expect(await file.blob.text()).toBe('{"entries":[]}');
    expect(await count()).toBe(0);
  });

  it('exportFile says so when the hand-over is gone, and takes small files sent inline', async () => {
    const gone = vi.fn(async () => ({ filename: 'f', mime: 'text/csv', text: '', cacheKey: `${Date.now()}-${crypto.randomUUID()}` }));
    await expect(exportFile('csv', { send: gone as never })).rejects.toThrow(/not found/);
    const inline = vi.fn(async () => ({ filename: 'f.csv', mime: 'text/csv', text: 'a,b\r\n' }));
    expect(await (await exportFile('csv', { send: inline as never })).blob.text()).toBe('a,b\r\n');
  });

  it('importFile hands the file over by key and removes it even when the background refused before reading', async () => {
    let seen = '';
    const send = vi.fn(async (type: string, payload: { cacheKey: string }) => {
      expect(type).toBe('mentor.import');
      seen = payload.cacheKey;
      return { ok: false, added: 0, skipped: 0, error: 'no' };
    });
    expect(await importFile(new Blob(['x']), 'mentor', undefined, send as never)).toMatchObject({ ok: false });
    expect(seen).toMatch(/^\d+-[0-9a-f-]{36}$/);
    expect(await count()).toBe(0);
  });
});

describe('posted straight from a service worker', () => {
  /** A page's navigator.serviceWorker: an event target whose queue opens with startMessages(). */
  function container() {
    const target = new EventTarget() as EventTarget & { startMessages(): void; started: boolean; listeners(): number };
    const live = new Set<unknown>();
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (...a: Parameters<EventTarget['addEventListener']>) => (live.add(a[1]), add(...a));
    target.removeEventListener = (...a: Parameters<EventTarget['removeEventListener']>) => (live.delete(a[1]), remove(...a));
    target.started = false;
    target.startMessages = () => void (target.started = true);
    target.listeners = () => live.size;
    return target;
  }

  it('the worker posts to every window at the page address (fragment aside); false without clients', async () => {
    const got: unknown[] = [];
    const client = (url: string) => ({ url, postMessage: (m: unknown) => got.push([url, m]) });
    vi.stubGlobal('clients', { matchAll: async () => [client('chrome-extension://x/dashboard.html#mine'), client('chrome-extension://x/options.html')] });
    try {
      const blob = new Blob(['{}']);
      expect(await postToPage('chrome-extension://x/dashboard.html#mentor', '6f1c0f52-8d3e-4b7a-9c2d-1e5f7a9b3c4d', blob)).toBe(true);
      expect(got).toEqual([['chrome-extension://x/dashboard.html#mine', { swtTransfer: '6f1c0f52-8d3e-4b7a-9c2d-1e5f7a9b3c4d', blob }]]);
      expect(await postToPage('chrome-extension://x/popup.html', 'n', blob)).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await postToPage('chrome-extension://x/options.html', 'n', new Blob([]))).toBe(false);
  });

  it('the page takes the Blob posted under its nonce, ignores others, and stops listening', async () => {
    const sw = container();
    const mine = new Blob(['{"entries":[1]}']);
    const send = vi.fn(async (_type: string, payload: { via: string; nonce: string }) => {
      expect(payload.via).toBe('post');
      expect(sw.started).toBe(true);
      // Another tab's file first, then ours; the answer may come before the post.
      setTimeout(() => sw.dispatchEvent(new MessageEvent('message', { data: { swtTransfer: 'someone-else', blob: new Blob(['no']) } })), 1);
      setTimeout(() => sw.dispatchEvent(new MessageEvent('message', { data: { swtTransfer: payload.nonce, blob: mine } })), 5);
      return { filename: 'sam.practice.json', mime: 'application/json', text: '', posted: true };
    });
    const file = await exportFile('json', { send: send as never, container: sw as unknown as ServiceWorkerContainer });
    expect(await file.blob.text()).toBe('{"entries":[1]}');
    expect(sw.listeners()).toBe(0);
  });

  it('falls back to the hand-over database when the background could not post', async () => {
    const sw = container();
    const send = vi.fn(async () => ({ filename: 'f.json', mime: 'application/json', text: '', cacheKey: await putTransfer(new Blob(['via the database'])) }));
    const file = await exportFile('json', { send: send as never, container: sw as unknown as ServiceWorkerContainer });
    expect(await file.blob.text()).toBe('via the database');
    expect(sw.listeners()).toBe(0);
  });
});
