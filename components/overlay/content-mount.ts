/**
 * The MountOverlay for content scripts: WXT's createShadowRootUi (passed in by the entrypoint, which imports it
 * from '#imports') hosting the Preact overlay in an open shadow root on an element named `social-web-tutor`.
 *
 * The host goes at the end of <html>, after <body>: outside any stacking context or transform the page puts on its
 * body, and away from frameworks that re-render the body's children.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { createShadowRootUi as CreateShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { MountOverlay, OverlayView } from '../../lib/overlay/types';
import { mountOverlay } from './mount';
import { OVERLAY_CSS } from './styles';
import { OVERLAY_HOST_NAME } from './isolated';
import { measure } from '../../lib/dom/timing';

export function shadowRootMount(ctx: ContentScriptContext, createShadowRootUi: typeof CreateShadowRootUi): MountOverlay {
  return async (callbacks) => {
    let view: OverlayView | undefined;
    const ui = await createShadowRootUi(ctx, {
      name: OVERLAY_HOST_NAME,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: OVERLAY_CSS,
      // Keys pressed in our panel must not reach the page's own shortcuts (X's "n", "j", "k"…).
      isolateEvents: true,
      onMount: (container, _shadow, host) => (view = mountOverlay(container, callbacks, { host })),
      onRemove: (mounted) => mounted?.destroy(),
    });
    measure('boot', () => ui.mount());
    return {
      host: ui.shadowHost,
      render: (state) => view?.render(state),
      hasFocus: () => view?.hasFocus?.() ?? false,
      destroy: () => ui.remove(),
    };
  };
}
