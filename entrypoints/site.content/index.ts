import { defineContentScript } from '#imports';
import { bootTutor, handOverTo } from '../../lib/tutor/boot';
import { isMastodonDocument } from '../../lib/sites/mastodon-shared';
import wordpress from '../../lib/sites/wordpress';

// Sites the learner turns the tutor on for, one origin at a time (self-hosted WordPress, Mastodon instances):
// registered at runtime by lib/site-access for the granted origins only, so no match patterns here (WXT would
// add them to host_permissions). Which site it is comes from the page's DOM, not its domain.
// WordPress is served here; a Mastodon server is handed to content-scripts/site-mastodon.js (only its small DOM
// test is in this script), so a WordPress page never carries Mastodon's code (issue 4: ≤ 35 kB gzip per script).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    await bootTutor({
      adapters: [wordpress],
      handOver: [handOverTo('site-mastodon', (doc) => isMastodonDocument(doc))],
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      // Mastodon's web app renders its markup after the script starts.
      detectWaitMs: 10_000,
    });
  },
});
