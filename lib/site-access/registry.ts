/**
 * Registering the runtime content script for the sites a learner turned on, in both browsers' ways:
 * - `scripting.registerContentScripts` with `persistAcrossSessions` (Chrome/Edge MV3, Firefox MV3);
 * - `contentScripts.register` (Firefox MV2), whose registrations die with the background page, so the background
 *   registers them again on every start (lib/site-access/start.ts reconciles at start-up in both cases).
 */
import type { ContentScriptsLike, ScriptingLike, SiteAccessApi } from './api';
import { SCRIPT_ID_PREFIX, scriptIdFor } from './origins';

/**
 * The built file of the runtime-registered content script (entrypoints/site.content/, `registration: 'runtime'`),
 * as WXT names it in the output. Top frame only: the adapters reach the block editor's same-origin canvas iframe
 * through `contentDocument` (shared/notes/real-wordpress.md).
 */
export const RUNTIME_SCRIPT = {
  js: ['content-scripts/site.js'],
  css: [] as string[],
  runAt: 'document_idle',
  allFrames: false,
} as const;

export interface Registration {
  id: string;
  pattern: string;
}

export interface ScriptRegistry {
  /** Which API this is, for logs and tests. */
  kind: 'scripting' | 'contentScripts';
  list(): Promise<Registration[]>;
  register(pattern: string): Promise<void>;
  unregister(pattern: string): Promise<void>;
}

export function scriptingRegistry(scripting: ScriptingLike): ScriptRegistry {
  return {
    kind: 'scripting',
    async list() {
      const all = await scripting.getRegisteredContentScripts();
      return all
        .filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX))
        .map((s) => ({ id: s.id, pattern: s.matches?.[0] ?? s.id.slice(SCRIPT_ID_PREFIX.length) }));
    },
    async register(pattern) {
      const id = scriptIdFor(pattern);
      const existing = await scripting.getRegisteredContentScripts({ ids: [id] });
      if (existing.length) return;
      await scripting.registerContentScripts([
        {
          id,
          matches: [pattern],
          js: [...RUNTIME_SCRIPT.js],
          ...(RUNTIME_SCRIPT.css.length ? { css: [...RUNTIME_SCRIPT.css] } : {}),
          runAt: RUNTIME_SCRIPT.runAt,
          allFrames: RUNTIME_SCRIPT.allFrames,
          // Kept across browser restarts; start-up reconciliation repairs it where a browser does not.
          persistAcrossSessions: true,
        },
      ]);
    },
    async unregister(pattern) {
      const id = scriptIdFor(pattern);
      const existing = await scripting.getRegisteredContentScripts({ ids: [id] });
      if (existing.length) await scripting.unregisterContentScripts({ ids: [id] });
    },
  };
}

/** Firefox MV2: handles in memory, gone when the background restarts (start-up registers them again). */
export function contentScriptsRegistry(contentScripts: ContentScriptsLike): ScriptRegistry {
  const handles = new Map<string, { unregister(): Promise<void> }>();
  return {
    kind: 'contentScripts',
    async list() {
      return [...handles.keys()].map((pattern) => ({ id: scriptIdFor(pattern), pattern }));
    },
    async register(pattern) {
      if (handles.has(pattern)) return;
      const handle = await contentScripts.register({
        matches: [pattern],
        // contentScripts.register resolves files against the extension root: a leading slash keeps it absolute.
        js: RUNTIME_SCRIPT.js.map((file) => ({ file: `/${file}` })),
        ...(RUNTIME_SCRIPT.css.length ? { css: RUNTIME_SCRIPT.css.map((file) => ({ file: `/${file}` })) } : {}),
        runAt: RUNTIME_SCRIPT.runAt,
        allFrames: RUNTIME_SCRIPT.allFrames,
      });
      handles.set(pattern, handle);
    },
    async unregister(pattern) {
      const handle = handles.get(pattern);
      handles.delete(pattern);
      await handle?.unregister();
    },
  };
}

/**
 * The registry for this browser build: MV3 uses `scripting` (persistent); Firefox MV2 uses `contentScripts`
 * (its `scripting.registerContentScripts` cannot persist there). Null when neither exists.
 */
export function chooseRegistry(api: SiteAccessApi): ScriptRegistry | null {
  const mv = api.runtime.getManifest().manifest_version;
  if (mv >= 3 && api.scripting?.registerContentScripts) return scriptingRegistry(api.scripting);
  if (api.contentScripts?.register) return contentScriptsRegistry(api.contentScripts);
  if (api.scripting?.registerContentScripts) return scriptingRegistry(api.scripting);
  return null;
}
