/**
 * A file a trainer loads for the session: a tip pack or a lesson file, told apart by its `format`, validated by
 * the same validator as the built-ins. Every error names the field path; nothing is kept from a file that fails.
 */
import { PACK_FORMAT, parsePackFile, type PackProblem } from '../tips/packs/schema';
import type { TipPack } from '../tips/types';
import { LESSON_FORMAT, LESSON_SET_FORMAT, parseLessonFile, type Lesson } from './schema';

export type SessionFile = { ok: true; kind: 'tip-pack'; pack: TipPack; warnings: string[] } | { ok: true; kind: 'lessons'; lessons: Lesson[] } | {
      ok: false;
      /** In English. */
      errors: string[];
      /** A tip pack's problems as message keys, to show in the learner's language (lib/tips/packs/messages). */
      problems?: PackProblem[];
    };

export const SESSION_FILE_MAX_BYTES = 1_000_000;

export function parseSessionFile(text: string): SessionFile {
  if (text.length > SESSION_FILE_MAX_BYTES) return { ok: false, errors: ['(the file): is larger than 1 MB; tip packs and lesson files are small JSON files'] };
  let format: unknown;
  try {
    const data: unknown = JSON.parse(text);
    format = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
  } catch (e) {
    return { ok: false, errors: [`(the file): is not valid JSON (${(e as Error).message})`] };
  }
  if (format === PACK_FORMAT) {
    const r = parsePackFile(text);
    return r.ok ? { ok: true, kind: 'tip-pack', pack: r.pack, warnings: r.warnings } : r;
  }
  if (format === LESSON_FORMAT || format === LESSON_SET_FORMAT) {
    const r = parseLessonFile(text);
    return r.ok ? { ok: true, kind: 'lessons', lessons: r.lessons } : r;
  }
  return {
    ok: false,
    errors: [`format: must be "${PACK_FORMAT}" (a tip pack), "${LESSON_FORMAT}" or "${LESSON_SET_FORMAT}" (lessons)`],
  };
}
