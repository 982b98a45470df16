/**
 * The settings the tutor reads and the few it writes (the learner's own choices from the overlay), behind one
 * small interface so the same runtime runs in a content script (extension storage) and in the workshop sandbox
 * or a test (memory).
 */
import type { Locale, TipAmount } from '../settings/items';

export type TipChoice = { snoozedUntil?: number; never?: boolean };

export interface TutorSettingsValues {
  tipLevel: TipAmount;
  tipChoices: Record<string, TipChoice>;
  /** Global pause, epoch ms (0: not paused). */
  pausedUntil: number;
  /** Per-host pause, epoch ms. */
  pausedHosts: Record<string, number>;
  preElection: { start: string; end: string } | null;
  packs: { builtinEnabled: boolean; imported: unknown[] };
  locale: Locale;
  /** Keep the page path with logged actions (privacy option; default off). */
  recordPath: boolean;
}

export interface TutorSettings {
  get(): Promise<TutorSettingsValues>;
  /** Calls `cb` with fresh values after any of them changes. Returns the unsubscribe function. */
  watch(cb: (values: TutorSettingsValues) => void): () => void;
  /** Stores (or clears, with null) the learner's choice for one tip. */
  setTipChoice(tipId: string, choice: TipChoice | null): Promise<void>;
  /** Pauses tips on a host until `until` (epoch ms), or resumes them with null. */
  setHostPause(host: string, until: number | null): Promise<void>;
}

export const DEFAULT_SETTINGS: TutorSettingsValues = {
  tipLevel: 'more',
  tipChoices: {},
  pausedUntil: 0,
  pausedHosts: {},
  preElection: null,
  packs: { builtinEnabled: true, imported: [] },
  locale: 'en',
  recordPath: false,
};

/** Settings held in memory: for the workshop sandbox (nothing it does changes the learner's real settings) and tests. */
export function memorySettings(initial: Partial<TutorSettingsValues> = {}): TutorSettings & { set(patch: Partial<TutorSettingsValues>): void } {
  let values: TutorSettingsValues = { ...DEFAULT_SETTINGS, ...initial };
  const listeners = new Set<(v: TutorSettingsValues) => void>();
  const changed = () => {
    for (const l of listeners) l(values);
  };
  return {
    get: async () => values,
    watch(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async setTipChoice(tipId, choice) {
      const { [tipId]: _old, ...rest } = values.tipChoices;
      values = { ...values, tipChoices: choice ? { ...rest, [tipId]: choice } : rest };
      changed();
    },
    async setHostPause(host, until) {
      const { [host]: _old, ...rest } = values.pausedHosts;
      values = { ...values, pausedHosts: until === null ? rest : { ...rest, [host]: until } };
      changed();
    },
    set(patch) {
      values = { ...values, ...patch };
      changed();
    },
  };
}
