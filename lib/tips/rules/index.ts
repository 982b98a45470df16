/**
 * Every tip rule: each file in this folder (and its sub-folders) is one rule, picked up here at build time.
 * Nothing to register by hand. tests/unit/tips/rules.test.ts checks that each rule's id equals its file name,
 * and tests/unit/tips/packs.test.ts that its tip exists in the English pack (and that every tip has a rule).
 *
 * To add a rule, add one file, e.g. `lib/tips/rules/title-too-long.ts`:
 *
 *   import { defineRule } from '../types';
 *   import { BLOG_SITES } from '../helpers';
 *
 *   // Why the rule exists, with its source.
 *   export default defineRule({
 *     id: 'title-too-long',                   // = the file name
 *     tip: 'titles.too-long',                 // a tip id in lib/tips/packs/en/<area>.json
 *     sites: BLOG_SITES,                      // or '*', or ['x', 'mastodon']
 *     contexts: ['wp.block-editor'],          // context ids of the site adapters, or '*'
 *     when: ({ content }) => (content.title ?? '').length > 70,   // pure, over the snapshot
 *     anchor: ['titleField'],                 // named elements (lib/sites/types ELEMENT_NAMES), first found wins
 *     followedBy: 'post.updated',             // optional: the action that counts as following it
 *   });
 *
 * and the tip, in its area's pack file (sorted by id, body ≤ 40 words of plain English, with its source).
 * Conditions read the page only through the snapshot; checks go through lib/tips/helpers (memoised per run).
 */
import { collectRules } from '../registry';

const modules = import.meta.glob<{ default?: unknown }>(['./**/*.ts', '!./index.ts', '!./**/*.test.ts'], { eager: true });

export const RULES = collectRules(modules);
