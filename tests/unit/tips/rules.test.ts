/**
 * Conventions of the rule folder, enforced here (DESIGN.md style 5): one rule per file, id = file name, declared
 * with defineRule, no site selectors in a rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/tips/rules';
import { ruleProblems } from '../../../lib/tips/registry';
import { SITE_KINDS } from '../../../lib/practice/schema';

const DIR = fileURLToPath(new URL('../../../lib/tips/rules', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return n.endsWith('.ts') && n !== 'index.ts' && !n.endsWith('.test.ts') ? [p] : [];
  });
}

const ruleFiles = files(DIR);

describe('rule files', () => {
  it('name only known sites, anchors and a valid tip id', () => {
    expect(RULES.flatMap((r) => ruleProblems(r, undefined, SITE_KINDS))).toEqual([]);
  });

  it('are all registered', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles.map((f) => basename(f, '.ts')).sort());
  });

  it.each(ruleFiles.map((f) => [relative(DIR, f), f]))('%s declares one rule with defineRule and id = file name', (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.match(/defineRule\(/g)).toHaveLength(1);
    expect(text).toMatch(new RegExp(`id:\\s*'${basename(file, '.ts')}'`));
    expect(text).toMatch(/export default defineRule\(/);
  });

  it.each(ruleFiles.map((f) => [relative(DIR, f), f]))('%s holds no CSS selector or DOM query (it names elements instead)', (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/querySelector|getElementsBy|document\.|closest\(/);
  });
});
