import { defineContentScript } from '#imports';
import { bootTutor } from '../../lib/tutor/boot';
import mastodon from '../../lib/sites/mastodon';
import wordpress from '../../lib/sites/wordpress';

// Sites the learner turns the tutor on for, one origin at a time (self-hosted WordPress, Mastodon instances):
// registered at runtime by lib/site-access for the granted origins only, so no match patterns here (WXT would
// add them to host_permissions). Which site it is comes from the page's DOM, not its domain.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    await bootTutor({
      adapters: [wordpress, mastodon],
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      // Mastodon's web app renders its markup after the script starts.
      detectWaitMs: 10_000,
    });
  },
});
