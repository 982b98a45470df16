/**
 * Wiring: the options page's API from the real browser, the messaging client and the settings. The component
 * (components/options/Options.tsx) gets it as a prop and never touches `browser` itself.
 */
import { browser } from 'wxt/browser';
import type { OptionsApi } from '../../components/options/types';
import { feedbackDrafts, feedbackInbox } from '../../lib/feedback/store';
import { setLocale } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { exportFile, type SavedFile } from '../../lib/messaging/transfer';
import { backgroundRecorder, ensurePersistence } from '../../lib/practice/persistence';
import { locale, packs, pausedUntil, preElection, privacy, profile, tipLevel } from '../../lib/settings/items';
import { importPackText, removeImportedPack, setBuiltinPacks, summarisePacks } from '../../lib/settings/packs';
import { resumeTips } from '../../lib/settings/pause';
import { clearLearnerTraces, updatePrivacy } from '../../lib/settings/privacy';
import { updateProfile } from '../../lib/settings/profile';
import { disableSite, grantedSites, watchGrants, type PageApi } from '../../lib/site-access/client';
import { fixedPatterns } from '../../lib/site-access/origins';

/** Saves a file the background produced (it has no DOM to do it). */
function download(file: SavedFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createOptionsApi(): OptionsApi {
  const pageApi = browser as unknown as PageApi;
  return {
    load: async () => {
      const [loc, prof, level, until, election, priv, pk] = await Promise.all([
        locale.getValue(),
        profile.getValue(),
        tipLevel.getValue(),
        pausedUntil.getValue(),
        preElection.getValue(),
        privacy.getValue(),
        packs.getValue(),
      ]);
      return {
        locale: loc,
        profile: prof,
        tipLevel: level,
        pausedUntil: until,
        preElection: election,
        privacy: priv,
        builtinPacks: pk.builtinEnabled,
        importedPacks: summarisePacks(pk.imported),
      };
    },
    watch: (onChange) => {
      const stops = [locale, profile, tipLevel, pausedUntil, preElection, privacy, packs].map((item) => item.watch(() => onChange()));
      return () => stops.forEach((stop) => stop());
    },
    setLocale,
    updateProfile: async (patch) => void (await updateProfile(patch)),
    setTipLevel: (level) => tipLevel.setValue(level),
    resumeTips,
    setElection: (period) => preElection.setValue(period),
    sites: () => grantedSites(pageApi),
    watchSites: (onChange) => watchGrants(pageApi, onChange),
    removeSite: (site) => disableSite(send, site),
    fixedSites: () => [...new Set(fixedPatterns(pageApi.runtime.getManifest()).map((p) => p.replace(/^[^:]+:\/\//, '').replace(/\/\*$/, '')))],
    setBuiltinPacks,
    importPack: importPackText,
    removePack: removeImportedPack,
    updatePrivacy: async (patch) => void (await updatePrivacy(patch)),
    exportLog: async (format) => {
      // Through the transfer database, not the message: a large log is tens of MB (lib/messaging/transfer.ts).
      const file = await exportFile(format);
      download(file);
      return file.filename;
    },
    persistence: async () => ({
      ...(await ensurePersistence(navigator.storage, backgroundRecorder(send))),
      unlimited: (browser.runtime.getManifest().permissions ?? []).includes('unlimitedStorage'),
    }),
    deleteEverything: async () => {
      await send('log.deleteAll', {});
      await send('log.deleteAll', { db: 'workshop' });
      for (const learner of await send('mentor.learners', {})) await send('mentor.remove', { learner: learner.id });
      await Promise.all([feedbackInbox.removeValue(), feedbackDrafts.removeValue(), clearLearnerTraces()]);
    },
    now: () => Date.now(),
  };
}
