/**
 * The tip pack format and its one validator, used for the built-in packs (by a test) and for packs a trainer
 * imports in the options page. Errors name the bad field's path (`tips[3].body: …`) in plain words, in English
 * and as message keys for the learner's language (./messages).
 *
 * Tip text is plain text. The validator does not try to strip markup: the overlay renders text as text, so a
 * pack holding `<script>` shows those characters and nothing runs. It does refuse what could act: a source URL
 * that is not http(s) (a `javascript:` link would run on click).
 */
import * as v from 'valibot';
import { countWords } from '../../checks/words';
import { TIP_LEVELS, type Tip, type TipPack } from '../types';
import { TIP_ID } from '../registry';
import { packProblemText, type PackMessageKey, type PackPath, type PackProblem } from './messages';

export type { PackProblem } from './messages';

export const PACK_FORMAT = 'social-web-tutor.tip-pack';
/** A tip body is short enough to read at a glance (issue 4). */
export const TIP_BODY_MAX_WORDS = 40;
export const TIP_TITLE_MAX_CHARS = 80;
export const PACK_MAX_TIPS = 2000;
/** Packs are small; a bigger file is a mistake (or an attack), refused before parsing. */
export const PACK_MAX_BYTES = 1_000_000;

// Control characters other than tab/newline have no place in text we show.
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

// Each message below is a catalogue key (lib/tips/packs/messages.ts); `describe` adds the path and the numbers.
const Text = (max: number) =>
  v.pipe(
    v.string('pack.error.text'),
    v.trim(),
    v.minLength(1, 'pack.error.empty'),
    v.maxLength(max, 'pack.error.maxChars'),
    v.regex(NO_CONTROL, 'pack.error.control'),
  );
const LocaleCode = v.pipe(v.string('pack.error.text'), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'pack.error.locale'));

export const TipSchema = v.strictObject({
  id: v.pipe(v.string('pack.error.text'), v.regex(TIP_ID, 'pack.error.tipId')),
  title: Text(TIP_TITLE_MAX_CHARS),
  body: v.pipe(
    Text(400),
    v.check((b) => countWords(b) <= TIP_BODY_MAX_WORDS, 'pack.error.maxWords'),
  ),
  skill: v.pipe(v.string('pack.error.text'), v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'pack.error.skill')),
  level: v.picklist(TIP_LEVELS, 'pack.error.level'),
  source: v.strictObject({
    name: Text(120),
    url: v.pipe(v.string('pack.error.text'), v.url('pack.error.url'), v.regex(/^https?:\/\//i, 'pack.error.urlScheme')),
  }, 'pack.error.object'),
  locale: LocaleCode,
}, 'pack.error.object');

export const TipPackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, 'pack.error.format'),
  version: v.literal(1, 'pack.error.version'),
  id: v.pipe(v.string('pack.error.text'), v.regex(/^[a-z0-9][a-z0-9.-]{0,59}$/, 'pack.error.packId')),
  name: Text(120),
  locale: LocaleCode,
  tips: v.pipe(v.array(TipSchema, 'pack.error.tipsList'), v.maxLength(PACK_MAX_TIPS, 'pack.error.maxTips')),
}, 'pack.error.object');

/**
 * `ok` with the pack, or every problem. `problems`/`warningProblems` are for showing in the learner's language
 * (packProblemText); `errors`/`warnings` are the same in English, for logs, tests and files.
 */
export type PackResult =
  | { ok: true; pack: TipPack; warnings: string[]; warningProblems: PackProblem[] }
  | { ok: false; errors: string[]; problems: PackProblem[] };

/** `tips[3].source.url` from a valibot issue path. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const KEYS = new Set<string>([
  'pack.error.text', 'pack.error.empty', 'pack.error.maxChars', 'pack.error.control', 'pack.error.tipId', 'pack.error.maxWords',
  'pack.error.skill', 'pack.error.level', 'pack.error.url', 'pack.error.urlScheme', 'pack.error.locale', 'pack.error.format',
  'pack.error.version', 'pack.error.packId', 'pack.error.tipsList', 'pack.error.maxTips', 'pack.error.object',
] satisfies PackMessageKey[]);

function describe(issue: v.BaseIssue<unknown>): PackProblem {
  const path: PackPath = pathOf(issue) || { whole: 'pack' };
  // A key that is missing or not allowed: valibot reports it on the object, with the key in the path.
  if (issue.message.startsWith('Invalid key') || (issue.type === 'strict_object' && issue.expected === 'never')) {
    if (issue.received === 'undefined') return { path, key: 'pack.error.missing' };
    if (issue.expected === 'never') return { path, key: 'pack.error.notField' };
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined') return { path, key: 'pack.error.missing' };
  const key = KEYS.has(issue.message) ? (issue.message as PackMessageKey) : 'pack.error.other';
  switch (key) {
    case 'pack.error.maxChars':
    case 'pack.error.maxTips':
      return { path, key, params: { max: Number(issue.requirement) } };
    case 'pack.error.maxWords':
      return { path, key, params: { max: TIP_BODY_MAX_WORDS, words: countWords(String(issue.input)) } };
    case 'pack.error.level':
      return { path, key, params: { options: TIP_LEVELS.join(', ') } };
    case 'pack.error.format':
      return { path, key, params: { format: PACK_FORMAT } };
    default:
      return { path, key };
  }
}

const english = (problems: PackProblem[]) => [...new Set(problems.map((p) => packProblemText('en', p)))];
const failed = (problems: PackProblem[]): PackResult => ({ ok: false, problems, errors: english(problems) });

/** Validates parsed data as a tip pack. Every problem is listed, each naming its path. */
export function validatePack(input: unknown): PackResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failed([{ path: { whole: 'pack' }, key: 'pack.error.notObject' }]);
  }
  const r = v.safeParse(TipPackSchema, input, { abortEarly: false });
  if (!r.success) {
    const seen = new Set<string>();
    return failed(
      r.issues.map(describe).filter((p) => {
        const id = JSON.stringify(p);
        return !seen.has(id) && seen.add(id);
      }),
    );
  }
  const pack = r.output as TipPack;
  const problems: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  const seen = new Map<string, number>();
  pack.tips.forEach((tip: Tip, i: number) => {
    const first = seen.get(tip.id);
    if (first !== undefined) problems.push({ path: `tips[${i}].id`, key: 'pack.error.duplicateId', params: { id: tip.id, first: `tips[${first}]` } });
    else seen.set(tip.id, i);
    if (tip.locale !== pack.locale) problems.push({ path: `tips[${i}].locale`, key: 'pack.error.localeDiffers', params: { locale: tip.locale, packLocale: pack.locale } });
    if (/<[a-z!/]/i.test(`${tip.title} ${tip.body}`)) warnings.push({ path: `tips[${i}]`, key: 'pack.warning.markup' });
  });
  return problems.length ? failed(problems) : { ok: true, pack, warnings: english(warnings), warningProblems: warnings };
}

/** The "file too large" problem, for callers that check the size before reading (options page, workshop). */
export const TOO_BIG: PackProblem = { path: { whole: 'file' }, key: 'pack.error.tooBig', params: { max: PACK_MAX_BYTES / 1_000_000 } };

/**
 * A pack file as the options page receives it (the file's text): size-checked, parsed, validated.
 * Nothing is stored here; the caller stores `pack` when `ok`.
 */
export function parsePackFile(text: string): PackResult {
  if (text.length > PACK_MAX_BYTES) return failed([TOO_BIG]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return failed([{ path: { whole: 'file' }, key: 'pack.error.json', params: { message: e instanceof Error ? e.message : String(e) } }]);
  }
  return validatePack(data);
}
