/**
 * The overlay in an extension page (the workshop sandbox): the same shadow-root shell a content script puts in a
 * host page (lib/overlay/host.ts), with the drawing code bundled in the page rather than injected on first need.
 * The host element has the same name, `social-web-tutor`, so tests and lessons find the overlay the same way.
 */
import { attachOverlayShell, createOverlayShell, OVERLAY_HOST_NAME } from '../../lib/overlay/host';
import type { MountOverlay, OverlayCallbacks, OverlayView } from '../../lib/overlay/types';
import { overlayUi } from './ui';

export { OVERLAY_HOST_NAME };

export function mountIsolatedOverlay(doc: Document, callbacks: OverlayCallbacks): OverlayView {
  const shell = createOverlayShell(doc);
  attachOverlayShell(shell, doc);
  const view = overlayUi.draw(shell, callbacks);
  return {
    host: shell.host,
    render: view.render,
    hasFocus: view.hasFocus,
    destroy() {
      view.destroy();
      shell.host.remove();
    },
  };
}

/** The MountOverlay for startTutor on an extension page. */
export function isolatedMount(doc: Document = document): MountOverlay {
  return (callbacks) => mountIsolatedOverlay(doc, callbacks);
}
