/**
 * Asking for persistent storage from an extension page. `navigator.storage.persist()` is missing from MV3 service
 * workers, but extension pages share the worker's origin — and so its IndexedDB — so a page asks on the log's behalf:
 * once (persist() may show the learner a prompt), and on later visits only re-reads persisted(), which never prompts,
 * so the answer shown stays true if the learner changes it in the browser's settings. The background keeps the
 * answer (meta.persist in the log database), as it keeps everything about the log.
 */
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { PersistenceState } from './model';

export interface PersistenceRecorder {
  /** The answer the background holds. */
  read(): Promise<PersistenceState>;
  /** Stores an answer with the background; returns what it now holds. */
  record(granted: boolean | null, asked: boolean): Promise<PersistenceState>;
}

/** The part of StorageManager this needs (absent in some contexts; a test passes a fake). */
export type PersistApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/** Asks (first time) or re-checks (later), records the answer, and returns it. Never throws for a browser's refusal. */
export async function ensurePersistence(storage: PersistApi | undefined, recorder: PersistenceRecorder): Promise<PersistenceState> {
  const known = await recorder.read();
  try {
    if (!known.asked && typeof storage?.persist === 'function') return await recorder.record(await storage.persist(), true);
    if (typeof storage?.persisted === 'function') {
      const now = await storage.persisted();
      if (now !== known.granted || known.at === null) return await recorder.record(now, known.asked);
    }
  } catch {
    // A browser that will not answer (a private window, a policy): keep what we knew.
  }
  return known;
}

type Send = <K extends 'log.persistence' | 'log.persistenceRecord'>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

/** The recorder extension pages use: the background, through the messaging client's `send`. */
export function backgroundRecorder(send: Send): PersistenceRecorder {
  return {
    read: () => send('log.persistence', {}),
    record: (granted, asked) => send('log.persistenceRecord', { granted, asked }),
  };
}
