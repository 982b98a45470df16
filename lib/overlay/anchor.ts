/**
 * Keeping a card next to the element it talks about, with Floating UI: `autoUpdate` follows scrolling (of every
 * scrolling ancestor, including an iframe's), resizing and layout shifts; `flip`/`shift` keep the card on
 * screen; `hide` hides it while its element is scrolled out of view. The cleanup is stored and called when the
 * signal aborts, so no listener outlives its card (Shepherd's `floating-ui.ts` does the same).
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, type Placement } from '@floating-ui/dom';
import { measure } from '../dom/timing';

export interface AnchorOptions {
  /** Ends the anchoring: listeners and observers are removed. */
  signal: AbortSignal;
  /**
   * Preferred side. Default "right-start": beside the field, so the card covers neither what the learner types
   * nor the buttons under it (Post, Reply, Approve); then left, above, and only then below (see FALLBACKS).
   */
  placement?: Placement;
  /** Gap between element and card, px. Default 8. */
  gap?: number;
  /**
   * Told whether the card can be seen: false while the element is scrolled away or once it left the page,
   * true when it is back. The card is hidden (visibility) in the meantime either way.
   */
  onVisibility?: (visible: boolean) => void;
}

/**
 * Where a card goes when its preferred side has no room: a wide field (a social composer, a comment reply box)
 * usually has its action buttons below it, so above comes before below.
 */
export const FALLBACKS: Placement[] = ['left-start', 'top-start', 'bottom-start'];

/** Is the element still in its document (and that document still in a frame of ours, for iframes)? */
function attached(el: Element): boolean {
  if (!el.isConnected) return false;
  const frame = el.ownerDocument.defaultView?.frameElement;
  return !frame || frame.isConnected;
}

/** Positions `floating` next to `reference` and keeps it there until `signal` aborts. */
export function anchorFloating(reference: Element, floating: HTMLElement, o: AnchorOptions): void {
  if (o.signal.aborted) return;
  let visible: boolean | undefined;
  const setVisible = (v: boolean) => {
    floating.style.visibility = v ? 'visible' : 'hidden';
    if (v !== visible) {
      visible = v;
      o.onVisibility?.(v);
    }
  };
  floating.style.position = 'fixed';
  floating.style.visibility = 'hidden';
  let seq = 0;
  const update = () =>
    measure('anchor', () => {
      if (o.signal.aborted) return;
      if (!attached(reference)) {
        setVisible(false);
        return;
      }
      const mine = ++seq;
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: o.placement ?? 'right-start',
        middleware: [
          offset(o.gap ?? 8),
          flip({ padding: 8, fallbackPlacements: FALLBACKS, fallbackStrategy: 'initialPlacement' }),
          shift({ padding: 8 }),
          hide({ strategy: 'referenceHidden' }),
        ],
      }).then(({ x, y, middlewareData }) =>
        measure('anchor', () => {
          // A slower, older computation must not overwrite a newer one; nothing may move after cleanup.
          if (o.signal.aborted || mine !== seq) return;
          floating.style.left = `${Math.round(x)}px`;
          floating.style.top = `${Math.round(y)}px`;
          setVisible(!middlewareData.hide?.referenceHidden && attached(reference));
        }),
      );
    });
  // Start once the browser has laid the page out for the next frame: reading positions earlier would force that
  // layout inside our callback (on a freshly loaded 20k-element page, ~90 ms of the page's work billed to us).
  const win = reference.ownerDocument.defaultView ?? globalThis.window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = win.requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (o.signal.aborted) return;
      const cleanup = measure('anchor', () => autoUpdate(reference, floating, update, { layoutShift: true }));
      o.signal.addEventListener('abort', cleanup, { once: true });
    }, 0);
  });
  o.signal.addEventListener(
    'abort',
    () => {
      win.cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
    { once: true },
  );
}
