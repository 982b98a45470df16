/**
 * Threads (www.threads.com, and the older www.threads.net). Generated class names, no test ids: the hooks are
 * Lexical's `data-lexical-editor`, ARIA roles, and attached media being local (blob:/data:) images until posted.
 * Fixture: tests/fixtures/html/threads/compose.html. The alt-text editor and the toast are the least certain parts.
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

const COMPOSE = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
/** Media waiting to be posted are object URLs made in the page; uploaded and feed images are not. */
const LOCAL_IMAGE = 'img[src^="blob:"], img[src^="data:"]';

const isThreads = (url: URL) => url.protocol === 'https:' && (url.hostname === 'www.threads.com' || url.hostname === 'www.threads.net');
const HOME = /^\/(?:for_you|following)?\/?$/;
const POST = /^\/@[\w.]+\/post\/[\w-]+\/?$/;

function dialogOf(box: Element): Element {
  return closestDeep(box, '[role="dialog"]') ?? box.parentElement ?? box;
}

const finder = composerFinder({
  selector: COMPOSE,
  regionOf: dialogOf,
  // Checked on every added node of a busy feed: plain tests, a wider net than the finders' own selectors.
  entry: '[data-lexical-editor="true"], textarea, [role="dialog"]',
});
const composer = (doc: Document) => finder.composer(doc);

/** The post button has no label or test id: the dialog's button reading "Post", else its last button with aria-disabled. */
function postButtonIn(scope: Element): Element | null {
  const buttons = Array.from(scope.querySelectorAll('[role="button"]'));
  return buttons.find((b) => b.textContent?.trim() === 'Post') ?? buttons.filter((b) => b.hasAttribute('aria-disabled')).pop() ?? null;
}

/** A reply dialog shows the post being answered (a pressable post container) above the editor. */
const isReply = (box: Element) => dialogOf(box).querySelector('[data-pressable-container]') !== null;

/** The alt editor is a dialog holding a textarea and the image, but no post editor. */
function altFields(doc: Document): Element[] {
  return finder.memo(doc, 'alt', () =>
    Array.from(doc.querySelectorAll('[role="dialog"] textarea')).filter((f) => {
      const dialog = closestDeep(f, '[role="dialog"]');
      return dialog && !dialog.querySelector(COMPOSE) && dialog.querySelector('img');
    }),
  );
}

function attachedImages(box: Element): Element[] {
  return Array.from(dialogOf(box).querySelectorAll(LOCAL_IMAGE)).filter((img) => !img.closest('[data-pressable-container]'));
}

function snapshotOf(box: Element, doc: Document): ContentSnapshot {
  rememberOpenAlts(doc, altFields(doc), dialogImageKey);
  return postSnapshot(readEditableText(box), imagesWithAlt(doc, attachedImages(box)), isReply(box), PLATFORM_LIMITS.threads);
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
      return postButtonIn(dialogOf(box));
    case 'altTextButton': {
      const img = attachedImages(box)[0];
      return img?.parentElement?.querySelector('[role="button"]') ?? null;
    }
    default:
      // Threads shows a count only near its 500 limit; it is not modelled, so no charCounter.
      return null;
  }
}

export default defineSite({
  id: 'threads',
  kind: 'threads',
  matches: ['https://www.threads.net/*', 'https://www.threads.com/*'],
  detect: (_doc, url) => isThreads(url),
  contexts: {
    'threads.home': {
      examples: ['https://www.threads.com/', 'https://www.threads.net/', 'https://www.threads.com/following'],
      test: (url) => isThreads(url) && HOME.test(url.pathname),
    },
    'threads.post': {
      examples: ['https://www.threads.com/@library/post/C9FixtureAbc', 'https://www.threads.net/@council.comms/post/DAbc-123'],
      test: (url) => isThreads(url) && POST.test(url.pathname),
    },
    'threads.other': {
      examples: ['https://www.threads.com/@library', 'https://www.threads.com/activity', 'https://www.threads.com/search'],
      test: (url) => isThreads(url) && !HOME.test(url.pathname) && !POST.test(url.pathname),
    },
  },
  contextLabels: { 'threads.home': 'context_threads_home', 'threads.post': 'context_threads_post', 'threads.other': 'context_threads_other' },
  find,
  ...composerSite({
    site: 'threads',
    finder,
    composers: (doc) => Array.from(doc.querySelectorAll(COMPOSE)),
    altFields,
    snapshotOf: (box, doc) => snapshotOf(box, doc),
  }),
  watch: (opts) =>
    watchComposers(opts, {
      site: 'threads',
      postButtonSelector: '[role="dialog"] [role="button"]',
      // Only the dialog's post button counts (the selector above is broad because the button has no hook).
      isEnabled: (b) => b.getAttribute('aria-disabled') !== 'true' && postButtonIn(closestDeep(b, '[role="dialog"]') ?? b) === b,
      composerForButton: (b) => closestDeep(b, '[role="dialog"]')?.querySelector(COMPOSE) ?? null,
      composeSelector: COMPOSE,
      snapshotOf,
      postedSignals: (doc) => Array.from(doc.querySelectorAll('[role="alert"], [role="status"]')).filter((t) => t.querySelector('a[href*="/post/"]')),
      altFieldSelector: '[role="dialog"] textarea',
      imageKeyForAltField: (field) => dialogImageKey(field),
    }),
});
