/**
 * Typed, versioned settings (storage.local, via @wxt-dev/storage). Content scripts read them and watch them,
 * so a change in the options applies to open pages without a reload.
 *
 * Rules for this file (tests/unit/settings/items.test.ts enforces the first three):
 * - every item is declared with `defineSetting`, has a fallback and a version;
 * - a change of shape bumps the version and adds a migration for every step (`migrations[n]` turns a
 *   version n-1 value into version n), with a test that seeds the old shape and reads the new one;
 * - keys are unique and `local:`;
 * - nothing typed into a host page is ever stored here.
 *
 * @wxt-dev/storage runs an item's migrations when the item is defined and makes every read and write wait for
 * them, so a content script never sees a value of the old shape.
 */
import { storage, type WxtStorageItem } from '@wxt-dev/storage';

export type Role = 'learner' | 'mentor' | 'trainer';
export type TipAmount = 'more' | 'fewer' | 'off';
export type Locale = 'en' | 'cy';

/** A migration turns the stored value of the previous version into this version's shape. */
type Migration = (previous: any) => unknown;

export interface SettingInfo {
  key: string;
  version: number;
  /** Versions that have a migration to them (2…version when complete). */
  migrations: number[];
}

const registry: SettingInfo[] = [];

/** Every setting declared in this file, for the conventions test and for "delete everything". */
export const SETTINGS: readonly SettingInfo[] = registry;

function defineSetting<T>(
  key: `local:${string}`,
  opts: { fallback: T; version: number; migrations?: Record<number, Migration> },
): WxtStorageItem<T, {}> {
  registry.push({ key, version: opts.version, migrations: Object.keys(opts.migrations ?? {}).map(Number).sort((a, b) => a - b) });
  return storage.defineItem<T>(key, opts);
}

export interface Profile {
  /** Local learner id (UUID), made on first run (lib/settings/profile.ts); travels in exports. */
  learnerId: string;
  displayName: string;
  mentorName: string;
  /** Which pages the popup puts first. Default: learner. */
  role: Role;
}

export const profile = defineSetting<Profile>('local:profile', {
  fallback: { learnerId: '', displayName: '', mentorName: '', role: 'learner' },
  version: 1,
});

/** How many tips the learner wants. Default: more (beginners). */
export const tipLevel = defineSetting<TipAmount>('local:tipLevel', { fallback: 'more', version: 1 });

/** The language of our pages and the overlay. Default: English (lib/i18n). */
export const locale = defineSetting<Locale>('local:locale', { fallback: 'en', version: 1 });

/** Pre-election period dates (ISO yyyy-mm-dd, end after start; lib/settings/election.ts), or null when not set. */
export const preElection = defineSetting<{ start: string; end: string } | null>('local:preElection', {
  fallback: null,
  version: 1,
});

/** Tips paused until this epoch ms, everywhere (popup "Pause for an hour"). Default 0: not paused. */
export const pausedUntil = defineSetting<number>('local:pausedUntil', { fallback: 0, version: 1 });
/** Tips paused per host name until epoch ms (`PAUSED_UNTIL_RESUMED` for "until I resume"). Default: none. */
export const pausedHosts = defineSetting<Record<string, number>>('local:pausedHosts', { fallback: {}, version: 1 });

/** Per-tip learner choices: snoozed until (epoch ms) or never show again. */
export const tipChoices = defineSetting<Record<string, { snoozedUntil?: number; never?: boolean }>>('local:tipChoices', {
  fallback: {},
  version: 1,
});

export interface PrivacySettings {
  /** Keep the page path (never the query) with each action. Default off: host and page kind only. */
  recordPath: boolean;
  /** Keep actions for this many months; 0 = forever (the default). */
  retentionMonths: number;
}
export const privacy = defineSetting<PrivacySettings>('local:privacy', {
  fallback: { recordPath: false, retentionMonths: 0 },
  version: 1,
});

/**
 * Tip packs: built-in on/off (default on) and the trainer's imported packs, stored as the validated pack objects
 * (lib/tips/packs/schema.ts; the engine validates them again when it reads them).
 */
export const packs = defineSetting<{ builtinEnabled: boolean; imported: unknown[] }>('local:packs', {
  fallback: { builtinEnabled: true, imported: [] },
  version: 1,
});

/**
 * Sites the learner turned the tutor on for (self-hosted WordPress, Mastodon servers), as origins such as
 * `https://blog.example.gov.uk` (or a match pattern when the browser granted a wider one). A mirror kept by the
 * background from the browser's granted permissions (lib/site-access/reconcile.ts), so pages can watch it.
 */
export const enabledOrigins = defineSetting<string[]>('local:enabledOrigins', { fallback: [], version: 1 });

/**
 * How many feedback files from the mentor added something new since the learner last read their feedback
 * (lib/feedback): the popup says "2 new feedback files from your mentor" while it is above 0, and the dashboard
 * sets it back to 0 once the learner has seen them. Version 1 was a flag (true → 1, false → 0).
 */
export const feedbackUnread = defineSetting<number>('local:feedbackUnread', {
  fallback: 0,
  version: 2,
  migrations: { 2: (old: unknown) => unreadCount(old) },
});

/**
 * The unread count from whatever storage holds: a count, or a flag written before version 2 (by an older build, or
 * a test seeding raw storage after the migration ran). Anything else reads as 0.
 */
export function unreadCount(stored: unknown): number {
  if (typeof stored === 'number') return Number.isFinite(stored) && stored > 0 ? Math.floor(stored) : 0;
  return stored === true ? 1 : 0;
}
