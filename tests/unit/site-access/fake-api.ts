/**
 * A small in-memory browser for site-access tests: permissions (granted set, onAdded/onRemoved), scripting
 * (registered scripts by id) or Firefox MV2 contentScripts, tabs and the manifest. It behaves like the real APIs
 * where our code depends on it: a request fires onAdded, a remove fires onRemoved, duplicate ids are refused.
 */
import type { RegisteredScript, SiteAccessApi } from '../../../lib/site-access/api';
import type { ManifestLike } from '../../../lib/site-access/origins';

export const FIXED = ['https://x.com/*', 'https://*.wordpress.com/*', 'https://wordpress.com/*'];

class Event<A extends unknown[]> {
  listeners = new Set<(...args: A) => void>();
  addListener = (cb: (...args: A) => void) => void this.listeners.add(cb);
  removeListener = (cb: (...args: A) => void) => void this.listeners.delete(cb);
  fire(...args: A) {
    for (const cb of this.listeners) cb(...args);
  }
}

export interface FakeOptions {
  manifestVersion?: 2 | 3;
  /** What the learner answers to the browser's prompt. */
  answer?: boolean;
  granted?: string[];
  tabs?: Record<number, string>;
}

export function createFakeApi(opts: FakeOptions = {}) {
  const mv = opts.manifestVersion ?? 3;
  const granted = new Set<string>([...FIXED, ...(opts.granted ?? [])]);
  const scripts = new Map<string, RegisteredScript>();
  const mv2Scripts = new Set<{ matches: string[]; js?: { file: string }[] }>();
  const injected: { tabId: number; files: string[] }[] = [];
  const tabs = new Map<number, string>(Object.entries(opts.tabs ?? {}).map(([k, v]) => [Number(k), v]));
  const onAdded = new Event<[{ origins?: string[] }]>();
  const onRemoved = new Event<[{ origins?: string[] }]>();
  const tabRemoved = new Event<[number, unknown]>();
  const tabUpdated = new Event<[number, { status?: string }, unknown]>();
  const state = { answer: opts.answer ?? true, requests: [] as string[][] };

  const manifest: ManifestLike =
    mv === 3
      ? {
          manifest_version: 3,
          host_permissions: [...FIXED],
          optional_host_permissions: ['https://*/*', 'http://*/*'],
          content_scripts: [{ matches: ['https://x.com/*'] }],
        }
      : { manifest_version: 2, permissions: ['storage', ...FIXED], optional_permissions: ['https://*/*', 'http://*/*'] };

  const covers = (pattern: string) =>
    granted.has(pattern) || (pattern.startsWith('https://') && granted.has('https://*/*')) || (pattern.startsWith('http://') && granted.has('http://*/*'));

  const api = {
    permissions: {
      getAll: async () => ({ origins: [...granted], permissions: ['storage', 'scripting'] }),
      contains: async ({ origins }: { origins: string[] }) => origins.every(covers),
      request: async ({ origins }: { origins: string[] }) => {
        state.requests.push(origins);
        if (!state.answer) return false;
        const added = origins.filter((o) => !granted.has(o));
        for (const o of origins) granted.add(o);
        if (added.length) onAdded.fire({ origins: added });
        return true;
      },
      remove: async ({ origins }: { origins: string[] }) => {
        const gone = origins.filter((o) => granted.delete(o));
        if (gone.length) onRemoved.fire({ origins: gone });
        return gone.length > 0;
      },
      onAdded,
      onRemoved,
    },
    ...(mv === 3
      ? {
          scripting: {
            registerContentScripts: async (list: RegisteredScript[]) => {
              for (const s of list) {
                if (s.id.startsWith('_')) throw new Error('ids must not start with _');
                if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
              }
              for (const s of list) scripts.set(s.id, s);
            },
            getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
              [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
            unregisterContentScripts: async (filter?: { ids?: string[] }) => {
              for (const id of filter?.ids ?? [...scripts.keys()]) {
                if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
              }
            },
            executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
              injected.push({ tabId: target.tabId, files });
              return [];
            },
          },
        }
      : {
          contentScripts: {
            register: async (o: { matches: string[]; js?: { file: string }[] }) => {
              const entry = { matches: o.matches, js: o.js };
              mv2Scripts.add(entry);
              return { unregister: async () => void mv2Scripts.delete(entry) };
            },
          },
        }),
    tabs: {
      get: async (id: number) => {
        if (!tabs.has(id)) throw new Error(`No tab with id: ${id}.`);
        return { id, url: tabs.get(id) };
      },
      query: async () => [{ id: 1, url: tabs.get(1) }],
      onRemoved: tabRemoved,
      onUpdated: tabUpdated,
    },
    runtime: { getManifest: () => manifest },
  };

  return {
    api: api as unknown as SiteAccessApi,
    granted,
    scripts,
    mv2Scripts,
    injected,
    state,
    tabs,
    events: { onAdded, onRemoved, tabRemoved, tabUpdated },
    /** What the browser menu does: grant or withdraw without our code asking. */
    browserGrants(pattern: string) {
      granted.add(pattern);
      onAdded.fire({ origins: [pattern] });
    },
    browserWithdraws(pattern: string) {
      granted.delete(pattern);
      onRemoved.fire({ origins: [pattern] });
    },
  };
}
