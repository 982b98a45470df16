/**
 * The rule engine: given the site and screen the learner is on, which tips apply now.
 *
 * Rules are indexed once by site and context, so each evaluation looks at the handful of rules written for this
 * screen and never at the rest: the cost of an evaluation does not grow with the number of rules installed
 * (issue 4: 1,000 rules must cost ≤ 2× 10 rules for a given context; `npm run bench` measures it).
 *
 * Pure: no DOM, no browser APIs. The runtime (lib/tutor) gives it a RuleContext and gets back the matches.
 */
import type { SiteKind } from '../practice/schema';
import type { ElementName } from '../sites/types';
import type { RuleContext, TipRule } from './types';

export interface Match {
  rule: TipRule;
}

export interface Engine {
  /** Every rule installed, in registration order. */
  readonly rules: readonly TipRule[];
  /** The rules that apply to this site and context (an index lookup, cached). */
  rulesFor(site: SiteKind, context: string): readonly TipRule[];
  /** The rules for ctx.site/ctx.context whose condition holds now, highest priority first. */
  evaluate(ctx: RuleContext): Match[];
  /** Skills the rules for this site practise (to ask the log for mastery counts once). */
  skillsFor(site: SiteKind, tipSkill: (tipId: string) => string | undefined): string[];
}

export interface EngineOptions {
  /** Called when a rule's condition throws: the rule is skipped for that evaluation, the others still run. */
  onRuleError?: (rule: TipRule, error: unknown) => void;
}

/** The anchor names of a rule, as a list (a rule may name one element or a list of fallbacks). */
export function anchorsOf(rule: TipRule): readonly ElementName[] {
  return typeof rule.anchor === 'string' ? [rule.anchor] : rule.anchor;
}

const ANY = '*';

export function createEngine(rules: readonly TipRule[], opts: EngineOptions = {}): Engine {
  // Four buckets, so a lookup is at most four map reads: (site, context), (site, any context),
  // (any site, context), (any site, any context).
  const exact = new Map<string, TipRule[]>();
  const siteAny = new Map<string, TipRule[]>();
  const anyContext = new Map<string, TipRule[]>();
  const anyAny: TipRule[] = [];
  const order = new Map<TipRule, number>();

  const push = (m: Map<string, TipRule[]>, key: string, r: TipRule) => {
    const list = m.get(key);
    if (list) list.push(r);
    else m.set(key, [r]);
  };

  rules.forEach((r, i) => {
    order.set(r, i);
    const sites = r.sites === ANY ? [ANY] : r.sites;
    const contexts = r.contexts === ANY ? [ANY] : r.contexts;
    for (const s of sites) {
      for (const c of contexts) {
        if (s === ANY && c === ANY) anyAny.push(r);
        else if (s === ANY) push(anyContext, c, r);
        else if (c === ANY) push(siteAny, s, r);
        else push(exact, `${s}\u0000${c}`, r);
      }
    }
  });

  const cache = new Map<string, readonly TipRule[]>();
  const rulesFor = (site: SiteKind, context: string): readonly TipRule[] => {
    const key = `${site}\u0000${context}`;
    let hit = cache.get(key);
    if (hit) return hit;
    const merged = new Set<TipRule>([
      ...(exact.get(key) ?? []),
      ...(siteAny.get(site) ?? []),
      ...(anyContext.get(context) ?? []),
      ...anyAny,
    ]);
    // Priority first, then registration order: the same page always shows tips in the same order.
    hit = [...merged].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || order.get(a)! - order.get(b)!);
    cache.set(key, hit);
    return hit;
  };

  return {
    rules,
    rulesFor,
    evaluate(ctx) {
      const out: Match[] = [];
      for (const rule of rulesFor(ctx.site, ctx.context)) {
        let holds = false;
        try {
          holds = rule.when(ctx) === true;
        } catch (e) {
          opts.onRuleError?.(rule, e);
        }
        if (holds) out.push({ rule });
      }
      return out;
    },
    skillsFor(site, tipSkill) {
      const skills = new Set<string>();
      for (const r of rules) {
        if (r.sites !== ANY && !r.sites.includes(site)) continue;
        const s = tipSkill(r.tip);
        if (s) skills.add(s);
      }
      return [...skills].sort();
    },
  };
}
