/**
 * Mounting the overlay into a container (the body of the overlay's shadow-root shell, lib/overlay/host.ts). Returns
 * the OverlayView the tutor runtime drives; `destroy()` unmounts, so every mount has its unmount.
 *
 * The CSS is not imported here: ./ui adds it to the shell's shadow root.
 */
import { render } from 'preact';
import type { OverlayCallbacks, OverlayState, OverlayView } from '../../lib/overlay/types';
import { Overlay } from './Overlay';

export interface MountOptions {
  /** The overlay's host element in the page (its shadow host), so focus inside it is told apart from the page's. */
  host?: Element;
}

export function mountOverlay(container: HTMLElement, callbacks: OverlayCallbacks, opts: MountOptions = {}): OverlayView {
  let mounted = true;
  const root = container.getRootNode() as Document | ShadowRoot;
  return {
    host: opts.host,
    render(state: OverlayState) {
      if (mounted) render(<Overlay state={state} callbacks={callbacks} />, container);
    },
    destroy() {
      if (!mounted) return;
      mounted = false;
      render(null, container);
    },
    hasFocus() {
      const active = root.activeElement;
      return !!active && container.contains(active);
    },
  };
}
