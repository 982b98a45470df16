/**
 * The page side of site access (popup, options): ask the browser for one origin from a click, then tell the
 * background to start the tutor there; or turn it off. Also lists the sites turned on.
 *
 * `permissions.request` only works inside a user gesture, so `enableSite` calls it synchronously, first thing,
 * before any await. Chrome may close the popup while its permission prompt is open; the background registers the
 * script on `permissions.onAdded` anyway, so the grant is never lost, only the instant start in the open tab.
 */
import type { MessageName, RequestOf, ResponseOf } from '../messaging/protocol';
import type { PermissionsLike, TabsLike } from './api';
import { type ManifestLike, originOf, patternForOrigin, patternOfSite, runtimeGrantedPatterns, siteOfPattern } from './origins';

/** The messaging client's `send`, typed by the protocol (resolves with the value, rejects with the error). */
export type Send = <K extends MessageName>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

export interface PageApi {
  permissions: Pick<PermissionsLike, 'request' | 'getAll' | 'onAdded' | 'onRemoved'>;
  tabs: Pick<TabsLike, 'get' | 'query'>;
  runtime: { getManifest(): ManifestLike };
}

export interface TargetTab {
  id: number;
  /** Null when the browser did not tell us (no activeTab grant, e.g. the popup opened another way). */
  url: string | null;
}

/**
 * The tab the popup is about: the active tab of its window, or `?tab=<id>` when the popup page is opened in a tab
 * of its own (keyboard users, tests), which would otherwise be about itself.
 */
export async function targetTab(api: PageApi, search: string): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(search).has('tab')
      ? await api.tabs.get(fromQuery).catch(() => undefined)
      : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? null };
}

export type EnableOutcome = { outcome: 'enabled' } | { outcome: 'denied' } | { outcome: 'failed'; error: string };

/**
 * Call straight from the click handler. Asks the browser for `origin` (the learner sees the browser's own prompt),
 * then asks the background to register the content script and start it in `tabId`.
 */
export function enableSite(api: PageApi, send: Send, origin: string, tabId?: number): Promise<EnableOutcome> {
  // No await before this line: the user gesture must still be active.
  const asked = api.permissions.request({ origins: [patternForOrigin(origin)] });
  return asked.then(
    async (granted) => {
      if (!granted) return { outcome: 'denied' } as const;
      try {
        await send('site.enable', tabId === undefined ? { origin } : { origin, tabId });
        return { outcome: 'enabled' } as const;
      } catch (error) {
        return { outcome: 'failed', error: error instanceof Error ? error.message : String(error) } as const;
      }
    },
    (error: unknown) => ({ outcome: 'failed', error: error instanceof Error ? error.message : String(error) }) as const,
  );
}

/** Turns the tutor off for a site (origin or pattern) and withdraws the permission. Rejects with a plain message. */
export async function disableSite(send: Send, site: string): Promise<void> {
  await send('site.disable', { origin: site });
}

/** The sites turned on at run time, from the browser's own grants (the truth), sorted. */
export async function grantedSites(api: PageApi): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return runtimeGrantedPatterns(origins, api.runtime.getManifest()).map(siteOfPattern);
}

/** Calls `onChange` whenever the browser grants or withdraws a site, whoever did it. Returns the unsubscribe. */
export function watchGrants(api: PageApi, onChange: () => void): () => void {
  const cb = () => onChange();
  api.permissions.onAdded.addListener(cb);
  api.permissions.onRemoved.addListener(cb);
  return () => {
    api.permissions.onAdded.removeListener(cb);
    api.permissions.onRemoved.removeListener(cb);
  };
}

export { originOf, patternOfSite };
