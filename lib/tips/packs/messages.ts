/**
 * What a pack's problems say, in the learner's language. The validator (./schema) reports each problem as a
 * message key, the field path and a few parameters; the words live in the catalogues (`pack.*`), so the options
 * page and the workshop show them in Welsh or English, and the path (`tips[3].body`) stays as the trainer's file
 * spells it.
 */
import { translate, translateDynamic, type Locale } from '../../i18n';

export type PackMessageKey =
  | 'pack.error.missing'
  | 'pack.error.notField'
  | 'pack.error.text'
  | 'pack.error.empty'
  | 'pack.error.maxChars'
  | 'pack.error.control'
  | 'pack.error.tipId'
  | 'pack.error.maxWords'
  | 'pack.error.skill'
  | 'pack.error.level'
  | 'pack.error.url'
  | 'pack.error.urlScheme'
  | 'pack.error.locale'
  | 'pack.error.format'
  | 'pack.error.version'
  | 'pack.error.packId'
  | 'pack.error.tipsList'
  | 'pack.error.maxTips'
  | 'pack.error.object'
  | 'pack.error.notObject'
  | 'pack.error.duplicateId'
  | 'pack.error.localeDiffers'
  | 'pack.error.tooBig'
  | 'pack.error.json'
  | 'pack.error.other'
  | 'pack.warning.markup';

/** Where the problem is: a field path such as `tips[3].body`, or the pack or file as a whole. */
export type PackPath = string | { whole: 'pack' | 'file' };

export interface PackProblem {
  path: PackPath;
  key: PackMessageKey;
  params?: Readonly<Record<string, string | number>>;
}

/** One problem as a sentence: "tips[3].body: must be at most 40 words (has 52)". */
export function packProblemText(loc: Locale, p: PackProblem): string {
  const path = typeof p.path === 'string' ? p.path : translate(loc, p.path.whole === 'file' ? 'pack.path.file' : 'pack.path.pack');
  // Every pack message takes {path}; the others come from the problem (tests/unit/tips/schema.test.ts checks
  // that each key's placeholders are filled).
  return translateDynamic(loc, p.key, { ...p.params, path }) ?? `${path}: ${p.key}`;
}
