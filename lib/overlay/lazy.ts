/**
 * A MountOverlay that costs a page almost nothing until there is something to show. At mount it puts only the empty
 * shadow host in the page (lib/overlay/host.ts); the drawing code (Preact, Floating UI, the components and their
 * CSS: most of a content script's size otherwise) is loaded the first time a state needs it — a tip to show, the
 * coach panel's launcher, or the panel itself (Alt+Shift+K) — and stays for the life of the page. Until then the
 * latest state is kept, and drawn as soon as the code is there.
 *
 * How the code arrives is the caller's: in content scripts the background injects the overlay script into this
 * frame and the script hands its drawing function over through the isolated world (lib/overlay/registry.ts).
 */
import { attachOverlayShell, createOverlayShell, type OverlayShell } from './host';
import type { OverlayUi } from './registry';
import type { MountOverlay, OverlayCallbacks, OverlayState, OverlayView } from './types';

export interface LazyOverlayOptions {
  /** Loads the drawing code; may reject (the background asleep or gone): the next state that needs it retries. */
  load: () => Promise<OverlayUi>;
  /**
   * Calls `prefetch` when the drawing code is likely to be needed soon (a content script: the learner focuses a
   * field they can write in), so the first tip does not wait for it. It is then loaded but draws nothing until a
   * state needs it. Default: never prefetch.
   */
  prefetchOn?: (prefetch: () => void) => void;
  /** The page. Default: `document`. */
  doc?: Document;
  /** Told when loading failed (default: a console warning). */
  onError?: (error: unknown) => void;
}

/** Does this state put anything on screen? (A tip card, the panel, or the launcher that lists the screen's tips.) */
export function needsDrawing(state: OverlayState): boolean {
  return state.panelOpen || state.tips.length > 0;
}

export function lazyOverlay(o: LazyOverlayOptions): MountOverlay {
  return (callbacks: OverlayCallbacks): OverlayView => {
    const doc = o.doc ?? document;
    const shell: OverlayShell = createOverlayShell(doc);
    attachOverlayShell(shell, doc);
    let ui: OverlayUi | undefined;
    let view: OverlayView | undefined;
    let latest: OverlayState | undefined;
    let loading: Promise<void> | undefined;
    let destroyed = false;

    const draw = () => {
      if (destroyed || view || !ui || !latest || !needsDrawing(latest)) return;
      view = ui.draw(shell, callbacks);
      view.render(latest);
    };
    const load = () => {
      // Through a promise, so a load that throws at once is handled like one that rejects.
      loading ??= Promise.resolve().then(o.load).then(
        (loaded) => {
          ui = loaded;
          draw();
        },
        (error) => {
          loading = undefined;
          (o.onError ?? ((e) => console.warn('[Social Web Tutor] the overlay could not be loaded:', e)))(error);
        },
      );
    };
    o.prefetchOn?.(() => {
      if (!destroyed) load();
    });

    return {
      host: shell.host,
      render(state) {
        if (destroyed) return;
        latest = state;
        if (view) view.render(state);
        else if (needsDrawing(state)) {
          if (ui) draw();
          else load();
        }
      },
      hasFocus: () => view?.hasFocus?.() ?? false,
      destroy() {
        if (destroyed) return;
        destroyed = true;
        view?.destroy();
        shell.host.remove();
      },
    };
  };
}
