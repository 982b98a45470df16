import { describe, expect, it } from 'vitest';
import { collectRules, fileId, ruleProblems } from '../../../lib/tips/registry';
import { defineRule, type TipRule } from '../../../lib/tips/types';
import { SITE_KINDS } from '../../../lib/practice/schema';

const ok = (id: string, over: Partial<TipRule> = {}): TipRule =>
  defineRule({ id, tip: 'plain-english.long-sentence', sites: '*', contexts: '*', anchor: 'composeBox', when: () => false, ...over });

describe('rule registry', () => {
  it('takes the id from the file name', () => {
    expect(fileId('./rules/long-sentence.ts')).toBe('long-sentence');
    expect(fileId('./rules/social/x-thread.ts')).toBe('x-thread');
  });

  it('collects valid rules sorted by id', () => {
    const rules = collectRules({ './b-rule.ts': { default: ok('b-rule') }, './a-rule.ts': { default: ok('a-rule') } });
    expect(rules.map((r) => r.id)).toEqual(['a-rule', 'b-rule']);
  });

  it('names the file when the id differs from the file name', () => {
    expect(() => collectRules({ './rules/long-sentence.ts': { default: ok('long-sentences') } })).toThrow(
      /long-sentence\.ts: rule id "long-sentences" must equal the file name "long-sentence"/,
    );
  });

  it('refuses duplicates, missing exports, unknown sites and anchors', () => {
    const err = (() => {
      try {
        collectRules({
          './x/dup.ts': { default: ok('dup') },
          './y/dup.ts': { default: ok('dup') },
          './none.ts': {},
          './bad-site.ts': { default: ok('bad-site', { sites: ['myspace' as never] }) },
          './bad-anchor.ts': { default: ok('bad-anchor', { anchor: ['composeBox', 'sidebar' as never] }) },
        }, SITE_KINDS);
      } catch (e) {
        return String(e);
      }
      return '';
    })();
    expect(err).toMatch(/rule id "dup" is also used by \.\/x\/dup\.ts/);
    expect(err).toMatch(/none\.ts: has no default export/);
    expect(err).toMatch(/unknown site "myspace"/);
    expect(err).toMatch(/unknown anchor element "sidebar"/);
  });

  it('refuses empty site, context and anchor lists', () => {
    expect(ruleProblems(ok('rule', { sites: [], contexts: [], anchor: [] }))).toHaveLength(3);
  });
});
