/**
 * Bluesky (bsky.app). The composer is a dialog over any page; its hooks are React Native Web testIDs
 * (data-testid) and accessibility labels. Fixture: tests/fixtures/html/bluesky/compose.html.
 */
import { PLATFORM_LIMITS } from '../checks';
import { defineSite, type ContentSnapshot, type ElementName } from './types';
import {
  closestDeep,
  composerFinder,
  composerSite,
  dialogImageKey,
  imagesWithAlt,
  postSnapshot,
  readEditableText,
  rememberOpenAlts,
  watchComposers,
} from './social-shared';

/** TipTap's editor (aria-label "Rich-Text Editor" by TipTap's default; the class is ProseMirror's own). */
const COMPOSE = '.ProseMirror[contenteditable="true"], [contenteditable="true"][aria-label="Rich-Text Editor"]';
const POST_BUTTON = '[data-testid="composerPublishBtn"]';
const COMPOSER_VIEW = '[data-testid="composePostView"]';
/** The alt-text dialog is a second dialog holding a textarea; the composer itself has none. */
const ALT_FIELD = '[role="dialog"] textarea';

const isBluesky = (url: URL) => url.protocol === 'https:' && url.hostname === 'bsky.app';
const POST_PATH = /^\/profile\/[^/]+\/post\/[^/]+\/?$/;
const HOME_PATH = /^\/$|^\/following\/?$/;

function view(box: Element): Element {
  return closestDeep(box, COMPOSER_VIEW) ?? closestDeep(box, '[role="dialog"]') ?? box;
}

const finder = composerFinder({
  selector: COMPOSE,
  regionOf: view,
  // Checked on every added node of a busy feed: plain tests, a wider net than the finders' own selectors.
  entry: `[contenteditable="true"], [role="dialog"], ${POST_BUTTON}, ${COMPOSER_VIEW}`,
});
const composer = (doc: Document) => finder.composer(doc);

/** A thread draft has several posts: the post a box belongs to is its largest ancestor holding no other box. */
function postOf(box: Element): Element {
  let node = box;
  while (node.parentElement && node.parentElement.querySelectorAll(COMPOSE).length <= 1 && !node.parentElement.matches(COMPOSER_VIEW)) {
    node = node.parentElement;
  }
  return node;
}

function isReply(box: Element): boolean {
  const button = view(box).querySelector(POST_BUTTON);
  // The button's label is not translated in the client ("Publish reply"); the reply header is a second sign.
  return button?.getAttribute('aria-label') === 'Publish reply' || view(box).querySelector('[aria-label*="replying to" i]') !== null;
}

function altDialogField(doc: Document): Element | null {
  return finder.memo(doc, 'alt', () => Array.from(doc.querySelectorAll(ALT_FIELD)).find((f) => !closestDeep(f, COMPOSER_VIEW)) ?? null);
}

function snapshotOf(box: Element, doc: Document): ContentSnapshot {
  const field = altDialogField(doc);
  rememberOpenAlts(doc, field ? [field] : [], dialogImageKey);
  // Images sit after the text box in the same post block (or in the composer view for a single post).
  const block = postOf(box);
  const gallery = block.querySelector('[data-testid="selectedPhotosView"]') ?? view(box).querySelector('[data-testid="selectedPhotosView"]');
  const images = imagesWithAlt(doc, gallery?.querySelectorAll('img') ?? []);
  return postSnapshot(readEditableText(box), images, isReply(box), PLATFORM_LIMITS.bluesky);
}

/** The remaining-characters number has no hook of its own: it is the number shown next to the progress ring. */
function charCounter(scope: Element): Element | null {
  for (const svg of Array.from(scope.querySelectorAll('svg'))) {
    const sibling = svg.previousElementSibling;
    if (sibling && /^-?\d+$/.test(sibling.textContent?.trim() ?? '')) return sibling.parentElement;
  }
  return null;
}

function find(name: ElementName, doc: Document): Element | null {
  if (name === 'imageAltField') return altDialogField(doc);
  const box = composer(doc);
  if (!box) return null;
  switch (name) {
    case 'composeBox':
      return box;
    case 'replyBox':
      return isReply(box) ? box : null;
    case 'postButton':
      return view(box).querySelector(POST_BUTTON);
    case 'altTextButton':
      return postOf(box).querySelector('[data-testid="altTextButton"]') ?? view(box).querySelector('[data-testid="altTextButton"]');
    case 'charCounter':
      return charCounter(view(box));
    default:
      return null;
  }
}

/** Current and older wordings of the toast; the composer closing confirms in any language. */
const SENT = /your (?:post|reply|posts) (?:was|were|has been|have been) (?:sent|published)/i;

export default defineSite({
  id: 'bluesky',
  kind: 'bluesky',
  matches: ['https://bsky.app/*'],
  detect: (_doc, url) => isBluesky(url),
  contexts: {
    'bluesky.home': {
      examples: ['https://bsky.app/', 'https://bsky.app/following'],
      test: (url) => isBluesky(url) && HOME_PATH.test(url.pathname),
    },
    'bluesky.post': {
      examples: ['https://bsky.app/profile/library.bsky.social/post/3kxyzabc123', 'https://bsky.app/profile/did:plc:abc123/post/3l2defg'],
      test: (url) => isBluesky(url) && POST_PATH.test(url.pathname),
    },
    'bluesky.other': {
      examples: ['https://bsky.app/notifications', 'https://bsky.app/profile/library.bsky.social', 'https://bsky.app/search?q=library'],
      test: (url) => isBluesky(url) && !HOME_PATH.test(url.pathname) && !POST_PATH.test(url.pathname),
    },
  },
  contextLabels: { 'bluesky.home': 'context_bluesky_home', 'bluesky.post': 'context_bluesky_post', 'bluesky.other': 'context_bluesky_other' },
  find,
  ...composerSite({
    site: 'bluesky',
    finder,
    composers: (doc) => Array.from(doc.querySelectorAll(COMPOSE)),
    altFields: (doc) => Array.from(doc.querySelectorAll(ALT_FIELD)),
    snapshotOf: (box, doc) => snapshotOf(box, doc),
  }),
  watch: (opts) =>
    watchComposers(opts, {
      site: 'bluesky',
      postButtonSelector: POST_BUTTON,
      isEnabled: (b) => b.getAttribute('aria-disabled') !== 'true' && !b.hasAttribute('disabled'),
      composerForButton: (b) => closestDeep(b, COMPOSER_VIEW)?.querySelector(COMPOSE) ?? closestDeep(b, '[role="dialog"]')?.querySelector(COMPOSE) ?? null,
      composeSelector: COMPOSE,
      snapshotOf,
      postedSignals: (doc) => Array.from(doc.querySelectorAll('[role="alert"], [role="status"], [data-sonner-toast]')).filter((t) => SENT.test(t.textContent ?? '')),
      altFieldSelector: ALT_FIELD,
      imageKeyForAltField: (field) => dialogImageKey(field),
    }),
});
