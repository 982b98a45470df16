/**
 * The practice log's IndexedDB schema and its versioned upgrades. Opened by the background only: a content script's
 * IndexedDB belongs to the host page's origin (DESIGN.md, "The background is the only writer").
 *
 * One schema serves three databases, so the same code reads and writes each of them:
 * - "practice": the learner's own log;
 * - "workshop": the practice sandbox's separate log (reset freely, never mixed with the real one);
 * - "mentor": learners' shared logs imported by a mentor, kept apart from the mentor's own practice.
 *
 * Rules (idb README, "Transaction lifetime"): never await anything but this transaction's requests inside it;
 * compute first, then open the transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { canonicalize } from './canonical';
import type { PracticeAction } from './schema';

export type LogDbName = 'practice' | 'workshop' | 'mentor';
export const LOG_DB_NAMES: readonly LogDbName[] = ['practice', 'workshop', 'mentor'];

/**
 * Counts for one learner on one local day, kept in step with `actions` in the same transactions, so charts, stats,
 * streaks and totals never need to read every entry (a 100k-entry log takes seconds to read whole).
 * Cells are keyed `type|siteKind` (one per action) and `type|siteKind|skill` (one per skill of the action).
 */
export interface DayRow {
  learner: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** Epoch ms of the first and last action that day. */
  first: number;
  last: number;
  n: Record<string, number>;
  skills: Record<string, number>;
}

/** A learner whose shared log the mentor imported (mentor database). */
export interface LearnerRow {
  id: string;
  displayName: string;
  importedAt: number;
  /** createdAt of the newest file imported. */
  fileCreatedAt: string;
}

export interface LogDB extends DBSchema {
  actions: {
    key: string;
    value: PracticeAction;
    indexes: {
      time: number;
      type: string;
      skill: string;
      site: string;
      /** Unique per learner: the outbox's retry of one action lands once. */
      key: [string, string];
      learnerTime: [string, number];
    };
  };
  days: { key: [string, string]; value: DayRow; indexes: { learner: string } };
  learners: { key: string; value: LearnerRow };
  /** Small facts about this database: persistence asked, retention last applied… */
  meta: { key: string; value: unknown };
}

export type LogDatabase = IDBPDatabase<LogDB>;
type UpgradeTx = IDBPTransaction<LogDB, StoreNames<LogDB>[], 'versionchange'>;

/** Local calendar day of an epoch-ms time, YYYY-MM-DD. */
export function dayOf(time: number): string {
  const d = new Date(time);
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Adds one action to its day's row (creating the row). */
export function countInto(row: DayRow, a: PracticeAction, sign: 1 | -1 = 1): void {
  const cell = `${a.type}|${a.site.kind}`;
  row.n[cell] = (row.n[cell] ?? 0) + sign;
  if (row.n[cell] === 0) delete row.n[cell];
  for (const s of a.skills) {
    const sc = `${cell}|${s}`;
    row.skills[sc] = (row.skills[sc] ?? 0) + sign;
    if (row.skills[sc] === 0) delete row.skills[sc];
  }
  if (sign === 1) {
    row.first = Math.min(row.first, a.time);
    row.last = Math.max(row.last, a.time);
  }
}

export function emptyDay(learner: string, day: string): DayRow {
  return { learner, day, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY, n: {}, skills: {} };
}

/**
 * Upgrades, in order: UPGRADES[i] takes the database from version i to i + 1. Never edit a shipped step; add one.
 * Exported so the migration test can build a version-1 database exactly as version 1 of the extension did.
 */
// The steps work on the untyped shape of their own version, hence the casts.
/* eslint-disable @typescript-eslint/no-explicit-any */
export const UPGRADES: ReadonlyArray<(db: IDBPDatabase<any>, tx: IDBPTransaction<any, any, 'versionchange'>) => Promise<void> | void> = [
  // v1: the first shape — actions by id, with the indexes the queries need.
  (db) => {
    const actions = db.createObjectStore('actions', { keyPath: 'id' });
    actions.createIndex('time', 'time');
    actions.createIndex('type', 'type');
    actions.createIndex('skill', 'skills', { multiEntry: true });
    actions.createIndex('site', 'site.kind');
    actions.createIndex('key', 'key', { unique: true });
  },
  // v2: one schema for the learner's, the workshop's and the mentor's databases. The mentor's holds many learners,
  // whose idempotency keys may collide, so `key` becomes unique per learner; `learnerTime` pages one learner's
  // timeline; `days` keeps per-day counts so stats never read every entry (built here from the v1 entries);
  // `learners` lists imported learners; `meta` holds small facts.
  async (db, tx) => {
    const actions = tx.objectStore('actions');
    actions.deleteIndex('key');
    actions.createIndex('key', ['learner', 'key'], { unique: true });
    actions.createIndex('learnerTime', ['learner', 'time']);
    db.createObjectStore('days', { keyPath: ['learner', 'day'] }).createIndex('learner', 'learner');
    db.createObjectStore('learners', { keyPath: 'id' });
    db.createObjectStore('meta');
    const rows = new Map<string, DayRow>();
    let cursor = await actions.openCursor();
    while (cursor) {
      const a = cursor.value as PracticeAction;
      const day = dayOf(a.time);
      const k = `${a.learner}\u0000${day}`;
      let row = rows.get(k);
      if (!row) rows.set(k, (row = emptyDay(a.learner, day)));
      countInto(row, a);
      cursor = await cursor.continue();
    }
    const days = tx.objectStore('days');
    await Promise.all([...rows.values()].map((r) => days.put(r)));
  },
  // v3: every entry in canonical key order. Exports hash the entries as stored with one JSON.stringify
  // (export.ts buildPracticeBlob), and every write path now stores that order (store.ts); entries written before
  // (v1, v2) are rewritten here once. Entries already in order are left alone.
  async (_db, tx) => {
    let cursor = await tx.objectStore('actions').openCursor();
    while (cursor) {
      const next = canonicalize(cursor.value);
      if (next !== cursor.value) await cursor.update(next);
      cursor = await cursor.continue();
    }
  },
];
/* eslint-enable @typescript-eslint/no-explicit-any */

export const LOG_DB_VERSION = UPGRADES.length;

export interface OpenOptions {
  /** Database name prefix (tests and benches use their own). Default: none — the names are 'practice' etc. */
  prefix?: string;
  /** Called when another context wants a newer version: we close so the upgrade can run. */
  onVersionChange?: () => void;
}

export function dbFileName(name: LogDbName, prefix = ''): string {
  return `${prefix}${name}`;
}

export async function openLogDb(name: LogDbName, options: OpenOptions = {}): Promise<LogDatabase> {
  const db = await openDB<LogDB>(dbFileName(name, options.prefix), LOG_DB_VERSION, {
    async upgrade(raw, oldVersion, newVersion, tx) {
      try {
        for (let v = oldVersion; v < (newVersion ?? LOG_DB_VERSION); v++) await UPGRADES[v]!(raw, tx as UpgradeTx);
      } catch (error) {
        // A failed step must leave the old version as it was: abort the whole versionchange transaction.
        console.error('practice log upgrade failed', error);
        tx.abort();
      }
    },
    blocking() {
      db.close();
      options.onVersionChange?.();
    },
  });
  return db;
}
