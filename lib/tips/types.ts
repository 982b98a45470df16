/**
 * Tips are data (packs); rules decide when a tip applies and where it anchors.
 * One rule per file in lib/tips/rules/, id = file name, declared with defineRule().
 */
import type { ActionType, SiteKind } from '../practice/schema';
import type { ContentSnapshot, ElementName } from '../sites/types';

export const TIP_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type TipLevel = (typeof TIP_LEVELS)[number];

export interface Tip {
  id: string;
  title: string;
  /** Plain text, at most 40 words. Rendered as text only. */
  body: string;
  skill: string;
  level: TipLevel;
  source: { name: string; url: string };
  locale: string;
}

export interface TipPack {
  format: 'social-web-tutor.tip-pack';
  version: 1;
  id: string;
  name: string;
  locale: string;
  tips: Tip[];
}

/** What a rule's condition sees. Everything is read-only. */
export interface RuleContext {
  site: SiteKind;
  context: string;
  content: ContentSnapshot;
  /** The pre-election period, when the learner has set its dates (ISO dates), else undefined. */
  preElection?: { start: string; end: string };
  now: Date;
  /** How many times the learner has practised this skill (from the log). */
  practised: (skill: string) => number;
}

export interface TipRule {
  /** Same as the file name. */
  id: string;
  /** The tip shown, by id, from the active packs. */
  tip: string;
  /** Where it applies. '*' = every site this engine runs on. */
  sites: readonly SiteKind[] | '*';
  /** Context ids (e.g. "wp.block-editor"), or '*'. */
  contexts: readonly string[] | '*';
  /** When it shows: a pure condition over the page state. */
  when: (ctx: RuleContext) => boolean;
  /**
   * What it anchors to: a named element the site adapter finds. A list means "the first of these the page has",
   * so one generic rule can anchor to the WordPress content area or to a social compose box.
   */
  anchor: ElementName | readonly ElementName[];
  /** The practice action that counts as following the tip (a list: any of them, e.g. per kind of site). */
  followedBy?: ActionType | readonly ActionType[];
  /** When several tips want the same anchor, the higher priority is shown first. Default 0. */
  priority?: number;
  /** A reminder that needs saying once: shown at most once per page view, even if its condition comes back. */
  oncePerPage?: boolean;
}

export function defineRule(rule: TipRule): TipRule {
  return rule;
}
