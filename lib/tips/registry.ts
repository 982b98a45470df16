/**
 * Turning the rule files into the list the engine indexes. Adding a rule is adding one file to lib/tips/rules/
 * (`export default defineRule({ id: '<file name>', … })`): lib/tips/rules/index.ts picks every file up with
 * `import.meta.glob`, and this module checks each one, so a mistake fails loudly with the file's name in the
 * message instead of silently never showing a tip.
 */
import { ELEMENT_NAMES } from '../sites/types';
import type { TipRule } from './types';

/** A rule id (and so its file name): lower-case kebab-case, e.g. "image-without-alt". */
export const RULE_ID = /^[a-z][a-z0-9-]{1,59}$/;
/** A tip id: lower-case words joined by dots or dashes, e.g. "alt-text.missing". Same alphabet as a log `ref`. */
export const TIP_ID = /^[a-z0-9][a-z0-9.-]{0,79}$/;

/** The file name without folder and extension: "./rules/long-sentence.ts" → "long-sentence". */
export function fileId(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base.replace(/\.[cm]?[jt]sx?$/, '');
}

/**
 * What is wrong with one rule, as plain sentences (empty when nothing is). Site kinds are checked only when
 * `knownSites` is given (the rule tests pass SITE_KINDS): importing the practice schema here would put its
 * validator library into every content script.
 */
export function ruleProblems(rule: TipRule, file?: string, knownSites?: readonly string[]): string[] {
  const where = file ? `${file}: ` : '';
  const p: string[] = [];
  if (!RULE_ID.test(rule.id)) p.push(`${where}rule id "${rule.id}" must be lower-case kebab-case`);
  if (file && fileId(file) !== rule.id) p.push(`${where}rule id "${rule.id}" must equal the file name "${fileId(file)}"`);
  if (!TIP_ID.test(rule.tip)) p.push(`${where}tip id "${rule.tip}" is not a valid tip id`);
  if (typeof rule.when !== 'function') p.push(`${where}"when" must be a function`);
  if (rule.sites !== '*') {
    if (rule.sites.length === 0) p.push(`${where}"sites" is empty (use '*' for every site)`);
    if (knownSites) for (const s of rule.sites) if (!knownSites.includes(s)) p.push(`${where}unknown site "${s}"`);
  }
  if (rule.contexts !== '*' && rule.contexts.length === 0) p.push(`${where}"contexts" is empty (use '*' for every screen)`);
  const anchors = typeof rule.anchor === 'string' ? [rule.anchor] : rule.anchor;
  if (anchors.length === 0) p.push(`${where}"anchor" names no element`);
  for (const a of anchors) if (!(ELEMENT_NAMES as readonly string[]).includes(a)) p.push(`${where}unknown anchor element "${a}"`);
  return p;
}

/**
 * The rules from a glob of rule modules (`{ path: { default: rule } }`), sorted by id so the order never depends
 * on the bundler. Throws one Error listing every problem found.
 */
export function collectRules(modules: Record<string, { default?: unknown }>, knownSites?: readonly string[]): TipRule[] {
  const problems: string[] = [];
  const rules: TipRule[] = [];
  const seen = new Map<string, string>();
  for (const [path, mod] of Object.entries(modules)) {
    const rule = mod.default as TipRule | undefined;
    if (!rule || typeof rule !== 'object') {
      problems.push(`${path}: has no default export (export default defineRule({…}))`);
      continue;
    }
    problems.push(...ruleProblems(rule, path, knownSites));
    const before = seen.get(rule.id);
    if (before) problems.push(`${path}: rule id "${rule.id}" is also used by ${before}`);
    seen.set(rule.id, path);
    rules.push(rule);
  }
  if (problems.length) throw new Error(`Tip rules are not valid:\n- ${problems.join('\n- ')}`);
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
