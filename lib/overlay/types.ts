/**
 * What the tutor runtime tells the overlay to draw, and what the overlay tells it back. The runtime (lib/tutor)
 * decides; the overlay (components/overlay, Preact) draws and reports the learner's clicks. Neither knows how the
 * other is built: the entrypoint passes the overlay's mount function to the runtime (lib never imports components).
 */
import type { Tip } from '../tips/types';
import type { SiteKind } from '../practice/schema';
import type { ContentSnapshot } from '../sites/types';
import type { Message } from '../i18n/format';

/** Why a tip that applies to this screen is (or is not) a card on the page right now. */
export type TipStatus =
  /** Drawn as a card next to its anchor. */
  | 'card'
  /** The page has none of the elements the rule anchors to (yet): listed in the panel only. */
  | 'waiting'
  /** The learner closed it on this page. */
  | 'dismissed'
  /** Snoozed for a day. */
  | 'snoozed'
  /** "Don't show this again". */
  | 'never'
  /** Practised enough, or already said once on this page: quiet unless asked. */
  | 'quiet'
  /** Tips are paused on this site (or everywhere) or turned off. */
  | 'paused';

export interface OverlayTip {
  /** Stable key for this tip on this page: the rule id. */
  key: string;
  tip: Tip;
  /** The element the card points at (null when status is "waiting"). */
  anchor: Element | null;
  status: TipStatus;
}

export type CheckRating = 'good' | 'ok' | 'poor' | 'info';

/** One line of the coach panel's check results, e.g. "Longest sentence: 31 words" (poor). */
export interface CheckLine {
  id: string;
  /** A message id of the overlay strings (components/overlay/strings.ts); the panel words it. */
  message: string;
  params?: Record<string, string | number>;
  rating: CheckRating;
}

export interface OverlayState {
  tips: OverlayTip[];
  /**
   * While the panel is open: what the learner is writing and whose rules apply, from which the overlay works out
   * the panel's check lines (lib/tutor/summary: numbers only, never the learner's words). The checks' code comes
   * with the overlay, so the always-on content script does not carry it.
   */
  summary?: { site: SiteKind; content: ContentSnapshot };
  panelOpen: boolean;
  /** Tips are paused: on this site ("site"), everywhere for a while ("global"), or turned off ("off"). */
  paused: false | 'site' | 'global' | 'off';
  /** The learner's language ("en", "cy"). */
  locale: string;
  /** The overlay's UI strings in that language, by message key (from the background: `tips.assets`). */
  strings: Readonly<Record<string, Message>>;
  /** Message id naming the screen ("WordPress block editor"), when the adapter names it. */
  contextLabel?: string;
  /** The shortcut that opens the panel, as shown to the learner ("Alt+Shift+K"). */
  shortcutLabel: string;
}

/** What the learner can do in the overlay. Each call is a learner's deliberate action. */
export interface OverlayCallbacks {
  /** Close this tip for this page. */
  dismiss(key: string): void;
  /** Hide this tip for a day. */
  snooze(key: string): void;
  /** Never show this tip again (it stays listed in the panel, so it can be found). */
  never(key: string): void;
  /** Show a snoozed or "never" tip again (from the panel). */
  restore(key: string): void;
  openPanel(): void;
  closePanel(): void;
  pauseSite(): void;
  resumeSite(): void;
}

export interface OverlayView {
  render(state: OverlayState): void;
  destroy(): void;
  /** The overlay's own host element in the page, so the runtime can tell the learner's focus from ours. */
  readonly host?: Element;
  /** Does keyboard focus sit inside the overlay now? (Then closing a card gives it back to the page.) */
  hasFocus?(): boolean;
}

/** Mounts the overlay UI somewhere (a shadow root on a host page, a div in the workshop) and returns its view. */
export type MountOverlay = (callbacks: OverlayCallbacks) => OverlayView | Promise<OverlayView>;
