import { defineContentScript } from '#imports';
import { bootTutor } from '../../lib/tutor/boot';
import bluesky from '../../lib/sites/bluesky';
import facebook from '../../lib/sites/facebook';
import linkedin from '../../lib/sites/linkedin';
import threads from '../../lib/sites/threads';
import x from '../../lib/sites/x';

// The social sites granted at install (wxt.config.ts FIXED_HOSTS). Mastodon runs on any domain: entrypoints/site.content.
// tests/unit/tutor/entrypoints.test.ts keeps these patterns equal to the adapters' own `matches`.
export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.linkedin.com/*',
    'https://www.facebook.com/*',
    'https://bsky.app/*',
    'https://www.threads.net/*',
    'https://www.threads.com/*',
  ],
  async main(ctx) {
    await bootTutor({
      adapters: [x, linkedin, facebook, bluesky, threads],
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
  },
});
