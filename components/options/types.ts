/**
 * What the options page needs from the outside world, as one object passed in as a prop (the same seam as the
 * popup and the dashboard): entrypoints/options/api.ts builds it from the browser, the messaging client and the
 * settings; tests build it from fakes.
 */
import type { ElectionPeriod } from '../../lib/settings/election';
import type { PersistenceState } from '../../lib/practice/model';
import type { Locale, PrivacySettings, Profile, TipAmount } from '../../lib/settings/items';

import type { PackImport, PackSummary } from '../../lib/settings/packs';

export type { PackSummary } from '../../lib/settings/packs';

export interface OptionsState {
  locale: Locale;
  profile: Profile;
  tipLevel: TipAmount;
  pausedUntil: number;
  preElection: ElectionPeriod | null;
  privacy: PrivacySettings;
  builtinPacks: boolean;
  importedPacks: PackSummary[];
}

export type PackImportResult = PackImport;

export interface OptionsApi {
  load(): Promise<OptionsState>;
  /** Calls back when any setting shown here changes, from this page or another. Returns the unsubscribe. */
  watch(onChange: () => void): () => void;

  setLocale(locale: Locale): Promise<void>;
  updateProfile(patch: Partial<Omit<Profile, 'learnerId'>>): Promise<void>;
  setTipLevel(level: TipAmount): Promise<void>;
  resumeTips(): Promise<void>;
  setElection(period: ElectionPeriod | null): Promise<void>;

  /** Sites turned on at run time (origins, or a pattern for a wider grant). */
  sites(): Promise<string[]>;
  /** Calls back when the browser grants or withdraws a site, whoever did it. */
  watchSites(onChange: () => void): () => void;
  /** Turns the tutor off there and withdraws the permission; rejects with a plain message. */
  removeSite(site: string): Promise<void>;
  /** The hosts the tutor always runs on (shown for information). */
  fixedSites(): string[];

  setBuiltinPacks(on: boolean): Promise<void>;
  /** Validates the file's text as a tip pack and stores it (a pack with the same id is replaced). */
  importPack(text: string): Promise<PackImportResult>;
  removePack(id: string): Promise<void>;

  updatePrivacy(patch: Partial<PrivacySettings>): Promise<void>;
  /** Exports the practice log and saves the file; returns its name. */
  exportLog(format: 'json' | 'csv'): Promise<string>;
  /**
   * Whether the browser keeps the practice log when the disk is nearly full: asks for persistent storage the first
   * time (lib/practice/persistence.ts), re-checks after. `unlimited`: the manifest's `unlimitedStorage` is granted,
   * which keeps the extension's storage out of eviction even where persist() says no (Chromium).
   */
  persistence(): Promise<PersistenceState & { unlimited: boolean }>;
  /** Deletes the practice and workshop logs, imported learners, feedback and tip choices. */
  deleteEverything(): Promise<void>;
  now(): number;
}
