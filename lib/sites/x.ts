/**
 * X (x.com, twitter.com). X ships stable `data-testid` hooks; they are what this file relies on.
 * Fixture: tests/fixtures/html/x/compose.html (where and when the markup was modelled is noted in it).
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
  scopeOf,
  watchComposers,
} from './social-shared';

const HOST = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/;
/**
 * `_label` is the wrapping <label>, which carries the same prefix; only the textbox has the role. The role is tested
 * first: most of X's elements carry a data-testid, and a prefix test on each costs twice a plain one.
 */
const COMPOSE = '[role="textbox"][data-testid^="tweetTextarea_"]';
const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const ALT_FIELD = '[data-testid="altTextInput"]';
/** Handles are 1–15 word characters; these first segments are X's own pages, not people. */
const STATUS = /^\/[A-Za-z0-9_]{1,15}\/status\/\d+/;

const isX = (url: URL) => url.protocol === 'https:' && HOST.test(url.hostname);

function scope(box: Element): Element {
  return finder.memoFor(box, 'scope', () => scopeOf(box, POST_BUTTON)) ?? box;
}

/** Kept with the composer: the reply dialog shows the post being answered; the inline composer's buttons and
 * attachments sit in its scope. */
const regionOf = (box: Element) => closestDeep(box, '[role="dialog"]') ?? scope(box);

const finder = composerFinder({
  selector: COMPOSE,
  regionOf: (box) => regionOf(box),
  // Checked on every added node of a busy feed, so plain attribute tests (a prefix test costs several times more):
  // a wider net than the finders' own selectors, which only means a few more runs.
  entry: `[role="textbox"], [role="dialog"], ${POST_BUTTON}, ${ALT_FIELD}`,
});
const composer = (doc: Document) => finder.composer(doc);
const altField = (doc: Document) => finder.memo(doc, 'alt', () => doc.querySelector(ALT_FIELD));

/** A reply when the dialog shows the post being answered, or on a post's own page (its inline composer). */
function isReply(box: Element, context: string): boolean {
  const dialog = closestDeep(box, '[role="dialog"]');
  if (dialog) return dialog.querySelector('[data-testid="tweetText"]') !== null;
  return context === 'x.status';
}

function snapshotOf(box: Element, doc: Document, context: string): ContentSnapshot {
  // While the description dialog is open, what it holds is the freshest truth for its image.
  const field = altField(doc);
  rememberOpenAlts(doc, field ? [field] : [], dialogImageKey);
  const images = imagesWithAlt(doc, scope(box).querySelectorAll('[data-testid="attachments"] img'));
  return postSnapshot(readEditableText(box), images, isReply(box, context), PLATFORM_LIMITS.x);
}

function find(name: ElementName, doc: Document): Element | null {
  const box = composer(doc);
  switch (name) {
    case 'composeBox':
      return box;
    case 'replyBox':
      return box && isReply(box, statusContext(doc)) ? box : null;
    case 'postButton':
      return box ? scope(box).querySelector(POST_BUTTON) : null;
    case 'charCounter':
      return box ? scope(box).querySelector('[role="progressbar"]') : null;
    case 'altTextButton':
      return box ? scope(box).querySelector('[data-testid="attachments"] [aria-label*="description" i]') : null;
    case 'imageAltField':
      return altField(doc);
    default:
      return null;
  }
}

/** Finders get no context argument: a post's page is recognised from the document's own address. */
function statusContext(doc: Document): string {
  const path = doc.location?.pathname ?? '';
  return STATUS.test(path) ? 'x.status' : '';
}

export default defineSite({
  id: 'x',
  kind: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  detect: (_doc, url) => isX(url),
  contexts: {
    'x.home': {
      examples: ['https://x.com/home', 'https://twitter.com/home', 'https://x.com/'],
      test: (url) => isX(url) && (url.pathname === '/home' || url.pathname === '/'),
    },
    'x.compose': {
      examples: ['https://x.com/compose/post', 'https://twitter.com/compose/tweet', 'https://x.com/compose/post/media'],
      test: (url) => isX(url) && /^\/compose\/(?:post|tweet)(?:\/|$)/.test(url.pathname),
    },
    'x.status': {
      examples: ['https://x.com/CouncilComms/status/1830000000000000001', 'https://twitter.com/nhs/status/123456789'],
      test: (url) => isX(url) && STATUS.test(url.pathname),
    },
    'x.other': {
      examples: ['https://x.com/notifications', 'https://x.com/CouncilComms', 'https://x.com/search?q=library'],
      test: (url) =>
        isX(url) &&
        !(url.pathname === '/home' || url.pathname === '/') &&
        !/^\/compose\/(?:post|tweet)(?:\/|$)/.test(url.pathname) &&
        !STATUS.test(url.pathname),
    },
  },
  contextLabels: {
    'x.home': 'context_x_home',
    'x.compose': 'context_x_compose',
    'x.status': 'context_x_status',
    'x.other': 'context_x_other',
  },
  find,
  ...composerSite({
    site: 'x',
    finder,
    composers: (doc) => Array.from(doc.querySelectorAll(COMPOSE)),
    altFields: (doc) => Array.from(doc.querySelectorAll(ALT_FIELD)),
    snapshotOf,
  }),
  watch: (opts) =>
    watchComposers(opts, {
      site: 'x',
      postButtonSelector: POST_BUTTON,
      isEnabled: (b) => b.getAttribute('aria-disabled') !== 'true' && !b.hasAttribute('disabled'),
      composerForButton: (b) => scopeOf(b, COMPOSE)?.querySelector(COMPOSE) ?? null,
      composeSelector: COMPOSE,
      snapshotOf: (box, doc) => snapshotOf(box, doc, opts.context),
      // The toast links to the new post; its words are localised, the link is not.
      postedSignals: (doc) => Array.from(doc.querySelectorAll('[data-testid="toast"]')).filter((t) => t.querySelector('a[href*="/status/"]')),
      altFieldSelector: ALT_FIELD,
      imageKeyForAltField: (field) => dialogImageKey(field),
    }),
});
