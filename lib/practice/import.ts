/**
 * Reading a `*.practice.json` file: everything is checked before anything is written — shape, format and version,
 * every entry against the action schema, hostile values, duplicates, and the checksum — and every failure names
 * what is wrong (which entry, which field) in words a learner or mentor can act on.
 * Pure (no database): lib/practice/service.ts writes the result in one transaction.
 */
import * as v from 'valibot';
import { canonicalJson, sha256Hex } from './canonical';
import { PRACTICE_FORMAT, PRACTICE_VERSION, type LearnerInfo } from './export';
import { PracticeActionSchema, type PracticeAction } from './schema';

/** Larger than any real log (100k entries ≈ 30 MB), smaller than what would exhaust a worker's memory. */
export const MAX_FILE_CHARS = 256 * 1024 * 1024;
export const MAX_ENTRIES = 1_000_000;
/** No field of an entry is legitimately longer (the reflection is at most 2,000 characters). */
const MAX_STRING = 10_000;
/** An entry is 3 levels deep (entry → metrics/site/skills → value). */
const MAX_DEPTH = 4;
const MAX_KEYS = 100;
/** Keys that mean prototype pollution when code later copies an object key by key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportPhase = 'reading' | 'validating' | 'checking';

export interface ParseOptions {
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** Entries validated between progress reports and yields to the event loop. Default 5000. */
  chunk?: number;
}

export type ParseResult =
  | { ok: true; learner: LearnerInfo; createdAt: string; entries: PracticeAction[] }
  | { ok: false; error: string };

const FileHeadSchema = v.strictObject({
  format: v.string(),
  version: v.unknown(),
  learner: v.strictObject({
    id: v.pipe(v.string(), v.minLength(1, 'the learner id is empty'), v.maxLength(100, 'the learner id is too long')),
    displayName: v.pipe(v.string(), v.maxLength(100, 'the display name is longer than 100 characters')),
  }),
  createdAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('createdAt is not an ISO date and time')),
  entries: v.array(v.unknown(), 'entries is not a list'),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'checksum is not a SHA-256 hex digest')),
});

const fail = (error: string): ParseResult => ({ ok: false, error });

function pathOf(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? '';
}

/**
 * Looks for what the schema would not report clearly, or at all: prototype-pollution keys (valibot's record
 * silently skips them), huge strings, deep nesting, and objects with very many keys. Iterative, so deep nesting
 * cannot overflow the stack. Returns "field <path>: <problem>" or null.
 */
export function hostileValue(value: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    const here = item.path || '(the entry)';
    if (typeof item.value === 'string') {
      if (item.value.length > MAX_STRING) return `field ${here}: a text of ${item.value.length} characters is far longer than any field allows`;
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_DEPTH) return `field ${here}: nested deeper than any entry is`;
    const keys = Object.keys(item.value);
    if (keys.length > MAX_KEYS) return `field ${here}: ${keys.length} members, more than any entry has`;
    const isArray = Array.isArray(item.value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `field ${item.path ? `${item.path}.` : ''}${key}: this name is not allowed (it could tamper with the program)`;
      const path = isArray ? `${item.path}[${key}]` : item.path ? `${item.path}.${key}` : key;
      stack.push({ value: (item.value as Record<string, unknown>)[key], path, depth: item.depth + 1 });
    }
  }
  return null;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parsePracticeFile(text: string, options: ParseOptions = {}): Promise<ParseResult> {
  const progress = options.onProgress ?? (() => {});
  const chunk = Math.max(1, options.chunk ?? 5000);
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_FILE_CHARS) return fail(`The file is too large to be a practice log (${Math.round(text.length / 1048576)} MB).`);
  progress('reading', 0, 1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const trimmed = text.trimEnd();
    const cut = !trimmed.endsWith('}');
    return fail(
      cut
        ? 'The file is incomplete: it ends before the practice log does (it may have been cut short while downloading or copying). Export it again.'
        : `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  progress('reading', 1, 1);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('This is not a Social Web Tutor practice file: it does not hold a practice log.');
  const top = data as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (FORBIDDEN_KEYS.has(key)) return fail(`The file has a field named "${key}", which is not allowed.`);
  }
  if (top.format !== PRACTICE_FORMAT) {
    return fail(
      typeof top.format === 'string' && top.format.length < 100
        ? `This is not a practice log: its format is "${top.format}", not "${PRACTICE_FORMAT}".`
        : 'This is not a Social Web Tutor practice file (it has no "format": "social-web-tutor.practice").',
    );
  }
  if (top.version !== PRACTICE_VERSION) {
    return fail(
      typeof top.version === 'number' && top.version > PRACTICE_VERSION
        ? `This practice file is version ${top.version}, newer than this extension reads (version ${PRACTICE_VERSION}). Update the extension and try again.`
        : `This practice file has version ${JSON.stringify(top.version)?.slice(0, 20)}; this extension reads version ${PRACTICE_VERSION}.`,
    );
  }
  const head = v.safeParse(FileHeadSchema, top, { abortEarly: true });
  if (!head.success) {
    const issue = head.issues[0];
    return fail(`The file's ${pathOf(issue) || 'header'} is wrong: ${issue.message}.`);
  }
  const raw = head.output.entries;
  if (raw.length > MAX_ENTRIES) return fail(`The file has ${raw.length} entries, more than a practice log can hold (${MAX_ENTRIES}).`);
  const entries: PracticeAction[] = new Array(raw.length);
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  progress('validating', 0, raw.length);
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const hostile = hostileValue(entry);
    if (hostile) return fail(`Entry ${i + 1}, ${hostile}.`);
    const result = v.safeParse(PracticeActionSchema, entry, { abortEarly: true });
    if (!result.success) {
      const issue = result.issues[0];
      const path = pathOf(issue);
      return fail(`Entry ${i + 1}, ${path ? `field ${path}` : 'the entry'}: ${issue.message}.`);
    }
    const a = result.output;
    const seenId = ids.get(a.id);
    if (seenId !== undefined) return fail(`Entry ${i + 1}, field id: the same id as entry ${seenId + 1}.`);
    ids.set(a.id, i);
    const lk = `${a.learner}\u0000${a.key}`;
    const seenKey = keys.get(lk);
    if (seenKey !== undefined) return fail(`Entry ${i + 1}, field key: the same key as entry ${seenKey + 1}.`);
    keys.set(lk, i);
    if (a.learner !== head.output.learner.id) return fail(`Entry ${i + 1}, field learner: it is not the file's learner (${head.output.learner.id}).`);
    entries[i] = a;
    if ((i + 1) % chunk === 0) {
      progress('validating', i + 1, raw.length);
      await tick();
    }
  }
  progress('validating', raw.length, raw.length);
  progress('checking', 0, 1);
  // Hash what will be stored (the validated entries), so nothing the validator might normalise can slip past the
  // checksum: for an honest file they are the same JSON as what it holds.
  const checksum = await sha256Hex(canonicalJson(entries));
  if (checksum !== head.output.checksum) {
    return fail("The file's entries have been changed since it was exported (its checksum does not match). Ask for a fresh export.");
  }
  progress('checking', 1, 1);
  return { ok: true, learner: head.output.learner, createdAt: head.output.createdAt, entries };
}
