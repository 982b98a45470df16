/**
 * The practice log as the background runs it: which database, whose learner id, persistence, retention, and the
 * import/export flows. Everything here runs inside functions (no browser.* at module scope); the background's
 * handlers (lib/messaging/handlers/log.ts) call it.
 */
import { browser } from 'wxt/browser';
import { privacy, profile } from '../settings/items';
import { ensureProfile } from '../settings/profile';
import { openLogDb, type LearnerRow, type LogDatabase, type LogDbName } from './db';
import { LogError } from './errors';
import { buildPracticeBlob, exportFilename, toCsv, toXapi, type LearnerInfo } from './export';
import { parsePracticeFile, type ImportPhase } from './import';
import type { LogFilter, MentorLearner, PersistenceState } from './model';
import { allEntries, countEntries, summary } from './queries';
import { PracticeActionSchema, type NewPracticeAction, type PracticeAction } from './schema';
import { addActions, applyRetention, type AddResult } from './store';
import * as v from 'valibot';

export type OwnLog = 'practice' | 'workshop';

const open = new Map<LogDbName, Promise<LogDatabase>>();

/** The database, opened once per worker life (reopened if another context upgrades it). */
export function logDb(name: LogDbName): Promise<LogDatabase> {
  let db = open.get(name);
  if (!db) {
    db = openLogDb(name, { onVersionChange: () => open.delete(name) });
    db.catch(() => open.delete(name));
    open.set(name, db);
  }
  return db;
}

/** Closes every open database (deleteAll of a whole database, tests, the worker going away). */
export async function closeLogs(): Promise<void> {
  const all = [...open.values()];
  open.clear();
  for (const db of all) (await db.catch(() => null))?.close();
}

let learnerPromise: Promise<LearnerInfo> | null = null;
let unwatchProfile: (() => void) | null = null;

/**
 * This browser's learner: id (made on first run) and display name. Kept in memory (every recorded action needs
 * it; a storage read each time is a measurable part of the ack) and forgotten when the profile changes.
 */
export async function currentLearner(): Promise<LearnerInfo> {
  // One promise: two first messages at once must not make two ids.
  if (!learnerPromise) {
    unwatchProfile ??= profile.watch(() => {
      learnerPromise = null;
    });
    const pending = ensureProfile().then((p) => ({ id: p.learnerId, displayName: p.displayName }));
    learnerPromise = pending;
    pending.catch(() => {
      if (learnerPromise === pending) learnerPromise = null;
    });
  }
  return learnerPromise;
}

/** Forgets the cached learner (after the profile was changed here, before its watch fires). */
export function forgetLearner(): void {
  learnerPromise = null;
}

const lastRetentionDay = new Map<LogDbName, string>();

/**
 * Applies the retention setting at most once per local day per database (start-up and after write batches): cheap
 * enough to call after every write, without an alarms permission.
 */
export async function maybeApplyRetention(name: OwnLog, now = Date.now()): Promise<number> {
  const today = new Date(now).toDateString();
  if (lastRetentionDay.get(name) === today) return 0;
  lastRetentionDay.set(name, today);
  const { retentionMonths } = await privacy.getValue();
  if (!(retentionMonths > 0)) return 0;
  return applyRetention(await logDb(name), retentionMonths, now);
}

/** A retention change applies at once, not tomorrow. */
export function forgetRetentionDay(): void {
  lastRetentionDay.clear();
}

/** The last answer about persistent storage, as `meta.persist` keeps it (records from before `asked` count as not asked). */
export async function persistenceState(): Promise<PersistenceState> {
  const db = await logDb('practice');
  const row = (await db.get('meta', 'persist')) as Partial<PersistenceState> | undefined;
  return { granted: row?.granted ?? null, asked: row?.asked === true, at: row?.at ?? null };
}

/** Records an answer (from the background at start-up, or from an extension page that asked). */
export async function recordPersistence(granted: boolean | null, asked: boolean, now = Date.now()): Promise<PersistenceState> {
  const db = await logDb('practice');
  const state: PersistenceState = { granted, asked, at: now };
  await db.put('meta', state, 'persist');
  return state;
}

/**
 * At start-up: asks the browser to keep the log out of eviction where this context can (Firefox's background page is
 * a window with `navigator.storage.persist`), once; an MV3 service worker has no persist(), so it only notes what
 * persisted() says and an extension page asks later (lib/practice/persistence.ts). `unlimitedStorage` in the
 * manifest protects the log meanwhile.
 */
export async function requestPersistence(): Promise<PersistenceState> {
  const known = await persistenceState();
  if (known.asked) return known;
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  try {
    if (typeof storage?.persist === 'function') return await recordPersistence(await storage.persist(), true);
    if (typeof storage?.persisted === 'function') return await recordPersistence(await storage.persisted(), false);
  } catch {
    // A browser that will not answer: keep what we knew.
  }
  return known.at === null ? recordPersistence(null, false) : known;
}

/** Start-up work of the background: persistence, retention, and letting content-script outboxes use session storage. */
export async function startPracticeLog(): Promise<void> {
  // Chromium keeps storage.session from content scripts unless the background opens it to them; the outbox keeps
  // unacknowledged actions there (never in the page's own storage). Firefox has no setAccessLevel.
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } }).session;
  await session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => undefined);
  privacy.watch(() => forgetRetentionDay());
  await requestPersistence().catch((e) => console.warn('practice log: persistence request failed', e));
  await maybeApplyRetention('practice').catch((e) => console.warn('practice log: retention failed', e));
}

/** Which of the learner's own logs an action goes to: sandbox actions always go to the workshop log. */
export function targetLog(action: NewPracticeAction, requested: OwnLog = 'practice'): OwnLog {
  return action.site.kind === 'sandbox' ? 'workshop' : requested;
}

/**
 * Commits actions sent by a content script or page, with this browser's learner id. Results come back in the
 * order given. Each target database is written in one transaction.
 */
export async function recordActions(actions: readonly NewPracticeAction[], requested: OwnLog = 'practice'): Promise<AddResult[]> {
  const me = await currentLearner();
  const groups = new Map<OwnLog, { index: number; action: PracticeAction }[]>();
  actions.forEach((a, index) => {
    const action = v.parse(PracticeActionSchema, { ...a, learner: me.id });
    const target = targetLog(a, requested);
    (groups.get(target) ?? groups.set(target, []).get(target)!).push({ index, action });
  });
  const results: AddResult[] = new Array(actions.length);
  for (const [name, items] of groups) {
    const stored = await addActions(
      await logDb(name),
      items.map((i) => i.action),
    );
    stored.forEach((r, k) => (results[items[k]!.index] = r));
    await maybeApplyRetention(name).catch((e) => console.warn('practice log: retention failed', e));
  }
  return results;
}

export type ExportFormat = 'json' | 'csv' | 'xapi';

/** An exported file: its Blob goes to a page through the transfer database, or (small files, tests) as text. */
export interface ExportBlob {
  filename: string;
  mime: string;
  blob: Blob;
}

export async function exportLog(name: LogDbName, format: ExportFormat, filter: LogFilter = {}, learner?: string, now = new Date()): Promise<ExportBlob> {
  const db = await logDb(name);
  const who: LearnerInfo =
    name === 'mentor' && learner !== undefined
      ? { id: learner, displayName: (await db.get('learners', learner))?.displayName ?? '' }
      : await currentLearner();
  const entries = await allEntries(db, filter, name === 'mentor' ? { learner: who.id } : {});
  const base = (name === 'workshop' ? 'workshop-' : '') + (who.displayName || 'practice-log');
  const text = (mime: string, body: string) => ({ mime, blob: new Blob([body], { type: mime }) });
  if (format === 'csv') return { filename: exportFilename(base, now, 'practice.csv'), ...text('text/csv;charset=utf-8', toCsv(entries)) };
  if (format === 'xapi') return { filename: exportFilename(base, now, 'xapi.json'), ...text('application/json', JSON.stringify(toXapi(entries, who))) };
  // Entries straight from the database are in canonical key order (store.ts): no re-check.
  return { filename: exportFilename(base, now, 'practice.json'), mime: 'application/json', blob: await buildPracticeBlob(entries, who, now, { stored: true }) };
}

export type ImportProgress = (phase: ImportPhase | 'writing' | 'done', done: number, total: number) => void;

export interface ImportOutcome {
  ok: boolean;
  added: number;
  /** Already in the log (updated ones included). */
  skipped: number;
  /** Entries already in the log whose reflection the file updated. */
  updated?: number;
  error?: string;
  learner?: LearnerInfo;
}

/**
 * The learner restoring their own log (a new browser, a reinstall). A file of someone else's log is refused: a
 * mentor imports learners in the mentor view. On a browser whose log is still empty the file's learner id is
 * adopted, so entries and later exports stay one learner.
 */
export async function importOwnLog(text: string, onProgress: ImportProgress = () => {}): Promise<ImportOutcome> {
  const parsed = await parsePracticeFile(text, { onProgress });
  if (!parsed.ok) return { ok: false, added: 0, skipped: 0, error: parsed.error };
  const db = await logDb('practice');
  let me = await currentLearner();
  if (parsed.learner.id !== me.id) {
    if ((await countEntries(db)) > 0) {
      const who = parsed.learner.displayName ? `"${parsed.learner.displayName}"` : 'another learner';
      return {
        ok: false,
        added: 0,
        skipped: 0,
        error: `This file is the practice log of ${who}, not yours, so it was not added to your log. To look at a learner's log, import it in the mentor view.`,
      };
    }
    const p = await profile.getValue();
    await profile.setValue({ ...p, learnerId: parsed.learner.id, displayName: p.displayName || parsed.learner.displayName });
    forgetLearner();
    me = { id: parsed.learner.id, displayName: p.displayName || parsed.learner.displayName };
  }
  return writeImport(db, parsed.entries, onProgress, me);
}

/** All-or-nothing write of a validated file; a conflict with the log refuses the file with its message. */
async function writeImport(db: LogDatabase, entries: PracticeAction[], onProgress: ImportProgress, learner: LearnerInfo, learnerRow?: LearnerRow): Promise<ImportOutcome> {
  let results: AddResult[];
  try {
    results = await addActions(db, entries, { mode: 'import', onProgress: (d, t) => onProgress('writing', d, t), ...(learnerRow ? { learnerRow } : {}) });
  } catch (error) {
    if (error instanceof LogError && error.code === 'invalid') return { ok: false, added: 0, skipped: 0, error: error.message };
    throw error;
  }
  const added = results.filter((r) => r.stored).length;
  const updated = results.filter((r) => r.updated).length;
  onProgress('done', results.length, results.length);
  return { ok: true, added, skipped: results.length - added, ...(updated ? { updated } : {}), learner };
}

/** A mentor importing a learner's shared file into the separate mentor database. */
export async function importMentorFile(text: string, onProgress: ImportProgress = () => {}, now = Date.now()): Promise<ImportOutcome> {
  const parsed = await parsePracticeFile(text, { onProgress });
  if (!parsed.ok) return { ok: false, added: 0, skipped: 0, error: parsed.error };
  const db = await logDb('mentor');
  const known = await db.get('learners', parsed.learner.id);
  const newer = !known || known.fileCreatedAt <= parsed.createdAt;
  return writeImport(db, parsed.entries, onProgress, parsed.learner, {
    id: parsed.learner.id,
    displayName: newer ? parsed.learner.displayName : known.displayName,
    importedAt: now,
    fileCreatedAt: newer ? parsed.createdAt : known.fileCreatedAt,
  });
}

export async function mentorLearners(): Promise<MentorLearner[]> {
  const db = await logDb('mentor');
  const rows = await db.getAll('learners');
  const out: MentorLearner[] = [];
  for (const row of rows) {
    const s = await summary(db, { learner: row.id });
    out.push({ id: row.id, displayName: row.displayName, importedAt: row.importedAt, total: s.total, firstActivity: s.firstActivity, lastActivity: s.lastActivity });
  }
  return out.sort((a, b) => (b.lastActivity ?? 0) - (a.lastActivity ?? 0) || a.displayName.localeCompare(b.displayName));
}

export function assertLearnerKnown(found: unknown, learner: string): void {
  if (!found) throw new LogError(`No imported learner has the id "${learner.slice(0, 100)}".`, 'invalid');
}
