/**
 * Telling a Mastodon server by its DOM, shared by the adapter (./mastodon.ts) and the runtime site script
 * (entrypoints/site.content), which imports only this to hand a Mastodon page to content-scripts/site-mastodon.js
 * without carrying Mastodon's whole adapter. Pinned to tests/fixtures/html/mastodon (tests/unit/sites/mastodon-runtime).
 */

/** The Mastodon web app's own root and state, as server-rendered by every instance (forks included). */
export function isMastodonDocument(doc: Document): boolean {
  if (doc.querySelector('#mastodon.app-holder, div#mastodon[data-props]')) return true;
  return !!doc.querySelector('script#initial-state[type="application/json"]') && !!doc.querySelector('form.compose-form, .app-holder');
}
