/**
 * LinkedIn (www.linkedin.com). No test ids: the hooks are LinkedIn's long-lived BEM class names (share box,
 * Quill editor, artdeco components). Newer pages render the share dialog into an open shadow root under
 * #interop-outlet, so every lookup searches that root too. Labels are localised: none is relied on.
 * Fixture: tests/fixtures/html/linkedin/compose.html. The image alt-text editor is the least certain part.
 */
import { PLATFORM_LIMITS } from '../checks';
import { defineSite, type ContentSnapshot, type ElementName } from './types';
import {
  closestDeep,
  composerFinder,
  composerSite,
  imageSource,
  imagesWithAlt,
  postSnapshot,
  readEditableText,
  rememberOpenAlts,
  watchComposers,
} from './social-shared';

const SHARE_EDITOR = '.share-creation-state__text-editor [role="textbox"][contenteditable="true"], .share-box-v2__modal .ql-editor[contenteditable="true"]';
const COMMENT_EDITOR = '.comments-comment-box [role="textbox"][contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]';
const COMPOSE = `${SHARE_EDITOR}, ${COMMENT_EDITOR}`;
const POST_BUTTON = 'button.share-actions__primary-action, button.comments-comment-box__submit-button';
const SCOPE = '.share-box-v2__modal, .share-creation-state, form.comments-comment-box__form, .comments-comment-box';
const ALT_FIELD = 'textarea#alt-text-input, .share-media-alt-text textarea';
const ALT_BUTTON = '.share-media-alt-text__trigger, button[aria-label="Alternative text"]';

const isLinkedIn = (url: URL) => url.protocol === 'https:' && url.hostname === 'www.linkedin.com';
const FEED = /^\/feed\/?$/;
const POST = /^\/feed\/update\/urn:li:(?:activity|share|ugcPost):\d+\/?$|^\/posts\/[^/]+\/?$/;

/** Where LinkedIn renders dialogs: an open shadow root on one of these. */
const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';

/** The page itself plus the shadow roots LinkedIn renders dialogs into. */
function roots(doc: Document): ParentNode[] {
  const found: ParentNode[] = [doc];
  for (const host of Array.from(doc.querySelectorAll(SHADOW_HOSTS))) {
    if (host.shadowRoot) found.push(host.shadowRoot);
  }
  return found;
}

function all(doc: Document, selector: string): Element[] {
  return roots(doc).flatMap((root) => Array.from(root.querySelectorAll(selector)));
}

function scope(box: Element): Element {
  return closestDeep(box, SCOPE) ?? box;
}

const finder = composerFinder({
  selector: COMPOSE,
  candidates: (doc) => all(doc, COMPOSE),
  regionOf: scope,
  // Checked on every added node of a busy feed: plain tests, a wider net than the finders' own selectors.
  entry: `[contenteditable="true"], textarea, [role="dialog"], ${SHADOW_HOSTS}`,
});
const composer = (doc: Document) => finder.composer(doc);
const altFields = (doc: Document) => finder.memo(doc, 'alt', () => all(doc, ALT_FIELD));

const isReply = (box: Element) => closestDeep(box, '.comments-comment-box, form.comments-comment-box__form') !== null;

function altKey(field: Element): string | null {
  const img = closestDeep(field, '.share-media-alt-text')?.querySelector('img') ?? closestDeep(field, '[role="dialog"]')?.querySelector('img');
  return img ? imageSource(img) || null : null;
}

function snapshotOf(box: Element, doc: Document): ContentSnapshot {
  rememberOpenAlts(doc, altFields(doc), altKey);
  const previews = Array.from(scope(box).querySelectorAll('.share-creation-state__preview img')).filter((img) => !img.closest('.share-media-alt-text'));
  return postSnapshot(readEditableText(box), imagesWithAlt(doc, previews), isReply(box), PLATFORM_LIMITS.linkedin);
}

function find(name: ElementName, doc: Document): Element | null {
  if (name === 'imageAltField') return altFields(doc)[0] ?? null;
  const box = composer(doc);
  if (!box) return null;
  switch (name) {
    case 'composeBox':
      return box;
    case 'replyBox':
      return isReply(box) ? box : null;
    case 'postButton':
      return scope(box).querySelector(POST_BUTTON);
    case 'altTextButton':
      return scope(box).querySelector(ALT_BUTTON);
    default:
      // LinkedIn shows a character count only close to its 3,000 limit; it is not modelled, so no charCounter.
      return null;
  }
}

export default defineSite({
  id: 'linkedin',
  kind: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  detect: (_doc, url) => isLinkedIn(url),
  contexts: {
    'linkedin.feed': {
      examples: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed/?shareActive=true'],
      test: (url) => isLinkedIn(url) && FEED.test(url.pathname),
    },
    'linkedin.post': {
      examples: [
        'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000001/',
        'https://www.linkedin.com/posts/council-comms_libraries-activity-7200000000000000001-AbCd/',
      ],
      test: (url) => isLinkedIn(url) && POST.test(url.pathname),
    },
    'linkedin.other': {
      examples: ['https://www.linkedin.com/in/learner/', 'https://www.linkedin.com/company/example-council/', 'https://www.linkedin.com/notifications/'],
      test: (url) => isLinkedIn(url) && !FEED.test(url.pathname) && !POST.test(url.pathname),
    },
  },
  contextLabels: { 'linkedin.feed': 'context_linkedin_feed', 'linkedin.post': 'context_linkedin_post', 'linkedin.other': 'context_linkedin_other' },
  find,
  ...composerSite({
    site: 'linkedin',
    finder,
    composers: (doc) => all(doc, COMPOSE),
    altFields: (doc) => all(doc, ALT_FIELD),
    snapshotOf: (box, doc) => snapshotOf(box, doc),
    shadowHosts: SHADOW_HOSTS,
  }),
  watch: (opts) =>
    watchComposers(opts, {
      site: 'linkedin',
      postButtonSelector: POST_BUTTON,
      isEnabled: (b) => !b.hasAttribute('disabled') && b.getAttribute('aria-disabled') !== 'true',
      composerForButton: (b) => closestDeep(b, SCOPE)?.querySelector(COMPOSE) ?? null,
      composeSelector: COMPOSE,
      snapshotOf,
      postedSignals: (doc) => all(doc, '.artdeco-toast-item').filter((t) => t.querySelector('a[href*="/feed/update/"], a[href*="/posts/"]')),
      altFieldSelector: ALT_FIELD,
      imageKeyForAltField: (field) => altKey(field),
    }),
});
