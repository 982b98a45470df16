/**
 * What the popup needs from the outside world, as one object passed in as a prop: the component stays testable
 * with a fake, and only entrypoints/popup/api.ts knows about messages, storage and tabs.
 */
import type { Locale, Role, TipAmount } from '../../lib/settings/items';
import type { EnableOutcome, TargetTab } from '../../lib/site-access/client';
import type { SiteStatus } from '../../lib/site-access/service';

export type PopupPage = 'practice' | 'mentor' | 'workshop' | 'settings' | 'feedback';

/** The settings the popup shows and changes. */
export interface PopupSettings {
  tipLevel: TipAmount;
  pausedUntil: number;
  pausedHosts: Record<string, number>;
  role: Role;
  /** Feedback files with something new, not yet read (0: none). */
  feedbackUnread: number;
}

export interface PopupApi {
  /** The tab the popup is about (null when there is none). */
  tab(): Promise<TargetTab | null>;
  status(tabId: number, url: string): Promise<SiteStatus>;
  /**
   * Call synchronously from the click handler: it asks the browser for the origin (needs the user gesture), then
   * the background registers the tutor there and starts it in the tab.
   */
  enable(origin: string, tabId: number): Promise<EnableOutcome>;
  /** Turns the tutor off for an origin and withdraws the permission; rejects with a plain message. */
  disable(origin: string): Promise<void>;
  /** Today's practice and the streak, from the practice log. */
  stats(): Promise<{ today: number; streak: number }>;
  settings(): Promise<PopupSettings>;
  /** Calls back when any popup setting changes (here or in another page). Returns the unsubscribe. */
  watchSettings(onChange: () => void): () => void;
  pauseFor(ms: number): Promise<void>;
  resume(): Promise<void>;
  pauseHost(host: string): Promise<void>;
  resumeHost(host: string): Promise<void>;
  setLocale(locale: Locale): Promise<void>;
  /** The address of one of our pages (for link hrefs). */
  urlOf(page: PopupPage): string;
  /** Opens one of our pages in a tab (and closes the popup). */
  open(page: PopupPage): void;
  now(): number;
}
