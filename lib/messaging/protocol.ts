/**
 * Every message between content scripts, extension pages and the background, in one typed map.
 * `from` says who may send it: the background's handler table refuses anything else.
 * Only type imports here: this file depends on nothing of ours at run time.
 */
import type { LogFilter, LogPage, LogStats, MentorLearner, PersistenceState } from '../practice/model';
import type { NewPracticeAction, PracticeAction } from '../practice/schema';
import type { TipPack } from '../tips/types';
import type { Message } from '../i18n/format';

export type Sender = 'content' | 'page';

/**
 * Which of the learner's logs a message addresses: their own practice log (the default) or the workshop
 * sandbox's separate log (reset with `log.deleteAll {db: 'workshop'}`). Actions with site.kind 'sandbox' always go
 * to the workshop log, whatever `db` says. Mentor data has its own `mentor.*` messages.
 */
export type LogName = 'practice' | 'workshop';

export type { LogFilter, LogPage, LogStats, MentorLearner, PersistenceState } from '../practice/model';

/**
 * Sent by the background (runtime.sendMessage, fire-and-forget) while a large import runs, to the extension pages;
 * `id` is the `progressId` the page put in its request.
 */
export interface ProgressEvent {
  sw: 1;
  event: 'progress';
  id: string;
  phase: 'reading' | 'validating' | 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}

export function isProgressEvent(x: unknown): x is ProgressEvent {
  return typeof x === 'object' && x !== null && (x as ProgressEvent).sw === 1 && (x as ProgressEvent).event === 'progress';
}

export interface ImportResult {
  ok: boolean;
  added: number;
  skipped: number;
  /** Plain message naming what is wrong (entry index, field path). */
  error?: string;
  /** Whose log the file held (mentor imports). */
  learner?: { id: string; displayName: string };
  /** Entries already there whose reflection the file updated (counted in skipped too). */
  updated?: number;
}

/** A file produced for download by the page (the background has no DOM to save files). */
export interface ExportedFile {
  filename: string;
  mime: string;
  /** The file's text; empty when it was handed over through the transfer cache (`cacheKey`). */
  text: string;
  /** With `via: 'cache'`: where the file waits in the hand-over database (lib/messaging/transfer.ts reads and removes it). */
  cacheKey?: string;
  /** With `via: 'post'`: the Blob was posted to the asking page's `navigator.serviceWorker`, tagged with its nonce. */
  posted?: boolean;
}

/** The protocol: message name → request payload, response value, allowed senders. */
export interface Protocol {
  /** A practice action to commit. Acknowledged only once it is committed (stored=false: a duplicate key). */
  'log.record': { req: { action: NewPracticeAction; db?: LogName }; res: { stored: boolean; id: string }; from: 'content' | 'page' };
  /** Several actions in one transaction (the outbox flushing a backlog); results in the same order. */
  'log.recordBatch': {
    req: { actions: NewPracticeAction[]; db?: LogName };
    res: { results: { stored: boolean; id: string }[] };
    from: 'content' | 'page';
  };
  'log.query': {
    req: { filter: LogFilter; db?: LogName } & LogPage;
    res: { entries: PracticeAction[]; total: number };
    from: 'page';
  };
  'log.stats': { req: { filter?: LogFilter; db?: LogName }; res: LogStats; from: 'page' };
  /** skill → local day (YYYY-MM-DD) → count. */
  'log.perSkillPerDay': { req: { filter?: LogFilter; db?: LogName }; res: Record<string, Record<string, number>>; from: 'page' };
  /** Local day (YYYY-MM-DD) → number of actions: the dashboard's activity calendar (handled in lib/dashboard/handlers). */
  'log.perDay': { req: { filter?: LogFilter; db?: LogName }; res: Record<string, number>; from: 'page' };
  /**
   * The dashboard's timeline: `log.query`'s answer, but any offset is found through the day rows (O(days)), so a
   * virtualised list can jump anywhere in 100k entries (handled in lib/messaging/handlers/dashboard.ts).
   */
  'log.timeline': {
    req: { filter: LogFilter; db?: LogName } & LogPage;
    res: { entries: PracticeAction[]; total: number };
    from: 'page';
  };
  'log.topRefsCached': { req: { type: string; filter?: LogFilter; limit?: number; db?: LogName }; res: { ref: string; count: number }[]; from: 'page' };
  /** How often each ref (tip id, lesson step) occurs for one action type, most first: "tips dismissed most". */
  'log.topRefs': { req: { type: string; filter?: LogFilter; limit?: number; db?: LogName }; res: { ref: string; count: number }[]; from: 'page' };
  'log.reflect': { req: { id: string; reflection: string; db?: LogName }; res: { ok: true }; from: 'page' };
  /**
   * `via: 'cache'` hands a large file over as a Blob through a hand-over database instead of the message (a 35 MB message costs
   * seconds of JSON copying and Chromium caps messages at 64 MiB); `via: 'post'` (with a `nonce`) posts the Blob
   * straight to the page from a service worker, falling back to the cache elsewhere: use exportFile() in
   * lib/messaging/transfer.ts.
   */
  'log.export': { req: { format: 'json' | 'csv' | 'xapi'; filter?: LogFilter; db?: LogName; via?: 'message' | 'cache' | 'post'; nonce?: string }; res: ExportedFile; from: 'page' };
  /**
   * A learner restoring their own `*.practice.json`. Validated whole, then written all-or-nothing. The file comes as
   * `text`, or (large files) as `cacheKey` put by importFile() in lib/messaging/transfer.ts.
   */
  'log.import': { req: { text?: string; cacheKey?: string; progressId?: string }; res: ImportResult; from: 'page' };
  'log.deleteAll': { req: { db?: LogName }; res: { ok: true }; from: 'page' };
  /** Whether the browser keeps the log from eviction, as last asked or checked (lib/practice/persistence.ts). */
  'log.persistence': { req: Record<string, never>; res: PersistenceState; from: 'page' };
  /** An extension page asked `navigator.storage.persist()` (which MV3 service workers lack) or re-checked: its answer. */
  'log.persistenceRecord': { req: { granted: boolean | null; asked: boolean }; res: PersistenceState; from: 'page' };
  /** Mentor side: imported learners live in a separate "mentor" database, never in the mentor's own log. */
  'mentor.import': { req: { text?: string; cacheKey?: string; progressId?: string }; res: ImportResult; from: 'page' };
  'mentor.learners': { req: Record<string, never>; res: MentorLearner[]; from: 'page' };
  'mentor.query': {
    req: { learner: string; filter: LogFilter } & LogPage;
    res: { entries: PracticeAction[]; total: number };
    from: 'page';
  };
  'mentor.stats': { req: { learner: string; filter?: LogFilter }; res: LogStats; from: 'page' };
  'mentor.perSkillPerDay': { req: { learner: string; filter?: LogFilter }; res: Record<string, Record<string, number>>; from: 'page' };
  'mentor.perDay': { req: { learner: string; filter?: LogFilter }; res: Record<string, number>; from: 'page' };
  'mentor.timeline': {
    req: { learner: string; filter: LogFilter } & LogPage;
    res: { entries: PracticeAction[]; total: number };
    from: 'page';
  };
  /** `log.topRefs`' answer, kept in the worker while the log is unchanged, so each filter change is counted in memory. */
  'mentor.topRefsCached': { req: { learner: string; type: string; filter?: LogFilter; limit?: number }; res: { ref: string; count: number }[]; from: 'page' };
  'mentor.topRefs': { req: { learner: string; type: string; filter?: LogFilter; limit?: number }; res: { ref: string; count: number }[]; from: 'page' };
  'mentor.remove': { req: { learner: string }; res: { ok: true }; from: 'page' };
  /** Per-skill practice counts, for mastery (tip.* events do not count as practice): the content script asks for the skills its rules use. */
  'mastery.counts': { req: { skills: string[]; db?: LogName }; res: Record<string, number>; from: 'content' | 'page' };
  /**
   * What a page's tutor needs to speak (the background is the pack registry): the tip packs in effect for the
   * learner's locale (built-in unless turned off, plus the trainer's imported ones, validated) and the overlay's
   * UI strings (`overlay.*`, `check.*`, `context.*`) in that locale. Content scripts then ship no packs or catalogues.
   */
  'tips.assets': { req: { locale: string }; res: TutorAssets; from: 'content' | 'page' };
  /**
   * A content script asks for more of itself in its own frame, answered once the script has run there (the
   * background picks the file; the page names nothing): `overlay` — there is something to show for the first time,
   * so the overlay's drawing code (/overlay.js) comes, and hands itself over in the isolated world
   * (lib/overlay/registry); `site-mastodon` — the runtime-registered site script found a Mastodon server, whose
   * tutor is its own script (content-scripts/site-mastodon.js), so WordPress pages never carry Mastodon's code.
   */
  'tutor.inject': { req: { script: TutorScript }; res: { ok: true }; from: 'content' };
  /** What the content script recognised on its tab, so the popup can say it. */
  'site.recognised': { req: { site: string; context: string | null }; res: { ok: true }; from: 'content' };
  'site.status': {
    req: { tabId: number; url: string };
    res: { running: boolean; site: string | null; context: string | null; granted: boolean; fixed: boolean };
    from: 'page';
  };
  /**
   * Register (or unregister) the content script for a runtime-granted site: `origin` is an origin
   * (`https://blog.example.gov.uk`) or, for a wider grant, a match pattern. The page asks the permission first
   * (a user gesture); with `tabId`, enable also starts the script in that tab at once. Disable also withdraws the
   * permission. Failures come back as `{ok: false, error}` replies with a message to show (lib/site-access).
   */
  'site.enable': { req: { origin: string; tabId?: number }; res: { ok: boolean; error?: string }; from: 'page' };
  'site.disable': { req: { origin: string }; res: { ok: boolean; error?: string }; from: 'page' };
}

/** See 'tutor.inject'. */
export type TutorScript = 'overlay' | 'site-mastodon';

/** See 'tips.assets'. */
export interface TutorAssets {
  locale: string;
  packs: TipPack[];
  strings: Record<string, Message>;
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['req'];
export type ResponseOf<K extends MessageName> = Protocol[K]['res'];

export interface Envelope<K extends MessageName = MessageName> {
  /** Marks our messages among any others on the runtime channel. */
  sw: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<K extends MessageName = MessageName> =
  | { ok: true; value: ResponseOf<K> }
  | { ok: false; error: string; code?: 'forbidden' | 'invalid' | 'quota' | 'unknown' | 'failed' };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as Envelope).sw === 1 && typeof (x as Envelope).type === 'string';
}
