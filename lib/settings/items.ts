/**
 * Typed, versioned settings (storage.local, via @wxt-dev/storage). Content scripts read them and watch them,
 * so a change in the options applies to open pages without a reload.
 * Rules for this file: every item has a fallback and a version; a change of shape bumps the version and adds a
 * migration; nothing typed into a host page is ever stored here.
 */
import { storage } from '@wxt-dev/storage';

export type Role = 'learner' | 'mentor' | 'trainer';
export type TipAmount = 'more' | 'fewer' | 'off';
export type Locale = 'en' | 'cy';

export interface Profile {
  /** Local learner id (UUID), made on first run; travels in exports. */
  learnerId: string;
  displayName: string;
  mentorName: string;
  role: Role;
}

export const profile = storage.defineItem<Profile>('local:profile', {
  fallback: { learnerId: '', displayName: '', mentorName: '', role: 'learner' },
  version: 1,
});

/** How many tips the learner wants. Default: more (beginners). */
export const tipLevel = storage.defineItem<TipAmount>('local:tipLevel', { fallback: 'more', version: 1 });

export const locale = storage.defineItem<Locale>('local:locale', { fallback: 'en', version: 1 });

/** Pre-election period dates (ISO yyyy-mm-dd), or null when not set. */
export const preElection = storage.defineItem<{ start: string; end: string } | null>('local:preElection', {
  fallback: null,
  version: 1,
});

/** Tips paused until this epoch ms, globally (popup "pause for an hour") or per host. */
export const pausedUntil = storage.defineItem<number>('local:pausedUntil', { fallback: 0, version: 1 });
export const pausedHosts = storage.defineItem<Record<string, number>>('local:pausedHosts', { fallback: {}, version: 1 });

/** Per-tip learner choices: snoozed until (epoch ms) or never show again. */
export const tipChoices = storage.defineItem<Record<string, { snoozedUntil?: number; never?: boolean }>>(
  'local:tipChoices',
  { fallback: {}, version: 1 },
);

export interface PrivacySettings {
  /** Keep the page path (never the query) with each action. Default off: host and page kind only. */
  recordPath: boolean;
  /** Keep actions for this many months; 0 = forever. */
  retentionMonths: number;
}
export const privacy = storage.defineItem<PrivacySettings>('local:privacy', {
  fallback: { recordPath: false, retentionMonths: 0 },
  version: 1,
});

/** Tip packs: built-in on/off and the trainer's imported packs (validated before they are stored). */
export const packs = storage.defineItem<{ builtinEnabled: boolean; imported: unknown[] }>('local:packs', {
  fallback: { builtinEnabled: true, imported: [] },
  version: 1,
});

/** Origins the learner turned the tutor on for (self-hosted WordPress, Mastodon instances). */
export const enabledOrigins = storage.defineItem<string[]>('local:enabledOrigins', { fallback: [], version: 1 });

/**
 * Set when the learner imports feedback from their mentor that adds something new (lib/feedback); the popup shows
 * "New feedback from your mentor" while it is true, and the dashboard clears it once the learner has seen it.
 */
export const feedbackUnread = storage.defineItem<boolean>('local:feedbackUnread', { fallback: false, version: 1 });
