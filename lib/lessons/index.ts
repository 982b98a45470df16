/**
 * The built-in lessons. They are JSON, in exactly the format a trainer's own lesson file uses, and pass the same
 * validator (tests/unit/lessons keeps them honest). Each has an English file and may have a translation in
 * builtin/<locale>/ with the same id, steps and completions and its own words; a learner gets their language's
 * version of each lesson, or the English one where there is no translation.
 */
import yourFirstPost from './builtin/your-first-post.json';
import describeAnImage from './builtin/describe-an-image.json';
import replyToAComment from './builtin/reply-to-a-comment.json';
import consultationPost from './builtin/consultation-post.json';
import yourFirstPostCy from './builtin/cy/your-first-post.json';
import describeAnImageCy from './builtin/cy/describe-an-image.json';
import replyToACommentCy from './builtin/cy/reply-to-a-comment.json';
import consultationPostCy from './builtin/cy/consultation-post.json';
import { parseLesson, type Lesson } from './schema';

export * from './schema';
export * from './progress';
export * from './session';
export * from './workshop-log';

/** The raw data (English), for tests and for trainers who want an example to copy. */
export const BUILTIN_LESSON_DATA: readonly unknown[] = [yourFirstPost, describeAnImage, replyToAComment, consultationPost];

/** Translations of the built-in lessons by locale (raw data, each a complete lesson file). */
export const BUILTIN_LESSON_TRANSLATIONS: Readonly<Record<string, readonly unknown[]>> = {
  cy: [yourFirstPostCy, describeAnImageCy, replyToACommentCy, consultationPostCy],
};

const cache = new Map<string, Lesson[]>();

function validated(data: readonly unknown[], label: string): Lesson[] {
  return data.map((raw, i) => {
    const r = parseLesson(raw);
    if (!r.ok) throw new Error(`built-in lesson ${label}#${i + 1} is invalid: ${r.errors.join('; ')}`);
    return r.lessons[0]!;
  });
}

/**
 * The built-in lessons in `locale` (default English), in the English order; a lesson without a translation comes
 * in English. Validated once per locale. A broken built-in is a bug: it throws with the field path.
 */
export function builtinLessons(locale = 'en'): Lesson[] {
  const lang = locale.split('-')[0]!;
  let lessons = cache.get(lang);
  if (lessons) return lessons;
  const english = validated(BUILTIN_LESSON_DATA, '');
  const translated = new Map(validated(BUILTIN_LESSON_TRANSLATIONS[lang] ?? [], `${lang}/`).map((l) => [l.id, l] as const));
  lessons = english.map((l) => translated.get(l.id) ?? l);
  cache.set(lang, lessons);
  return lessons;
}
