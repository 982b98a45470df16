/**
 * Large files between extension pages and the background. A 100k-entry log is ~35 MB: as a message it is copied
 * through JSON twice (seconds on these machines) and Chromium refuses messages over 64 MiB. Extension pages and the
 * background share the extension's origin, so the file goes as a Blob through a small IndexedDB hand-over
 * database (CacheStorage refuses chrome-extension: URLs) and only its key travels in the message. Exports from an
 * MV3 service worker skip even that: the worker posts the Blob to the asking page (postToPage). It is a buffer,
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

/** What a service worker posts to a page: the file and the nonce the page asked with. */
interface PostedFile {
  swtTransfer: string;
  blob: Blob;
}

/**
 * Background side of `via: 'post'`: an MV3 service worker posts the Blob straight to the asking page (extension
 * pages are its clients): only a handle crosses, where the hand-over database writes the whole file to disk first
 * (0.2-0.5 s for 35 MB here). Every window at the sender's URL gets it (a second tab of the same page ignores a
 * nonce it did not make). False where there is no service worker (Firefox's background page): use the database.
 */
export async function postToPage(url: string, nonce: string, blob: Blob): Promise<boolean> {
  const clients = (globalThis as { clients?: { matchAll(o: object): Promise<{ url: string; postMessage(m: unknown): void }[]> } }).clients;
  if (typeof clients?.matchAll !== 'function') return false;
  // Without the fragment: the dashboard keeps its route there, and it may change while the file is made.
  const page = (u: string) => u.split('#')[0];
  const pages = (await clients.matchAll({ type: 'window', includeUncontrolled: true })).filter((c) => page(c.url) === page(url));
  const message: PostedFile = { swtTransfer: nonce, blob };
  for (const client of pages) client.postMessage(message);
  return pages.length > 0;
}

/** How long a page waits for a posted file after the background said it posted it. */
const POST_WAIT_MS = 60_000;

/** Page side of `via: 'post'`: resolves with the Blob posted under `nonce`; `stop` removes the listener. */
function awaitPosted(container: ServiceWorkerContainer, nonce: string): { file: () => Promise<Blob>; stop: () => void } {
  let stop = () => {};
  const arrived = new Promise<Blob>((resolve) => {
    const listener = (event: MessageEvent) => {
      const data = event.data as Partial<PostedFile> | null;
      if (data?.swtTransfer !== nonce || !(data.blob instanceof Blob)) return;
      stop();
      resolve(data.blob);
    };
    stop = () => container.removeEventListener('message', listener);
    container.addEventListener('message', listener);
    // Messages from the worker wait in a queue until the page says it listens.
    container.startMessages();
  });
  // The post and the reply travel on different channels, in either order; a post that never comes is an error,
  // not a wait for ever.
  const file = () =>
    Promise.race([
      arrived,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('The exported file did not arrive. Please export again.')), POST_WAIT_MS)),
    ]);
  return { file, stop };
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

/**
 * For pages: an export as a Blob ready to download. Posted straight from the background's service worker where there
 * is one (the page listens first, with a nonce), otherwise handed over through the transfer database.
 */
export async function exportFile(
  format: 'json' | 'csv' | 'xapi',
  options: { filter?: LogFilter; db?: LogName; send?: Send; container?: ServiceWorkerContainer } = {},
): Promise<SavedFile> {
  const { send: via = send, container = globalThis.navigator?.serviceWorker, ...request } = options;
  const nonce = container ? crypto.randomUUID() : undefined;
  const posted = container && nonce ? awaitPosted(container, nonce) : null;
  try {
    const file: ExportedFile = await via('log.export', { format, ...request, ...(posted ? { via: 'post', nonce } : { via: 'cache' }) });
    const done = (blob: Blob) => ({ filename: file.filename, mime: file.mime, blob });
    if (file.posted && posted) return done(await posted.file());
    if (!file.cacheKey) return done(new Blob([file.text], { type: file.mime }));
    const blob = await takeTransfer(file.cacheKey);
    if (!blob) throw new Error('The exported file was not found. Please export again.');
    return done(blob);
  } finally {
    posted?.stop();
  }
}
