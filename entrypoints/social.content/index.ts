import { createShadowRootUi, defineContentScript } from '#imports';

// Fixed social hosts (granted at install). Wiring only: the engine and overlay are started here.
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
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'social-web-tutor',
      position: 'overlay',
      onMount: (container) => container,
    });
    ui.mount();
  },
});
