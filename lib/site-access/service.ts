/**
 * The background side of site access: which sites the tutor runs on, kept in step with what the browser granted.
 *
 * The browser's granted origins are the truth. The learner can grant or withdraw a site from our popup, from our
 * options page, or from the browser's own extensions menu; whichever way, `reconcile()` registers the runtime
 * content script for every granted site and unregisters it for every withdrawn one. It runs at start-up (Firefox
 * MV2 forgets registrations when the background stops; a browser may drop persisted ones) and on
 * `permissions.onAdded`/`onRemoved`. Calls are serialised, so a popup's `site.enable` and the `onAdded` event it
 * causes cannot register twice.
 *
 * Also keeps, per tab, what the content script said it recognised (`site.recognised`) so the popup can tell the
 * learner "Recognised: WordPress block editor". That record lives in storage.session as well as memory, because
 * an MV3 worker that went to sleep would otherwise forget it.
 */
import { storage } from '@wxt-dev/storage';
import { enabledOrigins } from '../settings/items';
import { browserApi, type SiteAccessApi } from './api';
import {
  fixedPatterns,
  isFixedUrl,
  isSitePattern,
  originOf,
  patternForOrigin,
  patternMatches,
  patternOfSite,
  runtimeGrantedPatterns,
  siteOfPattern,
} from './origins';
import { chooseRegistry, RUNTIME_SCRIPT, type ScriptRegistry } from './registry';

export interface SiteStatus {
  /** The tutor's content script said what it found on this tab's current origin. */
  running: boolean;
  /** Site kind it recognised (e.g. "wordpress"), when running. */
  site: string | null;
  /** Screen it recognised (e.g. "wp.block-editor"), when running and known. */
  context: string | null;
  /** The browser lets the tutor run on this origin. */
  granted: boolean;
  /** One of the sites granted at install (always on; offer a pause instead of "turn off"). */
  fixed: boolean;
}

export interface TabRecord {
  origin: string;
  site: string;
  context: string | null;
  at: number;
}

export interface ReconcileResult {
  registered: string[];
  unregistered: string[];
  /** The sites now on, as stored in `enabledOrigins`. */
  sites: string[];
  /** Patterns whose registration failed, with the browser's message (the rest still went through). */
  errors: string[];
}

/** An error whose message the popup or options page can show as it is. */
export class SiteAccessError extends Error {
  constructor(
    message: string,
    readonly code: 'forbidden' | 'invalid' | 'failed' = 'failed',
  ) {
    super(message);
    this.name = 'SiteAccessError';
  }
}

export interface SiteAccess {
  reconcile(): Promise<ReconcileResult>;
  status(tabId: number, url: string): Promise<SiteStatus>;
  /** Registers the script for a granted site (origin or pattern); injects it into `tabId` at once when given. */
  enable(site: string, tabId?: number): Promise<void>;
  /** Unregisters and withdraws the permission. Refuses the fixed sites. */
  disable(site: string): Promise<void>;
  recognised(tabId: number, pageUrl: string, site: string, context: string | null): Promise<void>;
  /** Adds the listeners (synchronously, as MV3 requires) and reconciles once. Returns a stop function. */
  start(): () => void;
  readonly registry: ScriptRegistry | null;
}

const sessionTabs = () => storage.defineItem<Record<string, TabRecord>>('session:siteTabs', { fallback: {} });

export function createSiteAccess(api: SiteAccessApi = browserApi(), now: () => number = Date.now): SiteAccess {
  const registry = chooseRegistry(api);
  const tabsItem = sessionTabs();
  let records: Map<number, TabRecord> | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every earlier call has finished (a failure does not block the next one). */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  async function loadRecords(): Promise<Map<number, TabRecord>> {
    if (records) return records;
    let stored: Record<string, TabRecord> = {};
    try {
      stored = await tabsItem.getValue();
    } catch {
      // storage.session missing (old browser): memory only.
    }
    records ??= new Map(Object.entries(stored).map(([k, v]) => [Number(k), v]));
    return records;
  }

  async function saveRecords(map: Map<number, TabRecord>): Promise<void> {
    try {
      await tabsItem.setValue(Object.fromEntries([...map].map(([k, v]) => [String(k), v])));
    } catch {
      // memory only
    }
  }

  const forgetTab = (tabId: number) =>
    serial(async () => {
      const map = await loadRecords();
      if (map.delete(tabId)) await saveRecords(map);
    });

  async function reconcileNow(): Promise<ReconcileResult> {
    const manifest = api.runtime.getManifest();
    const { origins = [] } = await api.permissions.getAll();
    const wanted = runtimeGrantedPatterns(origins, manifest);
    const result: ReconcileResult = { registered: [], unregistered: [], sites: wanted.map(siteOfPattern), errors: [] };
    if (registry) {
      const have = new Set((await registry.list()).map((r) => r.pattern));
      for (const pattern of wanted) {
        if (have.has(pattern)) continue;
        try {
          await registry.register(pattern);
          result.registered.push(pattern);
        } catch (error) {
          result.errors.push(`${pattern}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      for (const pattern of have) {
        if (wanted.includes(pattern)) continue;
        try {
          await registry.unregister(pattern);
          result.unregistered.push(pattern);
        } catch (error) {
          result.errors.push(`${pattern}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    const stored = await enabledOrigins.getValue();
    if (stored.join('\n') !== result.sites.join('\n')) await enabledOrigins.setValue(result.sites);
    return result;
  }

  const reconcile = () => serial(reconcileNow);

  async function contains(pattern: string): Promise<boolean> {
    try {
      return await api.permissions.contains({ origins: [pattern] });
    } catch {
      return false;
    }
  }

  async function injectNow(tabId: number, pattern: string): Promise<void> {
    const tab = await api.tabs.get(tabId).catch(() => undefined);
    if (!tab?.url || !patternMatches(pattern, tab.url)) return;
    const origin = originOf(tab.url);
    const record = (await loadRecords()).get(tabId);
    if (record && record.origin === origin) return; // already running there
    try {
      if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId }, files: [...RUNTIME_SCRIPT.js] });
      else if (api.tabs.executeScript) await api.tabs.executeScript(tabId, { file: `/${RUNTIME_SCRIPT.js[0]}` });
    } catch {
      // The page may forbid it (e.g. it is still loading): the registered script runs on the next load.
    }
  }

  return {
    registry,
    reconcile,

    async status(tabId, url) {
      const origin = originOf(url);
      if (!origin) return { running: false, site: null, context: null, granted: false, fixed: false };
      const fixed = isFixedUrl(url, api.runtime.getManifest());
      const granted = await contains(patternForOrigin(origin));
      const record = (await loadRecords()).get(tabId);
      const running = !!record && record.origin === origin;
      return { running, site: running ? record.site : null, context: running ? record.context : null, granted, fixed };
    },

    async enable(site, tabId) {
      const pattern = patternOfSite(site);
      if (!(await contains(pattern))) {
        throw new SiteAccessError(`The browser has not allowed the tutor on ${site}. Ask again from the toolbar button.`, 'forbidden');
      }
      const result = await reconcile();
      const failed = result.errors.find((e) => e.startsWith(`${pattern}:`));
      if (failed) throw new SiteAccessError(`Could not start the tutor on ${site}: ${failed.slice(pattern.length + 2)}`);
      const isFixed = fixedPatterns(api.runtime.getManifest()).includes(pattern) || !result.sites.includes(siteOfPattern(pattern));
      if (tabId !== undefined && !isFixed) await injectNow(tabId, pattern);
    },

    async disable(site) {
      const pattern = patternOfSite(site);
      const manifest = api.runtime.getManifest();
      const probe = isSitePattern(pattern) ? pattern.slice(0, -1) : null;
      if (fixedPatterns(manifest).includes(pattern) || (probe && isFixedUrl(probe, manifest))) {
        throw new SiteAccessError(`${site} is one of the sites the tutor always knows; pause tips there instead.`, 'invalid');
      }
      await serial(async () => {
        if (registry) await registry.unregister(pattern);
        try {
          await api.permissions.remove({ origins: [pattern] });
        } catch (error) {
          throw new SiteAccessError(`The browser did not withdraw access to ${site}: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      await reconcile();
      if (await contains(pattern)) {
        throw new SiteAccessError(
          `The tutor still has access to ${site} through a wider permission. Withdraw it in your browser’s extension settings.`,
        );
      }
    },

    recognised(tabId, pageUrl, site, context) {
      return serial(async () => {
        const origin = originOf(pageUrl);
        if (!origin) return;
        const map = await loadRecords();
        map.set(tabId, { origin, site, context, at: now() });
        await saveRecords(map);
      });
    },

    start() {
      const onChange = () => void reconcile();
      const onTabRemoved = (tabId: number) => void forgetTab(tabId);
      // A new document in the tab starts without our content script until it says what it found.
      const onTabUpdated = (tabId: number, change: { status?: string }) => {
        if (change.status === 'loading') void forgetTab(tabId);
      };
      api.permissions.onAdded.addListener(onChange);
      api.permissions.onRemoved.addListener(onChange);
      api.tabs.onRemoved.addListener(onTabRemoved);
      api.tabs.onUpdated.addListener(onTabUpdated);
      void reconcile();
      return () => {
        api.permissions.onAdded.removeListener(onChange);
        api.permissions.onRemoved.removeListener(onChange);
        api.tabs.onRemoved.removeListener(onTabRemoved);
        api.tabs.onUpdated.removeListener(onTabUpdated);
      };
    },
  };
}
