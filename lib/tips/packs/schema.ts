/**
 * The tip pack format and its one validator, used for the built-in packs (by a test) and for packs a trainer
 * imports in the options page. Errors name the bad field's path (`tips[3].body: …`) in plain words.
 *
 * Tip text is plain text. The validator does not try to strip markup: the overlay renders text as text, so a
 * pack holding `<script>` shows those characters and nothing runs. It does refuse what could act: a source URL
 * that is not http(s) (a `javascript:` link would run on click).
 */
import * as v from 'valibot';
import { countWords } from '../../checks/words';
import { TIP_LEVELS, type Tip, type TipPack } from '../types';
import { TIP_ID } from '../registry';

export const PACK_FORMAT = 'social-web-tutor.tip-pack';
/** A tip body is short enough to read at a glance (issue 4). */
export const TIP_BODY_MAX_WORDS = 40;
export const TIP_TITLE_MAX_CHARS = 80;
export const PACK_MAX_TIPS = 2000;
/** Packs are small; a bigger file is a mistake (or an attack), refused before parsing. */
export const PACK_MAX_BYTES = 1_000_000;

// Control characters other than tab/newline have no place in text we show.
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`), v.regex(NO_CONTROL, 'must not contain control characters'));

export const TipSchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(TIP_ID, 'must be lower-case words joined by dots or dashes, e.g. "alt-text.missing"')),
  title: Text(TIP_TITLE_MAX_CHARS),
  body: v.pipe(
    Text(400),
    v.check((b) => countWords(b) <= TIP_BODY_MAX_WORDS, (issue) => `must be at most ${TIP_BODY_MAX_WORDS} words (has ${countWords(String(issue.input))})`),
  ),
  skill: v.pipe(v.string('must be text'), v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case kebab-case skill id')),
  level: v.picklist(TIP_LEVELS, `must be one of ${TIP_LEVELS.join(', ')}`),
  source: v.strictObject({
    name: Text(120),
    url: v.pipe(v.string('must be text'), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must start with https:// or http://')),
  }),
  locale: v.pipe(v.string('must be text'), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "cy"')),
});

export const TipPackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
  version: v.literal(1, 'must be 1'),
  id: v.pipe(v.string('must be text'), v.regex(/^[a-z0-9][a-z0-9.-]{0,59}$/, 'must be lower-case words joined by dots or dashes')),
  name: Text(120),
  locale: v.pipe(v.string('must be text'), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "cy"')),
  tips: v.pipe(v.array(TipSchema, 'must be a list of tips'), v.maxLength(PACK_MAX_TIPS, `must hold at most ${PACK_MAX_TIPS} tips`)),
});

export type PackResult = { ok: true; pack: TipPack; warnings: string[] } | { ok: false; errors: string[] };

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

function describe(issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue) || '(the pack)';
  // valibot words key problems as "Invalid key: Expected … but received …"; say it the way a trainer would.
  if (issue.message.startsWith('Invalid key')) {
    if (issue.received === 'undefined') return `${path}: is missing`;
    if (issue.expected === 'never') return `${path}: is not a field here`;
  }
  return `${path}: ${issue.message}`;
}

/** Validates parsed data as a tip pack. Every problem is listed, each naming its path. */
export function validatePack(input: unknown): PackResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['(the pack): must be a JSON object with format, version, id, name, locale and tips'] };
  }
  const r = v.safeParse(TipPackSchema, input, { abortEarly: false });
  if (!r.success) return { ok: false, errors: [...new Set(r.issues.map(describe))] };
  const pack = r.output as TipPack;
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  pack.tips.forEach((tip: Tip, i: number) => {
    const first = seen.get(tip.id);
    if (first !== undefined) errors.push(`tips[${i}].id: "${tip.id}" is already used by tips[${first}]`);
    else seen.set(tip.id, i);
    if (tip.locale !== pack.locale) errors.push(`tips[${i}].locale: "${tip.locale}" differs from the pack's locale "${pack.locale}"`);
    if (/<[a-z!/]/i.test(`${tip.title} ${tip.body}`)) warnings.push(`tips[${i}]: contains "<" markup; it will be shown as plain characters`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack, warnings };
}

/**
 * A pack file as the options page receives it (the file's text): size-checked, parsed, validated.
 * Nothing is stored here; the caller stores `pack` when `ok`.
 */
export function parsePackFile(text: string): PackResult {
  if (text.length > PACK_MAX_BYTES) return { ok: false, errors: [`(the file): is larger than ${PACK_MAX_BYTES / 1_000_000} MB; a tip pack is a small JSON file`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`(the file): is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return validatePack(data);
}
