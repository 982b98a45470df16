/**
 * How practice turns into "show this tip less". A tip teaches a skill; the practice log counts how often the
 * learner performed that skill's actions (message `mastery.counts`). The more they have, the less the tip shows:
 *
 *   stage "new"       count < fadeAt            shown whenever its condition holds
 *   stage "fading"    fadeAt ≤ count < stopAt   once per page view, and only on a share of page views that
 *                                               shrinks from 1 to `minShare` as the count grows
 *   stage "mastered"  count ≥ stopAt            not shown (still listed in the coach panel on request)
 *
 * The learner's tip level moves the thresholds: "fewer" fades sooner and always shows a tip once per page at
 * most; "off" shows none unprompted. Pure functions, so the policy is tested as a table.
 */
import type { TipAmount } from '../settings/items';

export type Stage = 'new' | 'fading' | 'mastered';

export interface MasteryPolicy {
  /** Practice count from which a tip starts to fade. */
  fadeAt: number;
  /** Practice count from which a tip is no longer shown unprompted. */
  stopAt: number;
  /** Share of page views a tip still shows on just before `stopAt`. */
  minShare: number;
  /** Even a new tip shows at most once per page view. */
  oncePerPage: boolean;
}

/**
 * Thresholds per tip level. "more" suits the first weeks (a skill practised ~3 times is starting to stick; by 10
 * it is routine); "fewer" is for learners who asked for quiet.
 */
export const POLICIES: Record<Exclude<TipAmount, 'off'>, MasteryPolicy> = {
  more: { fadeAt: 3, stopAt: 10, minShare: 0.25, oncePerPage: false },
  fewer: { fadeAt: 1, stopAt: 5, minShare: 0.2, oncePerPage: true },
};

export function stageOf(count: number, amount: TipAmount): Stage {
  if (amount === 'off') return 'mastered';
  const p = POLICIES[amount];
  if (count >= p.stopAt) return 'mastered';
  if (count >= p.fadeAt) return 'fading';
  return 'new';
}

/** Share of page views a tip shows on at this count: 1 while new, falling linearly to minShare, 0 when mastered. */
export function shareOf(count: number, amount: TipAmount): number {
  const stage = stageOf(count, amount);
  if (stage === 'new') return 1;
  if (stage === 'mastered') return 0;
  const p = POLICIES[amount as Exclude<TipAmount, 'off'>];
  const span = p.stopAt - p.fadeAt;
  const t = span <= 1 ? 1 : (count - p.fadeAt) / (span - 1);
  return 1 - t * (1 - p.minShare);
}

/** A stable number in [0, 1) from a string (FNV-1a): the same page view and tip always draw the same number. */
export function unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}

export interface ExposureInput {
  tipId: string;
  /** Times the learner practised the tip's skill. */
  count: number;
  amount: TipAmount;
  /** Differs per page view (a random id), so a fading tip shows on some page views and not others. */
  pageSeed: string;
  /** The tip was already shown (and then hidden) earlier in this page view. */
  shownOnThisPage: boolean;
  /** The rule asks to be said once per page (reminders). */
  rulePerPage?: boolean;
}

/** Should this tip show unprompted now? */
export function shouldShow(x: ExposureInput): boolean {
  const stage = stageOf(x.count, x.amount);
  if (stage === 'mastered') return false;
  const policy = POLICIES[x.amount as Exclude<TipAmount, 'off'>];
  const once = stage === 'fading' || policy.oncePerPage || x.rulePerPage === true;
  if (once && x.shownOnThisPage) return false;
  if (stage === 'fading') return unitHash(`${x.pageSeed}|${x.tipId}`) < shareOf(x.count, x.amount);
  return true;
}
