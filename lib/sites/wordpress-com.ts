/**
 * WordPress.com. Two places, both granted at install (fixed host permissions):
 * - <site>.wordpress.com/wp-admin/…: the same wp-admin as self-hosted WordPress, so the same screens and finders
 *   (wp-shared.ts); the context ids are the same `wp.*`, so every WordPress rule applies.
 * - wordpress.com/post/<site>/<id> (and /page/…): Calypso's editor page. It shows the block editor inside an iframe
 *   of <site>.wordpress.com/wp-admin/post.php?…&calypsoify=1, a different origin: a script in the top page cannot
 *   reach into it, so the tutor's content script must run in that frame too (`all_frames`), where it sees wp-admin.
 *   The top page itself is the `wpcom.editor` context, with only the frame to find.
 *
 * Confidence: the wp-admin screens are the real markup (captured from WordPress 6.5/6.7); Calypso's wrapper is
 * modelled on Automattic/wp-calypso's calypsoify-iframe component (tests/fixtures/html/wordpress-com/README.md).
 */
import { defineSite, type ElementName } from './types';
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

/** Calypso's editor routes: /post/<site>, /post/<site>/<id>, /page/<site>/<id>, /edit/<type>/<site>/<id>. */
const CALYPSO_EDITOR = /^\/(?:post|page|edit\/[a-z0-9_-]+)\/[^/]+(?:\/\d+)?\/?$/i;
/** The iframe Calypso puts the block editor in (class `is-iframe-loaded` once loaded). */
const CALYPSO_FRAME = '.calypsoify.is-iframe iframe, iframe.is-iframe-loaded, iframe[src*="calypsoify=1"]';

export const isCalypsoEditor = (url: URL) => url.hostname === 'wordpress.com' && CALYPSO_EDITOR.test(url.pathname);

/** A *.wordpress.com page showing wp-admin (sites on their own custom domain are found by the self-hosted adapter). */
const onWpcomAdmin = (url: URL, doc?: Document) =>
  isWordPressComHost(url.hostname) && url.hostname !== 'wordpress.com' && (doc === undefined || isWordPressAdmin(doc));

function find(name: ElementName, doc: Document) {
  const url = new URL(doc.URL);
  if (isCalypsoEditor(url)) return name === 'editorCanvas' ? doc.querySelector(CALYPSO_FRAME) : null;
  return findWordPress(name, doc);
}

export function createWordPressComSite(metrics?: PostMetrics) {
  return defineSite({
    id: 'wordpress-com',
    kind: 'wordpress.com',
    matches: ['https://wordpress.com/*', 'https://*.wordpress.com/*'],
    detect: (doc, url) => isCalypsoEditor(url) || onWpcomAdmin(url, doc),
    contexts: {
      'wpcom.editor': {
        examples: [
          'https://wordpress.com/post/councilnews.wordpress.com',
          'https://wordpress.com/post/councilnews.wordpress.com/123',
          'https://wordpress.com/page/councilnews.wordpress.com/7',
        ],
        test: (url) => isCalypsoEditor(url),
      },
      ...adminContexts(onWpcomAdmin, 'https://councilnews.wordpress.com'),
    },
    contextLabels: { 'wpcom.editor': 'context.wpcom.editor', ...ADMIN_CONTEXT_LABELS },
    find,
    watchedFields: (doc) => (isCalypsoEditor(new URL(doc.URL)) ? [] : watchedFieldsWordPress(doc)),
    snapshot: (doc, context) =>
      context === 'wpcom.editor' ? { text: '', paragraphs: [], headings: [], images: [], links: [] } : snapshotWordPress(doc, context),
    watch: (opts) => {
      // Calypso's page has nothing to watch: the editor frame runs its own copy of the content script.
      if (opts.context !== 'wpcom.editor') watchWordPress(opts, { metrics });
    },
  });
}

export default createWordPressComSite();
