/**
 * The slice of the extension APIs site access uses, as a narrow interface: the background passes the real
 * `browser` (see {@link browserApi}), tests pass a fake. Both Chrome's `scripting` (MV3) and Firefox MV2's
 * `contentScripts` are described, because each browser build has only one of them working the way we need.
 */
import { browser } from 'wxt/browser';
import type { ManifestLike } from './origins';

export interface Listenable<A extends unknown[]> {
  addListener(cb: (...args: A) => void): void;
  removeListener(cb: (...args: A) => void): void;
}

export interface PermissionsLike {
  getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  onAdded: Listenable<[{ origins?: string[] }]>;
  onRemoved: Listenable<[{ origins?: string[] }]>;
}

/** chrome.scripting.RegisteredContentScript, the fields we use. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

export interface ScriptingLike {
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  executeScript?(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/** Firefox's browser.contentScripts (MV2): registrations live as long as the background page. */
export interface ContentScriptsLike {
  register(options: {
    matches: string[];
    js?: { file: string }[];
    css?: { file: string }[];
    runAt?: 'document_start' | 'document_end' | 'document_idle';
    allFrames?: boolean;
  }): Promise<{ unregister(): Promise<void> }>;
}

export interface TabsLike {
  get(tabId: number): Promise<{ id?: number; url?: string }>;
  query(q: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
  onRemoved: Listenable<[number, unknown]>;
  onUpdated: Listenable<[number, { status?: string; url?: string }, unknown]>;
  /** Firefox MV2 without scripting. */
  executeScript?(tabId: number, details: { file: string }): Promise<unknown>;
}

export interface SiteAccessApi {
  permissions: PermissionsLike;
  scripting?: ScriptingLike;
  contentScripts?: ContentScriptsLike;
  tabs: TabsLike;
  runtime: { getManifest(): ManifestLike };
}

/**
 * The real APIs. Called inside functions only (never at module scope in lib/). The cast is deliberate: the typed
 * `browser` knows only the public paths of the current build and nothing of Firefox's contentScripts.
 */
export function browserApi(): SiteAccessApi {
  return browser as unknown as SiteAccessApi;
}
