/**
 * Sharing the log: one `*.practice.json` file (what a mentor imports, and the learner's backup), a CSV for
 * spreadsheets, and xAPI statements for a learning record store. Pure: entries in, text out.
 */
import { canonicalJson, sha256Hex, sha256HexOfBytes } from './canonical';
import { dayOf } from './db';
import type { PracticeAction } from './schema';

export const PRACTICE_FORMAT = 'social-web-tutor.practice';
export const PRACTICE_VERSION = 1;

export interface LearnerInfo {
  id: string;
  displayName: string;
}

/** The file as JSON.parse gives it back. */
export interface PracticeFile {
  format: typeof PRACTICE_FORMAT;
  version: typeof PRACTICE_VERSION;
  learner: LearnerInfo;
  /** ISO 8601. */
  createdAt: string;
  entries: PracticeAction[];
  /** Hex SHA-256 of the canonical JSON of `entries`. */
  checksum: string;
}

/** Checksum of entries as the file format defines it. */
export function entriesChecksum(entries: readonly unknown[]): Promise<string> {
  return sha256Hex(canonicalJson(entries));
}

/** Everything before the entries' JSON: `{"format":…,"createdAt":…,"entries":`. */
function fileHead(learner: LearnerInfo, createdAt: Date): string {
  const head = JSON.stringify({
    format: PRACTICE_FORMAT,
    version: PRACTICE_VERSION,
    learner: { id: learner.id, displayName: learner.displayName },
    createdAt: createdAt.toISOString(),
  });
  return `${head.slice(0, -1)},"entries":`;
}

const fileTail = (checksum: string) => `,"checksum":${JSON.stringify(checksum)}}`;

/**
 * The file's text. `entries` are written in their canonical form, so the text that is hashed is the text that is
 * saved (one serialisation, not two).
 */
export async function buildPracticeFile(entries: readonly PracticeAction[], learner: LearnerInfo, createdAt = new Date()): Promise<string> {
  const canonical = canonicalJson(entries);
  return fileHead(learner, createdAt) + canonical + fileTail(await sha256Hex(canonical));
}

export interface FileBlobOptions {
  /**
   * The entries were read from a log database, which stores every entry in canonical key order (store.ts writes
   * them so; db.ts v3 rewrote older ones): one plain JSON.stringify is then their canonical JSON, with no walk over
   * 100k entries to check key order. Default false (entries from anywhere else are canonicalised).
   */
  stored?: boolean;
}

/**
 * The same file as a Blob, the way exports build it: the entries' JSON is encoded to UTF-8 once, and those exact
 * bytes are both hashed and put in the file, between a small head and tail. No string of the whole file is ever
 * assembled (a 100k-entry log is ~35 MB: joining it and encoding it again cost as much as reading the log).
 */
export async function buildPracticeBlob(entries: readonly PracticeAction[], learner: LearnerInfo, createdAt = new Date(), options: FileBlobOptions = {}): Promise<Blob> {
  const bytes = new TextEncoder().encode(options.stored ? JSON.stringify(entries) : canonicalJson(entries));
  const checksum = sha256HexOfBytes(bytes);
  // Made while the digest runs; a Blob made of Blobs refers to them rather than copying.
  const body = new Blob([bytes]);
  return new Blob([fileHead(learner, createdAt), body, fileTail(await checksum)], { type: 'application/json' });
}

/** e.g. "sam-jones-2026-11-30.practice.json": the display name made safe for a file name. */
export function exportFilename(displayName: string, createdAt: Date, extension: string): string {
  const slug =
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'practice-log';
  return `${slug}-${dayOf(createdAt.getTime())}.${extension}`;
}

// ---------------------------------------------------------------------------------------------------- CSV

/**
 * A spreadsheet would run a cell that starts with = + - @ (or a tab / carriage return) as a formula
 * (OWASP "CSV Injection"): such text cells get a leading apostrophe, which spreadsheets show as text.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return csvText(value);
}

/**
 * One row per entry, one column per metric (`metric:<name>`), UTF-8 with a byte-order mark and CRLF line ends,
 * so Excel, LibreOffice and Google Sheets open it the same way.
 */
export function toCsv(entries: readonly PracticeAction[]): string {
  const metricNames = [...new Set(entries.flatMap((e) => Object.keys(e.metrics)))].sort();
  const header = ['id', 'time_utc', 'local_date', 'learner', 'site_kind', 'site_host', 'site_path', 'context', 'type', 'skills', 'ref', 'reflection', ...metricNames.map((m) => `metric:${m}`)];
  const lines = [header.map(csvText).join(',')];
  for (const e of entries) {
    const row: (string | number | boolean | undefined)[] = [
      e.id,
      new Date(e.time).toISOString(),
      dayOf(e.time),
      e.learner,
      e.site.kind,
      e.site.host,
      e.site.path,
      e.context,
      e.type,
      e.skills.join(' '),
      e.ref,
      e.reflection,
      ...metricNames.map((m) => (Object.hasOwn(e.metrics, m) ? e.metrics[m] : undefined)),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------- xAPI

/**
 * A stable IRI for our activities and extensions. Not the extension's own URL: Firefox gives every install a
 * different moz-extension:// UUID, and xAPI validators refuse IRIs whose scheme has a hyphen.
 * `.example` is reserved (RFC 2606), so the IRI can never point at someone else's site.
 */
export const XAPI_BASE = 'https://socialwebtutor.example/';

const ADL = 'http://adlnet.gov/expapi/verbs/';
export const XAPI_VERBS = {
  shared: { id: `${ADL}shared`, display: { 'en-GB': 'shared' } },
  commented: { id: `${ADL}commented`, display: { 'en-GB': 'commented' } },
  responded: { id: `${ADL}responded`, display: { 'en-GB': 'responded' } },
  completed: { id: `${ADL}completed`, display: { 'en-GB': 'completed' } },
  experienced: { id: `${ADL}experienced`, display: { 'en-GB': 'experienced' } },
  interacted: { id: `${ADL}interacted`, display: { 'en-GB': 'interacted' } },
} as const;

/** ADL verbs where they fit: publishing is sharing, replies are comments/responses, lesson steps are completed. */
export function verbFor(type: string): (typeof XAPI_VERBS)[keyof typeof XAPI_VERBS] {
  switch (type) {
    case 'post.published':
    case 'social.posted':
      return XAPI_VERBS.shared;
    case 'comment.replied':
      return XAPI_VERBS.commented;
    case 'social.replied':
      return XAPI_VERBS.responded;
    case 'lesson.step-completed':
    case 'lesson.completed':
      return XAPI_VERBS.completed;
    case 'tip.shown':
      return XAPI_VERBS.experienced;
    default:
      return XAPI_VERBS.interacted;
  }
}

/** The activity an entry is about: a tip or lesson step by its ref, otherwise the kind of practice. */
export function activityId(e: PracticeAction): string {
  if (e.type.startsWith('tip.') && e.ref) return `${XAPI_BASE}xapi/tips/${encodeURIComponent(e.ref)}`;
  if (e.type.startsWith('lesson.') && e.ref) return `${XAPI_BASE}xapi/lessons/${encodeURIComponent(e.ref)}`;
  return `${XAPI_BASE}xapi/practice/${encodeURIComponent(e.type)}`;
}

export interface XapiStatement {
  id: string;
  timestamp: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string } };
  result?: { response?: string; extensions?: Record<string, number | boolean> };
  context: { platform: string; language: string; extensions: Record<string, unknown> };
}

export function toXapi(entries: readonly PracticeAction[], learner: LearnerInfo): XapiStatement[] {
  return entries.map((e) => {
    const extensions: Record<string, number | boolean> = {};
    for (const [k, v] of Object.entries(e.metrics)) extensions[`${XAPI_BASE}xapi/metrics/${k}`] = v;
    const result: XapiStatement['result'] = {};
    if (Object.keys(extensions).length) result.extensions = extensions;
    // The reflection is the learner's own words, typed in our UI: it answers "what did you learn?".
    if (e.reflection) result.response = e.reflection;
    const statement: XapiStatement = {
      id: e.id,
      timestamp: new Date(e.time).toISOString(),
      actor: {
        objectType: 'Agent',
        ...(learner.displayName ? { name: learner.displayName } : {}),
        account: { homePage: XAPI_BASE, name: e.learner },
      },
      verb: verbFor(e.type),
      object: {
        objectType: 'Activity',
        id: activityId(e),
        definition: {
          name: { 'en-GB': e.ref ? `${e.type} ${e.ref}` : e.type },
          type: e.type.startsWith('lesson.') ? 'http://adlnet.gov/expapi/activities/lesson' : 'http://adlnet.gov/expapi/activities/interaction',
        },
      },
      context: {
        platform: 'Social Web Tutor',
        language: 'en-GB',
        extensions: {
          [`${XAPI_BASE}xapi/context/site`]: { kind: e.site.kind, host: e.site.host, ...(e.site.path ? { path: e.site.path } : {}) },
          [`${XAPI_BASE}xapi/context/screen`]: e.context,
          [`${XAPI_BASE}xapi/context/skills`]: e.skills,
        },
      },
    };
    if (Object.keys(result).length) statement.result = result;
    return statement;
  });
}
