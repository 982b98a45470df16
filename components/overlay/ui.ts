/**
 * The overlay's drawing code as one object: its stylesheet added to a shell's shadow root (lib/overlay/host.ts),
 * then Preact rendering into the shell's body. Content scripts receive it through the overlay script the background
 * injects on first need (entrypoints/overlay.ts → lib/overlay/registry.ts); the workshop page uses it directly.
 */
import { addShellStyle } from '../../lib/overlay/host';
import { OVERLAY_UI_VERSION, type OverlayUi } from '../../lib/overlay/registry';
import { measure } from '../../lib/dom/timing';
import { mountOverlay } from './mount';
import { OVERLAY_CSS } from './styles';

export const overlayUi: OverlayUi = {
  version: OVERLAY_UI_VERSION,
  draw(shell, callbacks) {
    const view = measure('overlay', () => {
      addShellStyle(shell, OVERLAY_CSS);
      return mountOverlay(shell.container, callbacks, { host: shell.host });
    });
    return {
      host: shell.host,
      render: (state) => measure('overlay', () => view.render(state)),
      hasFocus: () => view.hasFocus?.() ?? false,
      destroy: () => view.destroy(),
    };
  },
};
