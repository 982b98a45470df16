/**
 * The built-in lessons. They are JSON, in exactly the format a trainer's own lesson file uses, and pass the same
 * validator (tests/unit/lessons keeps them honest).
 */
import yourFirstPost from './builtin/your-first-post.json';
import describeAnImage from './builtin/describe-an-image.json';
import replyToAComment from './builtin/reply-to-a-comment.json';
import consultationPost from './builtin/consultation-post.json';
import { parseLesson, type Lesson } from './schema';

export * from './schema';
export * from './progress';
export * from './session';
export * from './workshop-log';

/** The raw data, for tests and for trainers who want an example to copy. */
export const BUILTIN_LESSON_DATA: readonly unknown[] = [yourFirstPost, describeAnImage, replyToAComment, consultationPost];

let cache: Lesson[] | null = null;

/** The built-in lessons, validated once. A broken built-in is a bug: it throws with the field path. */
export function builtinLessons(): Lesson[] {
  if (cache) return cache;
  cache = BUILTIN_LESSON_DATA.map((data, i) => {
    const r = parseLesson(data);
    if (!r.ok) throw new Error(`built-in lesson #${i + 1} is invalid: ${r.errors.join('; ')}`);
    return r.lessons[0]!;
  });
  return cache;
}
