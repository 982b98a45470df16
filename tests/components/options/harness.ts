/**
 * An options API for component tests built from the real settings functions (fakeBrowser storage), the real
 * pack import, and site access through the real router on the in-memory browser of tests/unit/site-access.
 * Export and "delete everything" are recorded, not performed (the practice log has its own tests).
 */
import type { OptionsApi } from '../../../components/options/types';
import { setLocale } from '../../../lib/i18n';
import type { PersistenceState } from '../../../lib/practice/model';
import { ensurePersistence, type PersistApi, type PersistenceRecorder } from '../../../lib/practice/persistence';
import { siteHandlers } from '../../../lib/messaging/handlers/site';
import type { MessageName, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { createRouter } from '../../../lib/messaging/router';
import { locale, packs, pausedUntil, preElection, privacy, profile, tipLevel } from '../../../lib/settings/items';
import { importPackText, removeImportedPack, setBuiltinPacks, summarisePacks } from '../../../lib/settings/packs';
import { resumeTips } from '../../../lib/settings/pause';
import { updatePrivacy } from '../../../lib/settings/privacy';
import { updateProfile } from '../../../lib/settings/profile';
import { provideSiteAccess } from '../../../lib/site-access';
import { disableSite, grantedSites, watchGrants } from '../../../lib/site-access/client';
import { createSiteAccess } from '../../../lib/site-access/service';
import { createFakeApi, type FakeOptions } from '../../unit/site-access/fake-api';

/**
 * `storage`: the navigator.storage the page would have (persist/persisted), for the persistence line; `unlimited`:
 * whether the manifest's unlimitedStorage is granted.
 */
export function optionsHarness(opts: FakeOptions = {}, storage?: PersistApi, unlimited = false) {
  let held: PersistenceState = { granted: null, asked: false, at: null };
  const recorder: PersistenceRecorder = {
    read: async () => held,
    record: async (granted, asked) => (held = { granted, asked, at: 1 }),
  };
  const fake = createFakeApi(opts);
  const access = createSiteAccess(fake.api);
  provideSiteAccess(access);
  const route = createRouter(siteHandlers, { runtimeId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  const send = async <K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> => {
    const reply = await route({ sw: 1, type, payload }, { id: 'ext', url: 'chrome-extension://ext/options.html' });
    if (!reply?.ok) throw new Error(reply ? reply.error : 'no reply');
    return reply.value as ResponseOf<K>;
  };
  const calls: string[] = [];
  const api: OptionsApi = {
    load: async () => {
      const pk = await packs.getValue();
      return {
        locale: await locale.getValue(),
        profile: await profile.getValue(),
        tipLevel: await tipLevel.getValue(),
        pausedUntil: await pausedUntil.getValue(),
        preElection: await preElection.getValue(),
        privacy: await privacy.getValue(),
        builtinPacks: pk.builtinEnabled,
        importedPacks: summarisePacks(pk.imported),
      };
    },
    watch: (cb) => {
      const stops = [locale, profile, tipLevel, pausedUntil, preElection, privacy, packs].map((i) => i.watch(() => cb()));
      return () => stops.forEach((s) => s());
    },
    setLocale,
    updateProfile: async (p) => void (await updateProfile(p)),
    setTipLevel: (l) => tipLevel.setValue(l),
    resumeTips,
    setElection: (p) => preElection.setValue(p),
    sites: () => grantedSites(fake.api),
    watchSites: (cb) => watchGrants(fake.api, cb),
    removeSite: (site) => disableSite(send, site),
    fixedSites: () => ['x.com', '*.wordpress.com'],
    setBuiltinPacks,
    importPack: importPackText,
    removePack: removeImportedPack,
    updatePrivacy: async (p) => void (await updatePrivacy(p)),
    exportLog: async (format) => {
      calls.push(`export:${format}`);
      return `learner.practice.${format}`;
    },
    persistence: async () => ({ ...(await ensurePersistence(storage, recorder)), unlimited }),
    deleteEverything: async () => void calls.push('deleteEverything'),
    now: () => Date.parse('2027-03-01T10:00:00Z'),
  };
  return { api, fake, access, calls, persistence: () => held };
}

export function pack(overrides: Record<string, unknown> = {}, tips?: unknown[]) {
  return {
    format: 'social-web-tutor.tip-pack',
    version: 1,
    id: 'trainer-pack',
    name: 'Our council’s tips',
    locale: 'en',
    tips: tips ?? [
      {
        id: 'council.tone',
        title: 'Write as we speak',
        body: 'Use the words our residents use. Short sentences help everyone.',
        skill: 'plain-english',
        level: 'beginner',
        source: { name: 'Our style guide', url: 'https://example.gov.uk/style' },
        locale: 'en',
      },
    ],
    ...overrides,
  };
}
