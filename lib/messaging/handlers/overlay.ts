/**
 * Handler for `overlay.load`: a content script has something to show for the first time, so the background injects
 * the overlay's drawing code (entrypoints/overlay.ts, built as /overlay.js) into the sender's own frame. The content
 * scripts stay small (issue 4: ≤ 35 kB gzip each) and a page where the tutor never has anything to say never loads
 * Preact, Floating UI or the overlay's CSS. The script hands itself over in the isolated world
 * (lib/overlay/registry.ts); the reply comes once it has run there.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineHandlers, HandlerError } from '../router';

/** The unlisted script's path in the build (entrypoints/overlay.ts). */
export const OVERLAY_SCRIPT = 'overlay.js';

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
 * Runs the overlay script in one frame of one tab. Injected at once (`injectImmediately` / `runAt: document_start`):
 * the page has long loaded and a learner is waiting for the tip, so it must not wait for the document to go idle.
 */
export async function injectOverlay(api: InjectApi, tabId: number, frameId = 0): Promise<void> {
  if (api.scripting?.executeScript) {
    await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_SCRIPT], injectImmediately: true });
  } else if (api.tabs?.executeScript) {
    await api.tabs.executeScript(tabId, { file: `/${OVERLAY_SCRIPT}`, frameId, runAt: 'document_start' });
  } else {
    throw new HandlerError('This browser offers no way to add the overlay to a page (neither scripting nor tabs.executeScript).');
  }
}

/** The real APIs, read when called (never at module scope in lib/). Cast: the typed `browser` of one build lacks the other's. */
function browserInjectApi(): InjectApi {
  return browser as unknown as InjectApi;
}

export function overlayHandlers(api: () => InjectApi = browserInjectApi) {
  return defineHandlers({
    'overlay.load': {
      from: ['content'],
      schema: v.strictObject({}),
      async handle(_payload, ctx) {
        // Only ever into the frame that asked, found by the browser (the sender), never named by the page.
        if (ctx.tabId === undefined) throw new HandlerError('overlay.load must come from a tab.', 'forbidden');
        await injectOverlay(api(), ctx.tabId, ctx.sender.frameId ?? 0);
        return { ok: true as const };
      },
    },
  });
}
