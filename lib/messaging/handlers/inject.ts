/**
 * Handler for `tutor.inject`: a content script asks for more of itself in its own frame.
 * - `overlay`: it has something to show for the first time, so the overlay's drawing code (entrypoints/overlay.ts,
 *   built as /overlay.js) comes. Content scripts stay small (issue 4: ≤ 35 kB gzip each) and a page where the tutor
 *   never has anything to say never loads Preact, Floating UI or the overlay's CSS. The script hands itself over in
 *   the isolated world (lib/overlay/registry.ts).
 * - `site-mastodon`: the runtime-registered site script (self-hosted sites) recognised a Mastodon server; Mastodon's
 *   tutor is its own content script, so the WordPress sites that script mostly serves never carry Mastodon's code.
 * The reply comes once the script has run there.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { TutorScript } from '../protocol';
import { defineHandlers, HandlerError } from '../router';

/** Each script's path in the build. */
export const TUTOR_SCRIPTS: Readonly<Record<TutorScript, string>> = {
  overlay: 'overlay.js',
  'site-mastodon': 'content-scripts/site-mastodon.js',
};

/** The slice of the extension APIs injection uses: `scripting` (Chrome MV3, Firefox MV3) or `tabs` (Firefox MV2). */
export interface InjectApi {
  scripting?: {
    executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[]; injectImmediately?: boolean }): Promise<unknown>;
  };
  tabs?: {
    executeScript?(tabId: number, details: { file: string; frameId?: number; runAt?: 'document_start' | 'document_end' | 'document_idle' }): Promise<unknown>;
  };
}

/**
 * Runs one of our scripts in one frame of one tab. At once (`injectImmediately` / `runAt: document_start`): the page
 * has long loaded and a learner is waiting for the tip, so it must not wait for the document to go idle.
 */
export async function injectScript(api: InjectApi, file: string, tabId: number, frameId = 0): Promise<void> {
  if (api.scripting?.executeScript) {
    await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
  } else if (api.tabs?.executeScript) {
    await api.tabs.executeScript(tabId, { file: `/${file}`, frameId, runAt: 'document_start' });
  } else {
    throw new HandlerError('This browser offers no way to add a script to a page (neither scripting nor tabs.executeScript).');
  }
}

/** The real APIs, read when called (never at module scope in lib/). Cast: the typed `browser` of one build lacks the other's. */
function browserInjectApi(): InjectApi {
  return browser as unknown as InjectApi;
}

export function injectHandlers(api: () => InjectApi = browserInjectApi) {
  return defineHandlers({
    'tutor.inject': {
      from: ['content'],
      schema: v.strictObject({ script: v.picklist(Object.keys(TUTOR_SCRIPTS) as TutorScript[]) }),
      async handle({ script }, ctx) {
        // Only ever into the frame that asked, found by the browser (the sender), never named by the page.
        if (ctx.tabId === undefined) throw new HandlerError('tutor.inject must come from a tab.', 'forbidden');
        await injectScript(api(), TUTOR_SCRIPTS[script], ctx.tabId, ctx.sender.frameId ?? 0);
        return { ok: true as const };
      },
    },
  });
}
