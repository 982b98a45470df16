/**
 * Writes to a practice-log database. Every write is one transaction over the entries and their day counts, so a
 * failure (a full disk, a closed worker) leaves nothing half-written: IndexedDB rolls the whole transaction back.
 */
import { unwrap, type IDBPTransaction } from 'idb';
import { countInto, dayOf, emptyDay, type DayRow, type LearnerRow, type LogDB, type LogDatabase } from './db';
import { canonicalize, canonicalJson } from './canonical';
import { LogError, toLogError } from './errors';
import type { PracticeAction } from './schema';

export interface AddResult {
  id: string;
  /** false: an entry with this id, or this learner's idempotency key, was already stored. */
  stored: boolean;
  /** Imports: the stored entry took the file's newer reflection. */
  updated?: boolean;
}

export interface AddOptions {
  /** Called after each chunk is written (inside the transaction; keep it cheap and synchronous). */
  onProgress?: (done: number, total: number) => void;
  /** Entries per chunk between progress calls. Default 5000. */
  chunk?: number;
  /** Mentor imports: the learner's listing, written in the same transaction as their entries. */
  learnerRow?: LearnerRow;
  /**
   * 'duplicate' (recording, the default): an entry whose id or idempotency key is already stored is a retry and is
   * skipped. 'import': a file must agree with the log — the same id with the same details is skipped (a newer
   * reflection is taken), anything else is a conflict that refuses the whole file (LogError 'invalid', naming the entry).
   */
  mode?: 'duplicate' | 'import';
}

const withoutReflection = (a: PracticeAction) => canonicalJson({ ...a, reflection: undefined });

/**
 * Import conflicts: for every entry `add` refused, read what the log holds under its id or key and decide.
 * Runs inside the write transaction; only the refused entries are read, so a first import pays nothing.
 */
async function resolveImportCollisions(
  tx: IDBPTransaction<LogDB, ('actions' | 'days' | 'learners')[], 'readwrite'>,
  actions: readonly PracticeAction[],
  stored: readonly boolean[],
  updated: boolean[],
): Promise<void> {
  const store = tx.objectStore('actions');
  for (let i = 0; i < actions.length; i++) {
    if (stored[i]) continue;
    const a = actions[i]!;
    const existing = await store.get(a.id);
    if (!existing) {
      throw new LogError(`Entry ${i + 1} repeats an action already in the log under another id (field key), so the file was not imported.`, 'invalid');
    }
    if (withoutReflection(existing) !== withoutReflection(a)) {
      throw new LogError(`Entry ${i + 1} has the id of an entry already in the log but different details, so the file was not imported.`, 'invalid');
    }
    if (a.reflection !== undefined && a.reflection !== existing.reflection) {
      await store.put(a);
      updated[i] = true;
    }
  }
}

/**
 * `add` every value; a ConstraintError (same id, or same learner + key) marks it as a duplicate without aborting the
 * transaction (preventDefault on the request's error event), any other error rejects. Requests complete in order,
 * so only the last one needs a success listener: 100k success events into JavaScript cost seconds for nothing.
 */
function addAll(store: IDBObjectStore, values: readonly PracticeAction[], from: number, to: number, out: boolean[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (to <= from) return resolve();
    let failed = false;
    for (let i = from; i < to; i++) {
      out[i] = true;
      const request = store.add(values[i]!);
      request.onerror = (event) => {
        if (request.error?.name === 'ConstraintError') {
          event.preventDefault();
          event.stopPropagation();
          out[i] = false;
          if (i === to - 1 && !failed) resolve();
        } else {
          failed = true;
          reject(request.error);
        }
      };
      if (i === to - 1) request.onsuccess = () => !failed && resolve();
    }
  });
}

/** Folds the stored actions into their day rows (read, add, put), inside `tx`. */
async function addToDays(tx: IDBPTransaction<LogDB, ('actions' | 'days' | 'learners')[], 'readwrite'>, actions: readonly PracticeAction[], stored: readonly boolean[]): Promise<void> {
  const rows = new Map<string, DayRow>();
  for (let i = 0; i < actions.length; i++) {
    if (!stored[i]) continue;
    const a = actions[i]!;
    const day = dayOf(a.time);
    const k = `${a.learner}\u0000${day}`;
    let row = rows.get(k);
    if (!row) rows.set(k, (row = emptyDay(a.learner, day)));
    countInto(row, a);
  }
  if (!rows.size) return;
  const days = tx.objectStore('days');
  const fresh = [...rows.values()];
  const existing = await Promise.all(fresh.map((r) => days.get([r.learner, r.day])));
  await Promise.all(
    fresh.map((r, i) => {
      const old = existing[i];
      if (!old) return days.put(r);
      for (const [c, n] of Object.entries(r.n)) old.n[c] = (old.n[c] ?? 0) + n;
      for (const [c, n] of Object.entries(r.skills)) old.skills[c] = (old.skills[c] ?? 0) + n;
      old.first = Math.min(old.first, r.first);
      old.last = Math.max(old.last, r.last);
      return days.put(old);
    }),
  );
}

/**
 * Stores actions (already validated, learner filled in) all-or-nothing in one transaction. Duplicates are reported,
 * not errors. Throws LogError ('quota' with a plain message when the disk is full).
 */
export async function addActions(db: LogDatabase, input: readonly PracticeAction[], options: AddOptions = {}): Promise<AddResult[]> {
  // Every write stores entries in canonical key order, so an export hashes them as read (export.ts buildPracticeBlob;
  // a no-op for validated actions, whose schema lists fields in sorted order).
  const actions = input.map((a) => canonicalize(a));
  const stored: boolean[] = new Array(actions.length).fill(false);
  const updated: boolean[] = new Array(actions.length).fill(false);
  if (!actions.length && !options.learnerRow) return [];
  const tx = db.transaction(['actions', 'days', 'learners'], 'readwrite');
  // Observe the outcome from the start, so an abort never becomes an unhandled rejection.
  const outcome = tx.done.then(
    () => null,
    (e: unknown) => e ?? tx.error,
  );
  try {
    const store = unwrap(tx.objectStore('actions')) as IDBObjectStore;
    const chunk = Math.max(1, options.chunk ?? 5000);
    for (let from = 0; from < actions.length; from += chunk) {
      const to = Math.min(actions.length, from + chunk);
      await addAll(store, actions, from, to, stored);
      options.onProgress?.(to, actions.length);
    }
    if (options.mode === 'import') await resolveImportCollisions(tx, actions, stored, updated);
    await addToDays(tx, actions, stored);
    if (options.learnerRow) await tx.objectStore('learners').put(options.learnerRow);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await outcome;
    throw toLogError(error, tx.error);
  }
  const failure = await outcome;
  if (failure) throw toLogError(failure, tx.error);
  return actions.map((a, i) => (updated[i] ? { id: a.id, stored: false, updated: true } : { id: a.id, stored: stored[i]! }));
}

/** Sets (or with blank text removes) the learner's reflection on one entry. */
export async function setReflection(db: LogDatabase, id: string, reflection: string): Promise<void> {
  const tx = db.transaction('actions', 'readwrite');
  try {
    const entry = await tx.store.get(id);
    if (!entry) throw new LogError('That entry is no longer in the log.', 'invalid');
    const text = reflection.trim();
    const next: PracticeAction = { ...entry };
    if (text) next.reflection = text;
    else delete next.reflection;
    // A new reflection lands last among the keys: put it back in canonical order (exports rely on it).
    await tx.store.put(canonicalize(next));
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // done already
    }
    await tx.done.catch(() => undefined);
    throw toLogError(error, tx.error);
  }
}

/** Empties the log (entries and counts); `meta` keeps its facts (persistence asked…). */
export async function clearLog(db: LogDatabase): Promise<void> {
  const tx = db.transaction(['actions', 'days', 'learners'], 'readwrite');
  await Promise.all([tx.objectStore('actions').clear(), tx.objectStore('days').clear(), tx.objectStore('learners').clear(), tx.done]);
}

/** Local midnight `months` calendar months before `now`'s day: entries before it are past retention. */
export function retentionCutoff(months: number, now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setMonth(d.getMonth() - months);
  return d.getTime();
}

/**
 * Deletes entries older than `months` (0 = keep forever), with their day counts, in one transaction.
 * The cutoff is a local midnight, so whole days go and the day counts stay exact. Returns how many entries went.
 */
export async function applyRetention(db: LogDatabase, months: number, now = Date.now()): Promise<number> {
  if (!(months > 0)) return 0;
  const cutoff = retentionCutoff(months, now);
  const cutoffDay = dayOf(cutoff);
  const tx = db.transaction(['actions', 'days'], 'readwrite');
  let removed = 0;
  let cursor = await tx.objectStore('actions').index('time').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  let row = await tx.objectStore('days').openCursor();
  while (row) {
    if (row.value.day < cutoffDay) await row.delete();
    row = await row.continue();
  }
  await tx.done;
  return removed;
}

/** Removes one learner's entries, counts and listing (mentor database). */
export async function removeLearner(db: LogDatabase, learner: string): Promise<void> {
  const tx = db.transaction(['actions', 'days', 'learners'], 'readwrite');
  let cursor = await tx.objectStore('actions').index('learnerTime').openCursor(IDBKeyRange.bound([learner, -Infinity], [learner, Infinity]));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  let row = await tx.objectStore('days').index('learner').openCursor(learner);
  while (row) {
    await row.delete();
    row = await row.continue();
  }
  await tx.objectStore('learners').delete(learner);
  await tx.done;
}
