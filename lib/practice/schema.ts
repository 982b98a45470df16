/**
 * The practice action: what the learner did, never what they wrote.
 * One valibot schema types the code and validates imports (see import.ts).
 */
import * as v from 'valibot';

export const SITE_KINDS = [
  'wordpress',
  'wordpress.com',
  'x',
  'linkedin',
  'facebook',
  'mastodon',
  'bluesky',
  'threads',
  'sandbox',
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const ACTION_TYPES = [
  'post.published',
  'post.scheduled',
  'post.updated',
  'image.alt-added',
  'heading.added',
  'link.text-improved',
  'category.set',
  'featured-image.set',
  'comment.replied',
  'comment.approved',
  'comment.spammed',
  'social.posted',
  'social.replied',
  'social.alt-added',
  'tip.shown',
  'tip.followed',
  'tip.dismissed',
  'lesson.step-completed',
  'lesson.completed',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Skill ids are short kebab-case words: "alt-text", "plain-english", "hashtags"… */
const SkillId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'a skill id is lower-case kebab-case, at most 40 characters'));

/** A host name, never a URL: no scheme, no path, no query. */
const Host = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^[a-z0-9.-]*(:\d{1,5})?$/i, 'a host is a bare host name (with an optional port), not a URL'),
);

/** An optional path, only when the learner allowed it in the options. No query, no fragment. */
const PagePath = v.pipe(v.string(), v.maxLength(300), v.regex(/^\/[^?#\s]*$/, 'a path starts with / and has no query'));

/** Numbers and booleans only: a metric can never carry the learner's words. */
const MetricValue = v.union([v.pipe(v.number(), v.finite()), v.boolean()]);
const MetricName = v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9_.]{0,39}$/, 'a metric name is an identifier'));

/**
 * Fields are listed in sorted order on purpose: valibot's output follows this order, so validated actions are
 * already in canonical key order (export.ts hashes canonical JSON) and exporting 100k entries needs no re-sorting.
 */
export const PracticeActionSchema = v.strictObject({
  /** Which screen, e.g. "wp.block-editor", "x.compose". */
  context: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9.-]{0,59}$/, 'a context is a dotted lower-case name')),
  /** UUID set by the sender. */
  id: v.pipe(v.string(), v.uuid('id must be a UUID')),
  /** The same user action retried carries the same key, so it is stored once. */
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** Local learner profile id. */
  learner: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  metrics: v.pipe(
    // valibot's record takes an array as an empty object; a list here is an error, not "no metrics".
    v.custom<Record<string, number | boolean>>((m) => typeof m === 'object' && m !== null && !Array.isArray(m), 'metrics must be named values, not a list'),
    v.record(MetricName, MetricValue),
    v.check((m) => Object.keys(m).length <= 40, 'at most 40 metrics'),
  ),
  /** For tip events: which tip. For lesson events: which lesson step. Ids, never text. */
  ref: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9./:-]{0,99}$/, 'a ref is an id'))),
  /** Written by the learner in the extension's own UI, never taken from a host page. */
  reflection: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  site: v.strictObject({
    host: Host,
    kind: v.picklist(SITE_KINDS),
    path: v.optional(PagePath),
  }),
  skills: v.pipe(v.array(SkillId), v.maxLength(20)),
  /** Epoch milliseconds. */
  time: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15, 'time is beyond the last date a browser can show')),
  type: v.picklist(ACTION_TYPES),
});

export type PracticeAction = v.InferOutput<typeof PracticeActionSchema>;

/** What a content script sends: the background fills in the learner. */
export type NewPracticeAction = Omit<PracticeAction, 'learner'> & { learner?: string };
