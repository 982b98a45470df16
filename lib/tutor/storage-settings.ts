/**
 * TutorSettings backed by the extension's typed settings (lib/settings/items): what content scripts use.
 * A change made in the options page or popup reaches an open page through `watch`, without a reload.
 */
import * as items from '../settings/items';
import { pauseHost, resumeHost } from '../settings/pause';
import type { TipChoice, TutorSettings, TutorSettingsValues } from './settings';

export function storageSettings(): TutorSettings {
  const read = async (): Promise<TutorSettingsValues> => {
    const [tipLevel, tipChoices, pausedUntil, pausedHosts, preElection, packs, locale, privacy] = await Promise.all([
      items.tipLevel.getValue(),
      items.tipChoices.getValue(),
      items.pausedUntil.getValue(),
      items.pausedHosts.getValue(),
      items.preElection.getValue(),
      items.packs.getValue(),
      items.locale.getValue(),
      items.privacy.getValue(),
    ]);
    return { tipLevel, tipChoices, pausedUntil, pausedHosts, preElection, packs, locale, recordPath: privacy.recordPath };
  };
  return {
    get: read,
    watch(cb) {
      let queued = false;
      // Several items can change at once (a reset); read them all once per burst.
      const changed = () => {
        if (queued) return;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          void read().then(cb, () => undefined);
        });
      };
      const stops = [
        items.tipLevel.watch(changed),
        items.tipChoices.watch(changed),
        items.pausedUntil.watch(changed),
        items.pausedHosts.watch(changed),
        items.preElection.watch(changed),
        items.packs.watch(changed),
        items.locale.watch(changed),
        items.privacy.watch(changed),
      ];
      return () => stops.forEach((s) => s());
    },
    async setTipChoice(tipId: string, choice: TipChoice | null) {
      const { [tipId]: _old, ...rest } = await items.tipChoices.getValue();
      await items.tipChoices.setValue(choice ? { ...rest, [tipId]: choice } : rest);
    },
    async setHostPause(host: string, until: number | null) {
      await (until === null ? resumeHost(host) : pauseHost(host, until));
    },
  };
}
