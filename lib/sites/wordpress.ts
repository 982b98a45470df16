/**
 * Self-hosted WordPress (wp-admin on any domain). Recognised by its markup, never by its host: public bodies run
 * WordPress on their own domains, and the learner turns the tutor on per site at runtime (optional host
 * permissions), so `matches` is empty.
 *
 * The screens, finders, snapshot and practice detection are shared with WordPress.com (wp-shared.ts); fixtures in
 * tests/fixtures/html/wordpress/<version>/ were captured from real WordPress 6.5.5 and 6.7-alpha.
 */
import { defineSite } from './types';
import {
  ADMIN_CONTEXT_LABELS,
  adminContexts,
  findWordPress,
  isWordPressAdmin,
  isWordPressComHost,
  snapshotWordPress,
  watchedFieldsWordPress,
  watchWordPress,
  type PostMetrics,
} from './wp-shared';

/** wp-admin served from anywhere but WordPress.com (which has its own adapter). */
export function isSelfHostedAdmin(doc: Document, url: URL): boolean {
  return !isWordPressComHost(url.hostname) && isWordPressAdmin(doc);
}

/** The self-hosted adapter, with the post metrics of your choice (the default is `defaultPostMetrics`). */
export function createWordPressSite(metrics?: PostMetrics) {
  return defineSite({
    id: 'wordpress',
    kind: 'wordpress',
    matches: [],
    detect: (doc, url) => isSelfHostedAdmin(doc, url),
    contexts: adminContexts(
      (url, doc) => !isWordPressComHost(url.hostname) && (doc === undefined || isWordPressAdmin(doc)),
      'https://blog.example.gov.uk',
    ),
    contextLabels: { ...ADMIN_CONTEXT_LABELS },
    find: (name, doc) => findWordPress(name, doc),
    watchedFields: watchedFieldsWordPress,
    snapshot: snapshotWordPress,
    watch: (opts) => watchWordPress(opts, { metrics }),
  });
}

export default createWordPressSite();
