/**
 * Large files between extension pages and the background. A 100k-entry log is ~35 MB: as a message it is copied
 * through JSON twice (seconds on these machines) and Chromium refuses messages over 64 MiB. Extension pages and the
 * background share the extension's origin, so the file goes as a Blob through a small IndexedDB hand-over
 * database (CacheStorage refuses chrome-extension: URLs) and only its key travels in the message. It is a buffer,
 * never a store, and never the practice log: the reader removes each entry, and left-overs older than an hour
 * (a page closed mid-way) are removed on the next hand-over.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ExportedFile, ImportResult, LogFilter, LogName } from './protocol';
import { send } from './client';

export const TRANSFER_DB = 'swt-transfer';
const STALE_MS = 60 * 60 * 1000;

function transferDb(): Promise<IDBPDatabase> {
  return openDB(TRANSFER_DB, 1, {
    upgrade(db) {
      db.createObjectStore('files');
    },
  });
}

/** Puts a file in the hand-over database; returns its key. */
export async function putTransfer(body: Blob | string, mime = 'application/json'): Promise<string> {
  const key = `${Date.now()}-${crypto.randomUUID()}`;
  const blob = typeof body === 'string' ? new Blob([body], { type: mime }) : body;
  const db = await transferDb();
  try {
    await db.put('files', { blob, at: Date.now() }, key);
  } finally {
    db.close();
  }
  return key;
}

/** Reads and removes a file from the hand-over database (null if it is not there). */
export async function takeTransfer(key: string): Promise<Blob | null> {
  if (!/^\d+-[0-9a-f-]{36}$/.test(key)) return null;
  const db = await transferDb();
  try {
    const tx = db.transaction('files', 'readwrite');
    const item = (await tx.store.get(key)) as { blob: Blob; at: number } | undefined;
    await tx.store.delete(key);
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const at = (cursor.value as { at?: number }).at ?? 0;
      if (Date.now() - at > STALE_MS) await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
    return item?.blob ?? null;
  } finally {
    db.close();
  }
}

async function dropTransfer(key: string): Promise<void> {
  const db = await transferDb();
  try {
    await db.delete('files', key);
  } finally {
    db.close();
  }
}

/** The messaging client's `send` (pages pass a fake in tests). */
type Send = typeof send;

/** For pages: imports a picked file (own log or mentor) through the transfer cache. */
export async function importFile(file: Blob | string, target: 'log' | 'mentor', progressId?: string, via: Send = send): Promise<ImportResult> {
  const cacheKey = await putTransfer(file);
  try {
    return await via(target === 'log' ? 'log.import' : 'mentor.import', { cacheKey, ...(progressId ? { progressId } : {}) });
  } finally {
    // The background removes it after reading; this covers a refusal before it read it.
    await dropTransfer(cacheKey).catch(() => undefined);
  }
}

/** An exported file as a page saves it. */
export interface SavedFile {
  filename: string;
  mime: string;
  blob: Blob;
}

/** For pages: an export as a Blob ready to download, handed over through the transfer cache. */
export async function exportFile(format: 'json' | 'csv' | 'xapi', options: { filter?: LogFilter; db?: LogName; send?: Send } = {}): Promise<SavedFile> {
  const { send: via = send, ...request } = options;
  const file: ExportedFile = await via('log.export', { format, ...request, via: 'cache' });
  if (!file.cacheKey) return { filename: file.filename, mime: file.mime, blob: new Blob([file.text], { type: file.mime }) };
  const blob = await takeTransfer(file.cacheKey);
  if (!blob) throw new Error('The exported file was not found. Please export again.');
  return { filename: file.filename, mime: file.mime, blob };
}
