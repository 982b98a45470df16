import { defineContentScript } from '#imports';
import { bootTutor } from '../../lib/tutor/boot';
import mastodon from '../../lib/sites/mastodon';

// Mastodon on any server: started by the site script (entrypoints/site.content) in a frame where it recognised
// Mastodon, through the background (`tutor.inject`). Never registered or listed in the manifest itself.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    await bootTutor({
      adapters: [mastodon],
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      // Recognised already by the site script; the wait only covers a page that changed in between.
      detectWaitMs: 10_000,
    });
  },
});
