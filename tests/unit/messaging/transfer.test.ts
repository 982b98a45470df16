import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportFile, importFile, putTransfer, takeTransfer, TRANSFER_DB } from '@/lib/messaging/transfer';
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
