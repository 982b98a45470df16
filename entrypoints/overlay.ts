import { defineUnlistedScript } from '#imports';
import { provideOverlayUi } from '../lib/overlay/registry';
import { overlayUi } from '../components/overlay/ui';

// The overlay's drawing code, injected by the background into a frame whose content script has something to show
// (lib/overlay/lazy.ts, lib/messaging/handlers/overlay.ts). It runs in the content script's isolated world and
// leaves its drawing function there; it returns nothing (Firefox's executeScript refuses results it cannot clone).
export default defineUnlistedScript(() => {
  provideOverlayUi(overlayUi);
});
