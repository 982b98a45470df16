/**
 * Lessons are data, like tip packs: a trainer can write one as JSON and load it for a session, and the built-in
 * lessons pass the same validator. A step completes itself when the sandbox detects an action (type, and optionally
 * the skill it practised, the tip it refers to, or predicates on its metrics), so a lesson never asks the learner to
 * tick a box.
 */
import * as v from 'valibot';
import { ACTION_TYPES } from '../practice/schema';
import { ELEMENT_NAMES } from '../sites/types';

export const LESSON_FORMAT = 'social-web-tutor.lesson';
export const LESSON_SET_FORMAT = 'social-web-tutor.lesson-set';

/** The sandbox's screens; a lesson (or one of its steps) says which one it happens on. */
export const SANDBOX_CONTEXTS = ['sandbox.post-editor', 'sandbox.social-composer', 'sandbox.comments'] as const;
export type SandboxContext = (typeof SANDBOX_CONTEXTS)[number];

/**
 * Words on a projector must be few: a step's instruction is at most 50 words (a tip's body is at most 40; a step
 * may add what to do to why). Counted the plain way, runs of non-space characters.
 */
export const MAX_INSTRUCTION_WORDS = 50;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const Id = v.pipe(v.string('an id is a string'), v.regex(/^[a-z][a-z0-9-]{0,59}$/, 'an id is lower-case kebab-case, at most 60 characters'));
const SkillId = v.pipe(v.string('a skill id is a string'), v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'a skill id is lower-case kebab-case, at most 40 characters'));
const Title = v.pipe(v.string('a title is text'), v.trim(), v.minLength(1, 'a title cannot be empty'), v.maxLength(80, 'a title is at most 80 characters'));
const Text = (max: number) =>
  v.pipe(
    v.string('this is plain text'),
    v.trim(),
    v.minLength(1, 'this text cannot be empty'),
    v.check((s) => words(s) <= max, `at most ${max} words, so it reads on a projector`),
  );
const MetricName = v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9_.]{0,39}$/, 'a metric name is an identifier'));

/** A test on one metric of the detected action. Every bound given must hold. */
const MetricPredicateSchema = v.pipe(
  v.strictObject({
    eq: v.optional(v.union([v.pipe(v.number(), v.finite()), v.boolean()], 'eq is a number or true/false')),
    gte: v.optional(v.pipe(v.number('gte is a number'), v.finite())),
    lte: v.optional(v.pipe(v.number('lte is a number'), v.finite())),
  }),
  v.check((p) => p.eq !== undefined || p.gte !== undefined || p.lte !== undefined, 'a metric test needs eq, gte or lte'),
);
export type MetricPredicate = v.InferOutput<typeof MetricPredicateSchema>;

const AnchorName = v.picklist(ELEMENT_NAMES, `anchor is a named element, one of: ${ELEMENT_NAMES.join(', ')}`);

/** The anchors of a step, as a list. */
export function anchorsOfStep(step: { anchor?: string | readonly string[] }): string[] {
  return step.anchor === undefined ? [] : typeof step.anchor === 'string' ? [step.anchor] : [...step.anchor];
}

/** What completes a step: the action the sandbox detects. */
const CompletionSchema = v.strictObject({
  type: v.picklist(ACTION_TYPES, `type is a practice action type, one of: ${ACTION_TYPES.join(', ')}`),
  /** The action practised this skill (tip events carry their tip's skill), e.g. "alt-text". */
  skill: v.optional(SkillId),
  /** The action refers to this id (a tip id for tip events). */
  ref: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9./:-]{0,99}$/, 'a ref is an id'))),
  metrics: v.optional(
    v.pipe(
      v.record(MetricName, MetricPredicateSchema),
      v.check((m) => Object.keys(m).length <= 10, 'at most 10 metric tests'),
    ),
  ),
});
export type Completion = v.InferOutput<typeof CompletionSchema>;

export const StepSchema = v.strictObject({
  id: Id,
  title: Title,
  /** What to do and why, plain text (rendered as text only). */
  instruction: Text(MAX_INSTRUCTION_WORDS),
  /**
   * The element the step is about: presenter mode puts a spotlight on it. A list means "the first of these the
   * page has" (the alt-text button exists only once an image is attached; until then, the compose box).
   */
  anchor: v.optional(
    v.union(
      [AnchorName, v.pipe(v.array(AnchorName), v.minLength(1, 'an anchor list names at least one element'), v.maxLength(4, 'at most 4 anchors'))],
      `anchor is a named element (or a list of them), one of: ${ELEMENT_NAMES.join(', ')}`,
    ),
  ),
  /** Another sandbox screen for this step (default: the lesson's). */
  context: v.optional(v.picklist(SANDBOX_CONTEXTS, `context is one of: ${SANDBOX_CONTEXTS.join(', ')}`)),
  done: CompletionSchema,
  /** Shown when the right kind of action happened but a metric test failed ("published, but an image has no alt"). */
  hint: v.optional(Text(MAX_INSTRUCTION_WORDS)),
});
export type LessonStep = v.InferOutput<typeof StepSchema>;

export const LessonSchema = v.pipe(
  v.strictObject({
    format: v.literal(LESSON_FORMAT, `format must be "${LESSON_FORMAT}"`),
    version: v.literal(1, 'version must be 1'),
    id: Id,
    title: Title,
    locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a locale is a language code such as en or cy')),
    /** One or two sentences shown before the first step. */
    intro: Text(60),
    /** The sandbox screen the lesson opens. */
    context: v.picklist(SANDBOX_CONTEXTS, `context is one of: ${SANDBOX_CONTEXTS.join(', ')}`),
    skills: v.pipe(v.array(SkillId), v.maxLength(10, 'at most 10 skills')),
    steps: v.pipe(v.array(StepSchema), v.minLength(1, 'a lesson has at least one step'), v.maxLength(12, 'at most 12 steps')),
    summary: v.strictObject({
      title: Title,
      points: v.pipe(v.array(Text(40)), v.minLength(1, 'a summary has at least one point'), v.maxLength(6, 'at most 6 points')),
    }),
  }),
  v.forward(
    v.check((l) => new Set(l.steps.map((s) => s.id)).size === l.steps.length, 'step ids must be unique within a lesson'),
    ['steps'],
  ),
);
export type Lesson = v.InferOutput<typeof LessonSchema>;

const LessonSetSchema = v.strictObject({
  format: v.literal(LESSON_SET_FORMAT),
  version: v.literal(1, 'version must be 1'),
  lessons: v.pipe(v.array(LessonSchema), v.minLength(1, 'a lesson set has at least one lesson'), v.maxLength(50, 'at most 50 lessons')),
});

export type LessonParse = { ok: true; lessons: Lesson[] } | { ok: false; errors: string[] };

/** `steps[2].done.type`, the way tip pack errors name paths, so a trainer reads both kinds of file alike. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** "steps[2].done.type: type is a practice action type…": the path a trainer can find in their file. */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], max = 5): string[] {
  const out = issues.slice(0, max).map((issue) => {
    const path = issuePath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > max) out.push(`…and ${issues.length - max} more`);
  return out;
}

/** Validate one lesson (already parsed from JSON). */
export function parseLesson(data: unknown): LessonParse {
  const r = v.safeParse(LessonSchema, data);
  return r.success ? { ok: true, lessons: [r.output] } : { ok: false, errors: formatIssues(r.issues) };
}

/**
 * Validate a trainer's lesson file: its text, as read from disk. It holds one lesson or a lesson set.
 * Bad JSON, the wrong format, or a bad field all come back as messages, never as an exception.
 */
export function parseLessonFile(text: string): LessonParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format === LESSON_SET_FORMAT) {
    const r = v.safeParse(LessonSetSchema, data);
    if (!r.success) return { ok: false, errors: formatIssues(r.issues) };
    const ids = r.output.lessons.map((l) => l.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) return { ok: false, errors: [`lessons: the id "${dup}" is used twice`] };
    return { ok: true, lessons: r.output.lessons };
  }
  if (format === LESSON_FORMAT) return parseLesson(data);
  return { ok: false, errors: [`format: expected "${LESSON_FORMAT}" or "${LESSON_SET_FORMAT}"`] };
}
