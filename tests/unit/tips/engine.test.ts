import { describe, expect, it, vi } from 'vitest';
import { createEngine, anchorsOf } from '../../../lib/tips/engine';
import { defineRule, type RuleContext, type TipRule } from '../../../lib/tips/types';
import type { SiteKind } from '../../../lib/practice/schema';

const ctx = (site: SiteKind, context: string, text = ''): RuleContext => ({
  site,
  context,
  content: { text, paragraphs: [text], headings: [], images: [], links: [] },
  now: new Date('2026-11-01T10:00:00Z'),
  practised: () => 0,
});

const rule = (id: string, over: Partial<TipRule> = {}): TipRule =>
  defineRule({ id, tip: `t.${id}`, sites: '*', contexts: '*', anchor: 'composeBox', when: () => true, ...over });

describe('engine indexing', () => {
  it('returns only the rules for the site and context, including wildcards', () => {
    const rules = [
      rule('exact', { sites: ['x'], contexts: ['x.compose'] }),
      rule('site-any', { sites: ['x'] }),
      rule('context-any-site', { contexts: ['x.compose'] }),
      rule('everywhere'),
      rule('other-site', { sites: ['mastodon'], contexts: ['x.compose'] }),
      rule('other-context', { sites: ['x'], contexts: ['x.home'] }),
    ];
    const e = createEngine(rules);
    expect(e.rulesFor('x', 'x.compose').map((r) => r.id).sort()).toEqual(['context-any-site', 'everywhere', 'exact', 'site-any']);
    expect(e.rulesFor('x', 'x.home').map((r) => r.id).sort()).toEqual(['everywhere', 'other-context', 'site-any']);
    expect(e.rulesFor('mastodon', 'x.compose').map((r) => r.id).sort()).toEqual(['context-any-site', 'everywhere', 'other-site']);
    expect(e.rulesFor('bluesky', 'bsky.compose').map((r) => r.id)).toEqual(['everywhere']);
  });

  it('never calls the condition of a rule indexed for another screen', () => {
    const elsewhere = vi.fn(() => true);
    const here = vi.fn(() => true);
    const rules = [
      rule('here', { sites: ['x'], contexts: ['x.compose'], when: here }),
      ...Array.from({ length: 500 }, (_, i) => rule(`elsewhere-${i}`, { sites: ['wordpress'], contexts: [`wp.screen-${i}`], when: elsewhere })),
    ];
    const e = createEngine(rules);
    expect(e.evaluate(ctx('x', 'x.compose')).map((m) => m.rule.id)).toEqual(['here']);
    expect(here).toHaveBeenCalledTimes(1);
    expect(elsewhere).not.toHaveBeenCalled();
  });

  it('lists a rule once even when several of its sites/contexts match', () => {
    const e = createEngine([rule('multi', { sites: ['x', 'mastodon'], contexts: ['a', 'b'] })]);
    expect(e.rulesFor('x', 'a')).toHaveLength(1);
  });

  it('orders by priority, then registration order', () => {
    const e = createEngine([rule('a'), rule('b', { priority: 5 }), rule('c'), rule('d', { priority: -1 }), rule('e', { priority: 5 })]);
    expect(e.evaluate(ctx('x', 'any')).map((m) => m.rule.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
  });

  it('keeps evaluating when one rule throws, and reports it', () => {
    const onRuleError = vi.fn();
    const e = createEngine([rule('boom', { when: () => { throw new Error('bad'); } }), rule('fine')], { onRuleError });
    expect(e.evaluate(ctx('x', 'c')).map((m) => m.rule.id)).toEqual(['fine']);
    expect(onRuleError).toHaveBeenCalledWith(expect.objectContaining({ id: 'boom' }), expect.any(Error));
  });

  it('passes the page state to conditions, and only a literal true counts', () => {
    const e = createEngine([
      rule('long', { when: (c) => c.content.text.length > 5 }),
      rule('truthy', { when: (() => 'yes') as unknown as TipRule['when'] }),
    ]);
    expect(e.evaluate(ctx('x', 'c', 'short')).map((m) => m.rule.id)).toEqual([]);
    expect(e.evaluate(ctx('x', 'c', 'much longer')).map((m) => m.rule.id)).toEqual(['long']);
  });

  it('lists the skills of the rules for a site', () => {
    const e = createEngine([rule('a', { sites: ['x'], tip: 'tip.a' }), rule('b', { sites: ['wordpress'], tip: 'tip.b' }), rule('c', { tip: 'tip.c' })]);
    const skills: Record<string, string> = { 'tip.a': 'alt-text', 'tip.b': 'headings', 'tip.c': 'plain-english' };
    expect(e.skillsFor('x', (t) => skills[t])).toEqual(['alt-text', 'plain-english']);
  });

  it('reads a single anchor or a list of fallbacks', () => {
    expect(anchorsOf(rule('a'))).toEqual(['composeBox']);
    expect(anchorsOf(rule('b', { anchor: ['imageAltField', 'altTextButton'] }))).toEqual(['imageAltField', 'altTextButton']);
  });
});
