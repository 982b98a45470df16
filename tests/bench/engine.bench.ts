/**
 * `npm run bench engine`: the rule engine's cost for one screen as the number of installed rules grows
 * (issue 4: 1,000 rules must cost ≤ 2× 10 rules for a given context).
 *
 * The page is the same each time: a social composer ("x.compose") with a realistic post. Ten rules are written for
 * that screen in every case; the other 90 or 990 are for other sites and screens, as a real install grows. Each
 * figure is the median, over 7 runs, of the mean time of one evaluation (a fresh snapshot each time, so no memo
 * carries over). The same run measures a baseline without the index (every rule's site and context tested on
 * every evaluation) for comparison.
 */
import { createEngine } from '../../lib/tips/engine';
import { defineRule, type RuleContext, type TipRule } from '../../lib/tips/types';
import { SITE_KINDS, type SiteKind } from '../../lib/practice/schema';
import { checkHashtags } from '../../lib/checks/hashtags';
import { checkSentences } from '../../lib/checks/sentences';

const SITE: SiteKind = 'x';
const CONTEXT = 'x.compose';
const POST =
  'Our new recycling centre on Penarth Road opens on Monday 3 March. Bring cardboard, glass, garden waste and small electricals. ' +
  'Opening hours and what we accept are on our website https://www.cardiff.gov.uk/recycling #Recycling #Cardiff';

/** Ten rules for the measured screen, reading the post the way real rules do (through checks). */
function screenRules(): TipRule[] {
  const conds: ((c: RuleContext) => boolean)[] = [
    (c) => checkSentences(c.content.text).overGovUk.length > 0,
    (c) => checkHashtags(c.content.text).tooMany,
    (c) => !checkHashtags(c.content.text).camelCaseOk,
    (c) => c.content.text.length > 280,
    (c) => c.content.images.some((i) => !i.alt),
    (c) => c.content.links.length > 1,
    (c) => /[A-Z]{4,}/.test(c.content.text),
    (c) => c.content.isReply === true,
    (c) => c.content.text.includes('@'),
    (c) => c.practised('hashtags') > 5,
  ];
  return conds.map((when, i) =>
    defineRule({ id: `screen-${i}`, tip: `bench.screen-${i}`, sites: [SITE], contexts: [CONTEXT], when, anchor: 'composeBox' }),
  );
}

/** Rules for other sites and screens: never true here, and never to be evaluated here. */
function otherRules(n: number): TipRule[] {
  const sites = SITE_KINDS.filter((s) => s !== SITE);
  return Array.from({ length: n }, (_, i) =>
    defineRule({
      id: `other-${i}`,
      tip: `bench.other-${i}`,
      sites: [sites[i % sites.length]!],
      contexts: [`screen-${i % 40}`],
      when: (c) => checkSentences(c.content.text).sentenceCount > 1000,
      anchor: 'contentArea',
    }),
  );
}

function ctx(): RuleContext {
  return {
    site: SITE,
    context: CONTEXT,
    content: { text: POST, paragraphs: [POST], headings: [], images: [{ src: 'poster.png', alt: null }], links: [], isReply: false, limit: 280 },
    now: new Date(),
    practised: () => 2,
  };
}

/** Without the index: what evaluating "every installed rule that applies" costs when each is checked in turn. */
function unindexed(rules: readonly TipRule[], c: RuleContext): number {
  let n = 0;
  for (const r of rules) {
    if (r.sites !== '*' && !r.sites.includes(c.site)) continue;
    if (r.contexts !== '*' && !r.contexts.includes(c.context)) continue;
    if (r.when(c)) n++;
  }
  return n;
}

function timePerCall(fn: () => unknown, minMs = 150): number {
  for (let i = 0; i < 50; i++) fn();
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    t = performance.now();
  }
  return (t - t0) / calls;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10_000) / 10_000;

export default async function run({ log }: { log: (...a: unknown[]) => void }) {
  const RUNS = 7;
  const figures: Record<string, Record<string, number | string>> = {};
  const perSize: Record<number, number> = {};
  let baseline1000 = 0;
  for (const size of [10, 100, 1000]) {
    const rules = [...screenRules(), ...otherRules(size - 10)];
    const engine = createEngine(rules);
    const samples: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      samples.push(timePerCall(() => engine.evaluate(ctx())));
      if (size === 1000) base.push(timePerCall(() => unindexed(rules, ctx())));
    }
    perSize[size] = median(samples);
    if (size === 1000) baseline1000 = median(base);
    log(`${size} rules: ${perSize[size]!.toFixed(4)} ms per evaluation`);
  }
  figures['engine.rules_10_ms'] = { value: round(perSize[10]!), unit: 'ms', runs: RUNS };
  figures['engine.rules_100_ms'] = { value: round(perSize[100]!), unit: 'ms', runs: RUNS };
  figures['engine.rules_1000_ms'] = {
    value: round(perSize[1000]!),
    unit: 'ms',
    runs: RUNS,
    ratio_to_10: Math.round((perSize[1000]! / perSize[10]!) * 100) / 100,
    target_ratio: 2,
  };
  figures['engine.rules_1000_unindexed_ms'] = { value: round(baseline1000), unit: 'ms', runs: RUNS, note: 'baseline: every rule checked in turn' };
  return figures;
}
