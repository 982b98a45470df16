/**
 * The hand-over between the always-on content script and the overlay's drawing code, which the background injects
 * into the same frame only when there is something to draw (lib/overlay/lazy.ts, entrypoints/overlay.ts).
 *
 * Both run in the extension's isolated world of that frame (content scripts and `scripting.executeScript` /
 * `tabs.executeScript` share it), so the overlay script leaves its drawing function on that world's `globalThis`
 * and the content script picks it up. The page's own scripts live in another world and never see it; nothing goes
 * through web_accessible_resources (a page could probe those to detect the extension).
 */
import type { OverlayShell } from './host';
import type { OverlayCallbacks, OverlayView } from './types';

/** Bumped when the shape below changes. Both sides come from one build; checked anyway, so a mismatch fails loudly. */
export const OVERLAY_UI_VERSION = 1;

/** What the overlay script provides. */
export interface OverlayUi {
  readonly version: typeof OVERLAY_UI_VERSION;
  /** Draws the overlay into `shell` (adding its stylesheet) and returns the view the runtime drives. */
  draw(shell: OverlayShell, callbacks: OverlayCallbacks): OverlayView;
}

const SLOT = '__socialWebTutorOverlayUi';
type Scope = { [SLOT]?: unknown };

/** Overlay script side: leaves `ui` for the content script (a later injection of a newer build replaces it). */
export function provideOverlayUi(ui: OverlayUi, scope: object = globalThis): void {
  (scope as Scope)[SLOT] = ui;
}

/** Content script side: the overlay's drawing code, once the overlay script has run in this world. */
export function takeOverlayUi(scope: object = globalThis): OverlayUi | undefined {
  const ui = (scope as Scope)[SLOT] as Partial<OverlayUi> | undefined;
  if (!ui) return undefined;
  if (ui.version !== OVERLAY_UI_VERSION || typeof ui.draw !== 'function') {
    throw new Error(`The overlay script left a hand-over of version ${String(ui.version)}; this content script expects ${OVERLAY_UI_VERSION}.`);
  }
  return ui as OverlayUi;
}
