/**
 * The overlay in an extension page (the workshop sandbox): the same shadow-root isolation a content script gets
 * from WXT's createShadowRootUi, built by hand because an extension page has no content-script context.
 * The host element has the same name, `social-web-tutor`, so tests and lessons find the overlay the same way.
 */
import type { MountOverlay, OverlayCallbacks, OverlayView } from '../../lib/overlay/types';
import { mountOverlay } from './mount';
import { OVERLAY_CSS } from './styles';

export const OVERLAY_HOST_NAME = 'social-web-tutor';

export function mountIsolatedOverlay(doc: Document, callbacks: OverlayCallbacks): OverlayView {
  const host = doc.createElement(OVERLAY_HOST_NAME);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${OVERLAY_CSS}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Key presses in the overlay stay in the overlay: the page's own shortcuts must not fire while the learner
  // types or presses Escape in our panel (WXT's isolateEvents does the same for content scripts).
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  doc.documentElement.append(host);
  const view = mountOverlay(container, callbacks, { host });
  return {
    host,
    render: view.render,
    hasFocus: view.hasFocus,
    destroy() {
      view.destroy();
      host.remove();
    },
  };
}

/** The MountOverlay for startTutor on an extension page. */
export function isolatedMount(doc: Document = document): MountOverlay {
  return (callbacks) => mountIsolatedOverlay(doc, callbacks);
}
