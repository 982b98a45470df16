/**
 * The feedback file a mentor sends back to a learner (`*.feedback.json`): comments on entries of the learner's log
 * (by entry id) and an overall note. It holds the mentor's words and entry ids, never the learner's log itself.
 *
 * Reading one is as careful as reading a practice log: it comes from a file picker, so every field is validated and
 * every failure names what is wrong, in words a learner can act on.
 */
import * as v from 'valibot';
import { canonicalJson, sha256Hex } from './canonical';

export const FEEDBACK_FORMAT = 'social-web-tutor.feedback';
export const FEEDBACK_VERSION = 1;
/** A feedback file is small; anything larger is not one (and is not worth parsing). */
export const MAX_FEEDBACK_BYTES = 5 * 1024 * 1024;
export const MAX_COMMENTS = 10_000;
export const MAX_COMMENT_CHARS = 2_000;
export const MAX_NOTE_CHARS = 8_000;

const Name = v.pipe(v.string(), v.maxLength(100, 'a name is at most 100 characters'));

export const FeedbackCommentSchema = v.strictObject({
  /** Id (UUID) of the practice entry the comment is about. */
  entryId: v.pipe(v.string(), v.uuid('an entry id must be a UUID')),
  text: v.pipe(
    v.string(),
    // A check, not a transform: the checksum must cover exactly what the file holds.
    v.check((t) => t.trim().length > 0, 'a comment cannot be empty'),
    v.maxLength(MAX_COMMENT_CHARS, `a comment is at most ${MAX_COMMENT_CHARS} characters`),
  ),
  /** When the mentor wrote it (epoch ms). */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type FeedbackComment = v.InferOutput<typeof FeedbackCommentSchema>;

/** The part of the file the checksum covers. */
export const FeedbackBodySchema = v.strictObject({
  mentor: v.strictObject({ name: Name }),
  learner: v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), name: Name }),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS, `the overall note is at most ${MAX_NOTE_CHARS} characters`)),
  comments: v.pipe(v.array(FeedbackCommentSchema), v.maxLength(MAX_COMMENTS, `at most ${MAX_COMMENTS} comments`)),
});
export type FeedbackBody = v.InferOutput<typeof FeedbackBodySchema>;

export const FeedbackFileSchema = v.strictObject({
  format: v.literal(FEEDBACK_FORMAT),
  version: v.literal(FEEDBACK_VERSION),
  /** ISO 8601 time of export. */
  createdAt: v.pipe(v.string(), v.isoTimestamp('createdAt must be an ISO date and time')),
  ...FeedbackBodySchema.entries,
  /** `sha256:` + hex SHA-256 of the canonical JSON of {mentor, learner, note, comments}. */
  checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'checksum must be "sha256:" and 64 hex digits')),
});
export type FeedbackFile = v.InferOutput<typeof FeedbackFileSchema>;

function bodyOf(f: FeedbackBody): FeedbackBody {
  return { mentor: f.mentor, learner: f.learner, note: f.note, comments: f.comments };
}

export async function feedbackChecksum(body: FeedbackBody): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(bodyOf(body)))}`;
}

/** Builds the file (comments sorted by entry then time, so the same feedback always gives the same bytes). */
export async function buildFeedbackFile(body: FeedbackBody, now = new Date()): Promise<FeedbackFile> {
  const comments = [...body.comments]
    .map((c) => ({ entryId: c.entryId, text: c.text.trim(), at: c.at }))
    .filter((c) => c.text.length > 0)
    .sort((a, b) => a.entryId.localeCompare(b.entryId) || a.at - b.at);
  const parsed = v.safeParse(FeedbackBodySchema, { ...bodyOf(body), note: body.note.trim(), comments });
  if (!parsed.success) throw new Error(describeIssues(parsed.issues));
  return {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    createdAt: now.toISOString(),
    ...parsed.output,
    checksum: await feedbackChecksum(parsed.output),
  };
}

export function serializeFeedback(file: FeedbackFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `feedback-for-<learner>-<yyyy-mm-dd>.feedback.json`, safe on every file system. */
export function feedbackFilename(file: Pick<FeedbackFile, 'learner' | 'createdAt'>): string {
  const who = file.learner.name.normalize('NFKD').replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'learner';
  return `feedback-for-${who.slice(0, 40)}-${file.createdAt.slice(0, 10)}.feedback.json`;
}

export type ParseResult = { ok: true; file: FeedbackFile } | { ok: false; error: string };

/** `comments[3].text: a comment cannot be empty` — the first problem, said so a person can find it. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'The file is not valid.';
  const path = (first.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${path ? `${path}: ` : ''}${first.message}${more}`;
}

/**
 * Validates a feedback file's text. Never throws: every failure is a message saying what is wrong.
 * @param byteLength size of the file, when known before reading it (refuses huge files early).
 */
export async function parseFeedbackFile(text: string, byteLength = text.length): Promise<ParseResult> {
  if (byteLength > MAX_FEEDBACK_BYTES) {
    return { ok: false, error: `This file is too large to be a feedback file (${(byteLength / 1048576).toFixed(1)} MB; at most 5 MB).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `This file is not readable JSON, so it may be cut short or damaged (${(e as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'This is not a feedback file: it does not hold a JSON object.' };
  }
  const head = data as { format?: unknown; version?: unknown };
  if (typeof head.format === 'string' && head.format.includes('practice')) {
    return { ok: false, error: 'This is a practice log, not a feedback file. Mentors import practice logs in the Mentor view.' };
  }
  if (head.format !== FEEDBACK_FORMAT) {
    return { ok: false, error: 'This is not a Social Web Tutor feedback file (its "format" field is missing or different).' };
  }
  if (typeof head.version === 'number' && head.version > FEEDBACK_VERSION) {
    return { ok: false, error: `This feedback file was made by a newer version of Social Web Tutor (format version ${head.version}). Update the extension, then import it again.` };
  }
  const parsed = v.safeParse(FeedbackFileSchema, data);
  if (!parsed.success) return { ok: false, error: `This feedback file is not valid: ${describeIssues(parsed.issues)}.` };
  const expected = await feedbackChecksum(parsed.output);
  if (expected !== parsed.output.checksum) {
    return { ok: false, error: 'This feedback file was changed after the mentor exported it (its checksum does not match). Ask your mentor to export it again.' };
  }
  return { ok: true, file: parsed.output };
}
