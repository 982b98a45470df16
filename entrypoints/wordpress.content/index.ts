import { defineContentScript } from '#imports';
import { bootTutor } from '../../lib/tutor/boot';
import wordpressCom from '../../lib/sites/wordpress-com';

// WordPress.com, granted at install. All frames: Calypso's editor page shows wp-admin in a cross-origin iframe
// (<site>.wordpress.com/wp-admin/…), where only a copy of this script running in that frame can read it.
// Self-hosted WordPress is turned on per site at runtime: entrypoints/site.content.
export default defineContentScript({
  matches: ['https://wordpress.com/*', 'https://*.wordpress.com/*'],
  allFrames: true,
  async main(ctx) {
    await bootTutor({
      adapters: [wordpressCom],
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      // wp-admin is rendered by the server; Calypso's SPA shell needs a moment.
      detectWaitMs: 5000,
    });
  },
});
