/**
 * Facebook (www.facebook.com). Class names are generated and change weekly; the hooks are Lexical's
 * `data-lexical-editor`, ARIA roles, and (localised) aria-labels as a last resort. Facebook confirms a new post only
 * by closing the dialog, and a comment only by emptying the box, so those are the "posted" signals.
 * Fixture: tests/fixtures/html/facebook/compose.html. The photo alt-text editor is the least certain part.
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

const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const POST_BUTTON = '[role="button"][aria-label="Post"]';
const COMMENT_BUTTON = '[role="button"][aria-label="Comment"]';
const ALT_FIELD = '[role="dialog"] textarea';

const isFacebook = (url: URL) => url.protocol === 'https:' && url.hostname === 'www.facebook.com';
const FEED = /^\/(?:home\.php)?$/;
const POST = /^\/(?:[^/]+\/posts\/[^/]+|permalink\.php|story\.php|groups\/[^/]+\/(?:posts|permalink)\/[^/]+|photo(?:\.php)?)\/?$/;
const GROUP = /^\/groups\/[^/]+\/?$/;

/** The create-post dialog holding this editor (the one with a Post button). */
function createDialog(editor: Element): Element | null {
  const dialog = closestDeep(editor, '[role="dialog"]');
  return dialog?.querySelector(POST_BUTTON) ? dialog : null;
}

/** A comment box sits in a post (role=article) or in a post opened as a dialog. Messenger's boxes do not. */
function isCommentBox(editor: Element): boolean {
  if (createDialog(editor)) return false;
  if (closestDeep(editor, '[role="article"]')) return true;
  return closestDeep(editor, '[role="dialog"]')?.querySelector('[role="article"]') != null;
}

function composers(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(LEXICAL)).filter((e) => createDialog(e) || isCommentBox(e));
}

function scope(editor: Element): Element {
  return createDialog(editor) ?? closestDeep(editor, 'form') ?? editor.parentElement ?? editor;
}

const finder = composerFinder({
  selector: LEXICAL,
  candidates: composers,
  // A comment box's post is around it: the region reaches to its article (or its dialog).
  regionOf: (editor) => createDialog(editor) ?? closestDeep(editor, '[role="article"]') ?? closestDeep(editor, '[role="dialog"]') ?? scope(editor),
  // Checked on every added node of a busy feed: plain tests, a wider net than the finders' own selectors.
  entry: '[data-lexical-editor="true"], textarea, [role="dialog"]',
});
const composer = (doc: Document) => finder.composer(doc);

/** A textarea in a dialog other than the create-post dialog, next to the photo it describes. */
function altFields(doc: Document): Element[] {
  return finder.memo(doc, 'alt', () =>
    Array.from(doc.querySelectorAll(ALT_FIELD)).filter((f) => !closestDeep(f, '[role="dialog"]')?.querySelector(POST_BUTTON) && dialogImageKey(f)),
  );
}

function snapshotOf(editor: Element, doc: Document): ContentSnapshot {
  rememberOpenAlts(doc, altFields(doc), dialogImageKey);
  const images = imagesWithAlt(doc, createDialog(editor)?.querySelectorAll('form img') ?? []);
  return postSnapshot(readEditableText(editor), images, isCommentBox(editor), PLATFORM_LIMITS.facebook);
}

function find(name: ElementName, doc: Document): Element | null {
  if (name === 'imageAltField') return altFields(doc)[0] ?? null;
  const editor = composer(doc);
  if (!editor) return null;
  switch (name) {
    case 'composeBox':
      return editor;
    case 'replyBox':
      return isCommentBox(editor) ? editor : null;
    case 'postButton':
      // A comment is sent with Enter; its send button appears only in some layouts.
      return createDialog(editor)?.querySelector(POST_BUTTON) ?? scope(editor).querySelector(COMMENT_BUTTON);
    case 'altTextButton':
      return createDialog(editor)?.querySelector('form [role="button"][aria-label="Edit"]') ?? null;
    default:
      return null;
  }
}

export default defineSite({
  id: 'facebook',
  kind: 'facebook',
  matches: ['https://www.facebook.com/*'],
  detect: (_doc, url) => isFacebook(url),
  contexts: {
    'facebook.feed': {
      examples: ['https://www.facebook.com/', 'https://www.facebook.com/home.php'],
      test: (url) => isFacebook(url) && FEED.test(url.pathname),
    },
    'facebook.post': {
      examples: [
        'https://www.facebook.com/LibraryService/posts/pfbid02abc',
        'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
        'https://www.facebook.com/groups/123456/posts/789/',
      ],
      test: (url) => isFacebook(url) && POST.test(url.pathname),
    },
    'facebook.group': {
      examples: ['https://www.facebook.com/groups/123456', 'https://www.facebook.com/groups/villagehall/'],
      test: (url) => isFacebook(url) && GROUP.test(url.pathname),
    },
    'facebook.other': {
      examples: ['https://www.facebook.com/LibraryService', 'https://www.facebook.com/notifications'],
      test: (url) => isFacebook(url) && !FEED.test(url.pathname) && !POST.test(url.pathname) && !GROUP.test(url.pathname),
    },
  },
  contextLabels: {
    'facebook.feed': 'context_facebook_feed',
    'facebook.post': 'context_facebook_post',
    'facebook.group': 'context_facebook_group',
    'facebook.other': 'context_facebook_other',
  },
  find,
  ...composerSite({
    site: 'facebook',
    finder,
    composers,
    altFields,
    snapshotOf: (editor, doc) => snapshotOf(editor, doc),
  }),
  watch: (opts) =>
    watchComposers(opts, {
      site: 'facebook',
      postButtonSelector: `${POST_BUTTON}, ${COMMENT_BUTTON}`,
      isEnabled: (b) => b.getAttribute('aria-disabled') !== 'true',
      composerForButton: (b) => (closestDeep(b, '[role="dialog"]') ?? closestDeep(b, 'form'))?.querySelector(LEXICAL) ?? null,
      composeSelector: LEXICAL,
      snapshotOf,
      // Comments go with Enter (Shift+Enter is a new line); a new post is only sent with its button.
      isSubmitKey: (event, editor) => isCommentBox(editor) && !event.shiftKey && !event.isComposing,
      postedSignals: () => [],
      altFieldSelector: ALT_FIELD,
      imageKeyForAltField: (field) => dialogImageKey(field),
    }),
});
