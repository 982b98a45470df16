/**
 * wp-admin, read the way a learner sees it: shared by the self-hosted WordPress adapter (wordpress.ts, recognised by
 * its DOM on any domain) and the WordPress.com adapter (wordpress-com.ts), whose wp-admin is the same software.
 *
 * Every selector is named in `WP` below and pinned to trimmed fixtures captured from real WordPress 6.5.5 and
 * 6.7-alpha (tests/fixtures/html/wordpress/, made by scripts/wordpress/capture-fixtures.mjs), with fallbacks for
 * older class names where they are known.
 *
 * The block editor's content lives in a same-origin iframe (`iframe[name="editor-canvas"]`, a blob: document, since
 * 6.3 with block themes); the classic editor's in TinyMCE's iframe. Finders reach into both through
 * `contentDocument`, and fall back to the page itself for editors that are not iframed.
 *
 * Read only: nothing here writes to the page, clicks, or reads the page's JavaScript state. Practice is detected
 * from what the UI shows: panels and notices appearing, row classes changing, fields committed.
 */
import { checkHeadings } from '../checks/headings';
import { checkLinkText } from '../checks/link-text';
import { checkSentences, GOVUK_SENTENCE_MAX_WORDS } from '../checks/sentences';
import { YOAST_PARAGRAPH_GOOD_MAX } from '../checks/structure';
import { countWords } from '../checks/words';
import type { ContentSnapshot, ContextSpec, DetectedAction, ElementName, WatchOptions } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Selectors, named (one place to change when WordPress changes)
// ---------------------------------------------------------------------------------------------------------------

export const WP = {
  // Recognising wp-admin
  adminBody: 'body.wp-admin',
  adminChrome: '#wpwrap, #wpbody-content, #adminmenumain',
  adminBar: '#wpadminbar',
  blockEditorShell: '.block-editor, .edit-post-layout, .editor-editor-interface, #editor.block-editor__container',

  // Block editor: the canvas and its blocks
  canvasFrame: 'iframe[name="editor-canvas"]',
  /** The canvas body when the editor is not iframed (classic themes, WordPress before 6.3). */
  inlineCanvas: '.editor-styles-wrapper',
  /** 6.x: the contenteditable h1 in the canvas; 5.x: a textarea with the same class. */
  title: '.editor-post-title__input, h1.wp-block-post-title[contenteditable="true"]',
  rootBlockList: '.is-root-container.block-editor-block-list__layout, .block-editor-block-list__layout.is-root-container',
  block: '[data-block][data-type]',
  paragraph: '[data-type="core/paragraph"]',
  heading: '[data-type="core/heading"]',
  list: '[data-type="core/list"]',
  image: '[data-type="core/image"]',
  selectedBlock: '.block-editor-block-list__block.is-selected',
  richTextPlaceholder: '[data-rich-text-placeholder]',

  // Block editor: sidebar, publishing
  inspector: '.block-editor-block-inspector',
  publishToggle: '.editor-post-publish-panel__toggle',
  /** The button that saves: "Publish" without pre-publish checks, "Update" (6.5) / "Save" (6.7) once published. */
  saveButton: '.editor-post-publish-button',
  publishPanel: '.editor-post-publish-panel',
  prePublish: '.editor-post-publish-panel__prepublish',
  prePublishConfirm: '.editor-post-publish-panel__header-publish-button button',
  postPublish: '.post-publish-panel__postpublish',
  postPublishHeader: '.post-publish-panel__postpublish-header',
  /** "View Post" (only once live) and "Add New Post". */
  postPublishButtons: '.post-publish-panel__postpublish-buttons',
  snackbar: '.components-snackbar',
  panelBody: '.components-panel__body',
  panelToggle: '.components-panel__body-toggle',
  /** The admin menu's taxonomy links ("Categories", "Tags"), labelled as the editor's panels are. */
  taxonomyMenuLink: '#adminmenu a[href*="edit-tags.php?taxonomy="]',
  categoriesList: '.editor-post-taxonomies__hierarchical-terms-list',
  /** 6.5: inside the "Featured image" panel; 6.7: in the summary at the top of the Post tab. */
  featuredImage: '.editor-post-featured-image',
  featuredImageSet: '.editor-post-featured-image img, .editor-post-featured-image__preview img',
  /** 6.7's status row ("Change post status: Published"). */
  statusButton: '.editor-post-status button',
  /** The block editor's header toolbar on the right (6.5 / 6.7). */
  headerSettings: '.edit-post-header__settings, .editor-header__settings',
  /**
   * "Save draft" / "Saved": rendered only while the post is not published or scheduled (measured on 6.5.5 and
   * 6.7-alpha with the pre-publish checks turned off, when the header's Publish is a plain button, not the toggle).
   */
  draftState: '.editor-post-save-draft, .editor-post-saved-state',
  previewButton: '.edit-post-header__post-preview-button, .editor-header__post-preview-button',
  postIdInput: 'input#post_ID',

  // Media: the wp.media modal (editors and upload.php grid) and the attachment edit screen
  mediaModal: '.media-modal',
  modalAltField: '#attachment-details-alt-text, #attachment-details-two-column-alt-text',
  attachmentDetails: '.attachment-details',
  attachmentThumb: '.attachment-details .thumbnail img, .attachment-details img.details-image',
  attachmentAlt: 'textarea#attachment_alt',
  attachmentImage: '.wp_attachment_image img, .wp_attachment_holder img',

  // Classic editor
  classicTitle: 'input#title',
  classicWrap: '#wp-content-wrap',
  classicEditor: '#postdivrich, #wp-content-editor-container',
  tinymceFrame: 'iframe#content_ifr',
  classicTextarea: 'textarea#content',
  classicPublish: 'input#publish',
  classicCategories: '#categorydiv',
  classicChecklist: '#categorychecklist',
  classicFeatured: '#postimagediv',
  classicThumbnailId: 'input#_thumbnail_id',
  classicMessage: '#message',
  classicStatus: 'input#original_post_status',
  referer: 'input[name="_wp_http_referer"]',

  // Comments (edit-comments.php; the dashboard's Activity widget uses the same ids)
  commentList: '#the-comment-list',
  commentRow: '#the-comment-list [id^="comment-"].comment, #the-comment-list [id^="comment-"].comment-item',
  replyRow: '#replyrow',
  replyContent: '#replyrow textarea#replycontent',
  replyAction: '#replyrow input#action',
  replyParent: '#replyrow input#comment_ID',
  spamUndo: '.spam-undo-inside',

  adminMenu: '#adminmenu',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Small DOM readers
// ---------------------------------------------------------------------------------------------------------------

const qa = <T extends Element = Element>(root: ParentNode, selector: string): T[] => Array.from(root.querySelectorAll<T>(selector));

/**
 * Hidden by the page: the `hidden` attribute, an inline `display: none` (how jQuery and Backbone hide things: the
 * closed media modal, the comment reply row), WordPress's `.hidden` class, or (in a real browser) not rendered.
 */
export function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden')) return true;
    const style = n.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
    if (n.classList.contains('hidden')) return true;
  }
  return false;
}

function shown<T extends Element>(els: T[]): T | null {
  return els.find((el) => !isHidden(el)) ?? null;
}

/** The document inside a same-origin iframe (blob: and about:blank frames are), or null. */
export function frameDocument(frame: Element | null): Document | null {
  if (!frame || frame.tagName !== 'IFRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // Cross-origin: the browser keeps it private.
    return null;
  }
}

/** The block editor's canvas document: the iframe's when iframed, else null. */
export function canvasDocument(doc: Document): Document | null {
  return frameDocument(doc.querySelector(WP.canvasFrame));
}

/** Where blocks may be: the canvas document first, then the page (older or non-iframed editors). */
function contentRoots(doc: Document): Document[] {
  const canvas = canvasDocument(doc);
  return canvas ? [canvas, doc] : [doc];
}

function firstIn(roots: ParentNode[], selector: string): Element | null {
  for (const r of roots) {
    const hit = r.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

function valueOf(el: Element | null): string {
  if (!el) return '';
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return (el as HTMLInputElement).value ?? '';
  return richText(el);
}

/**
 * The text of a rich-text element as the reader sees it: placeholders dropped ("Add title" is an attribute shown
 * through CSS, but its span is in the DOM), the editor's zero-width U+FEFF caret holders removed, <br> as a line.
 */
export function richText(el: Element, skip?: (child: Element) => boolean): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (child.hasAttribute('data-rich-text-placeholder')) return;
    const tag = child.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEXTAREA') return;
    if (skip?.(child)) return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    child.childNodes.forEach(visit);
  };
  el.childNodes.forEach(visit);
  return out
    .replace(/\uFEFF/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** A short, stable, non-reversible id (FNV-1a), so action keys never carry addresses or words. */
export function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * One key for one uploaded image wherever it shows: the block's "large" size, the modal's "medium" thumbnail and
 * the original share a path once WordPress's size suffixes (-1024x576, -scaled, -rotated, -e<timestamp>) are gone.
 */
export function imageKey(src: string): string {
  let path = src;
  try {
    path = new URL(src, 'http://x.invalid/').pathname;
  } catch {
    // A malformed src: hash it as written.
  }
  const normalised = path.replace(/-(?:\d+x\d+|scaled|rotated|e\d{10,})(?=\.[a-z0-9]{2,5}$)/gi, '');
  return shortHash(normalised.toLowerCase());
}

function fileNameOf(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  const name = path.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The block editor never shows an empty alt as empty: the image block renders
 * `alt="This image has an empty alt attribute; its file name is <name>"` (translated on non-English sites). Seen
 * in 6.5.5 and 6.7-alpha. We recognise the English wording, and any wording that quotes the file name around
 * other words, as "no alt text".
 */
export function isEmptyAltPlaceholder(alt: string, src: string): boolean {
  const a = alt.trim();
  if (/^This image has an empty alt attribute/i.test(a)) return true;
  const file = fileNameOf(src);
  return file.length > 4 && a !== file && a.includes(file);
}

/** WordPress has no "decorative" mark for an image: an empty alt is a missing alt. */
function altOrNull(alt: string | null | undefined): string | null {
  return alt == null || alt.trim() === '' ? null : alt;
}

// ---------------------------------------------------------------------------------------------------------------
// Recognising wp-admin and its screens
// ---------------------------------------------------------------------------------------------------------------

/** wp-admin by its markup: the admin body class, its chrome, or the block editor's shell under the admin bar. */
export function isWordPressAdmin(doc: Document): boolean {
  if (doc.querySelector(WP.adminBody)) return true;
  if (doc.querySelector(WP.adminChrome)) return true;
  return !!doc.querySelector(WP.adminBar) && !!doc.querySelector(WP.blockEditorShell);
}

export function isWordPressComHost(host: string): boolean {
  return host === 'wordpress.com' || host.endsWith('.wordpress.com');
}

const adminFile = (url: URL): string | null => {
  const m = /\/wp-admin\/([a-z-]+\.php)?$/i.exec(url.pathname);
  if (!m) return null;
  return (m[1] ?? 'index.php').toLowerCase();
};

const bodyHas = (doc: Document | undefined, cls: string) => !!doc?.body?.classList.contains(cls);

/** The screen's own body class (wp-admin adds the file name, e.g. `edit-comments-php`): works under a renamed admin path. */
function screenIs(url: URL, doc: Document | undefined, file: string): boolean {
  if (adminFile(url) === file) return true;
  return bodyHas(doc, file.replace('.php', '-php'));
}

function isBlockEditorDom(doc: Document): boolean {
  return bodyHas(doc, 'block-editor-page') || !!doc.querySelector(WP.canvasFrame) || !!doc.querySelector(WP.blockEditorShell);
}

function isClassicEditorDom(doc: Document): boolean {
  return !isBlockEditorDom(doc) && !!doc.querySelector(`${WP.classicTitle}, ${WP.classicEditor}`);
}

const isAttachmentScreen = (doc?: Document) => bodyHas(doc, 'post-type-attachment');

/**
 * The Classic Editor plugin marks its links with `classic-editor`; with no document to look at, that is the only
 * way a URL says which editor it opens.
 */
const asksClassic = (url: URL) => url.searchParams.has('classic-editor');

function editorScreen(url: URL, doc?: Document): boolean {
  return screenIs(url, doc, 'post-new.php') || (screenIs(url, doc, 'post.php') && url.searchParams.get('action') !== 'trash');
}

/** Tests of the wp-admin screens. `admin` decides whether a document is wp-admin at all (differs per adapter). */
export function adminContexts(admin: (url: URL, doc?: Document) => boolean, origin: string): Record<string, ContextSpec> {
  const wp = (path: string) => `${origin}${path}`;
  return {
    'wp.block-editor': {
      examples: [wp('/wp-admin/post-new.php'), wp('/wp-admin/post.php?post=42&action=edit'), wp('/news/wp-admin/post-new.php?post_type=page')],
      test: (url, doc) =>
        admin(url, doc) &&
        editorScreen(url, doc) &&
        (doc ? isBlockEditorDom(doc) && !isAttachmentScreen(doc) : !asksClassic(url)),
    },
    'wp.classic-editor': {
      examples: [wp('/wp-admin/post.php?post=42&action=edit&classic-editor'), wp('/wp-admin/post-new.php?classic-editor')],
      test: (url, doc) =>
        admin(url, doc) &&
        editorScreen(url, doc) &&
        (doc ? isClassicEditorDom(doc) && !isAttachmentScreen(doc) : asksClassic(url)),
    },
    'wp.media': {
      examples: [wp('/wp-admin/upload.php'), wp('/wp-admin/upload.php?item=17'), wp('/wp-admin/media-new.php')],
      test: (url, doc) =>
        admin(url, doc) &&
        (screenIs(url, doc, 'upload.php') || screenIs(url, doc, 'media-new.php') || (screenIs(url, doc, 'post.php') && isAttachmentScreen(doc))),
    },
    'wp.posts': {
      examples: [wp('/wp-admin/edit.php'), wp('/wp-admin/edit.php?post_status=draft&post_type=post'), wp('/wp-admin/edit.php?post_type=page')],
      test: (url, doc) => admin(url, doc) && screenIs(url, doc, 'edit.php'),
    },
    'wp.comments': {
      examples: [wp('/wp-admin/edit-comments.php'), wp('/wp-admin/edit-comments.php?comment_status=moderated')],
      test: (url, doc) => admin(url, doc) && screenIs(url, doc, 'edit-comments.php'),
    },
    'wp.dashboard': {
      examples: [wp('/wp-admin/'), wp('/wp-admin/index.php'), wp('/blog/wp-admin')],
      test: (url, doc) =>
        admin(url, doc) &&
        (/\/wp-admin\/?$/.test(url.pathname) || adminFile(url) === 'index.php' || bodyHas(doc, 'index-php')),
    },
  };
}

/** Message keys (lib/i18n catalogues) naming each screen in the popup. */
export const ADMIN_CONTEXT_LABELS: Record<string, string> = {
  'wp.block-editor': 'context.wp.block-editor',
  'wp.classic-editor': 'context.wp.classic-editor',
  'wp.media': 'context.wp.media',
  'wp.posts': 'context.wp.posts',
  'wp.comments': 'context.wp.comments',
  'wp.dashboard': 'context.wp.dashboard',
};

// ---------------------------------------------------------------------------------------------------------------
// Block editor readers
// ---------------------------------------------------------------------------------------------------------------

function blockTitleElement(doc: Document): Element | null {
  return firstIn(contentRoots(doc), WP.title);
}

function rootBlockList(doc: Document): Element | null {
  return firstIn(contentRoots(doc), WP.rootBlockList);
}

function selectedCanvasBlock(doc: Document): Element | null {
  return firstIn(contentRoots(doc), `${WP.block}.is-selected`);
}

/** Notices read as a last resort (see SCHEDULED_TEXT below). */
export const ENGLISH_NOTICES = {
  scheduled: /\bscheduled\b/i,
  updated: /^(?:post|page) updated\b/i,
} as const;

function sidebarPanelByTitle(doc: Document, title: RegExp): Element | null {
  const toggle = qa(doc, WP.panelToggle).find((b) => title.test((b.textContent ?? '').trim()));
  return toggle?.closest(WP.panelBody) ?? null;
}

/** The alt field of the selected image block, in the settings sidebar's Block tab. */
function blockAltField(doc: Document): HTMLTextAreaElement | null {
  const selected = selectedCanvasBlock(doc);
  if (!selected || selected.getAttribute('data-type') !== 'core/image') return null;
  const inspector = shown(qa(doc, WP.inspector));
  if (!inspector) return null;
  const fields = qa<HTMLTextAreaElement>(inspector, 'textarea').filter((t) => !isHidden(t));
  // The alt field's help links to the W3C alt decision tree (6.5, 6.7); its label says "Alternative text" in English.
  const byHelp = fields.find((t) => {
    const help = t.getAttribute('aria-describedby');
    const helpEl = help ? t.ownerDocument.getElementById(help) : null;
    return !!helpEl?.querySelector('a[href*="w3.org/WAI/tutorials/images"]');
  });
  const byLabel = fields.find((t) => ENGLISH.altLabel.test(labelOf(t)));
  // The image block's inspector has one textarea: the alt text.
  return byHelp ?? byLabel ?? fields[0] ?? null;
}

function labelOf(field: Element): string {
  const id = field.getAttribute('id');
  const label = id ? field.ownerDocument.querySelector(`label[for="${CSS_escape(id)}"]`) : null;
  return (label?.textContent ?? field.getAttribute('aria-label') ?? '').trim();
}

/** `CSS.escape` where it exists (browsers), a safe subset elsewhere; ids come from the page. */
function CSS_escape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

interface Blocks {
  title?: string;
  paragraphs: { el: Element; text: string }[];
  headings: { el: Element; level: number; text: string }[];
  images: { el: Element; alt: string | null; src: string }[];
  links: { el: Element; text: string; href: string }[];
}

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName);
  if (m) return Number(m[1]);
  const inner = el.querySelector('h1, h2, h3, h4, h5, h6');
  return inner ? Number(inner.tagName[1]) : 2;
}

function blockImage(fig: Element, doc: Document): { alt: string | null; src: string } | null {
  const img = fig.querySelector('img');
  const src = img?.getAttribute('src') ?? '';
  // An image block still showing its placeholder (upload / media library buttons) has no image yet.
  if (!img || src === '') return null;
  if (fig.matches('.is-selected')) {
    // The sidebar shows the stored alt exactly; the canvas only a placeholder sentence when it is empty.
    const field = blockAltField(doc);
    if (field) return { src, alt: altOrNull(field.value) };
  }
  const alt = img.getAttribute('alt');
  return { src, alt: alt !== null && isEmptyAltPlaceholder(alt, src) ? null : altOrNull(alt) };
}

function readBlocks(doc: Document): Blocks {
  const titleEl = blockTitleElement(doc);
  const out: Blocks = { paragraphs: [], headings: [], images: [], links: [] };
  if (titleEl) out.title = valueOf(titleEl);
  const root = rootBlockList(doc);
  if (!root) return out;
  for (const block of qa(root, WP.block)) {
    const type = block.getAttribute('data-type');
    if (type === 'core/paragraph') {
      const text = richText(block);
      if (text !== '') out.paragraphs.push({ el: block, text });
    } else if (type === 'core/heading') {
      out.headings.push({ el: block, level: headingLevel(block), text: richText(block) });
    } else if (type === 'core/list' && !block.parentElement?.closest(WP.list)) {
      // A list reads as one paragraph, an item per line (6.x list items are blocks; older lists are plain <li>).
      const items = qa(block, 'li')
        .map((li) => richText(li, (c) => c.tagName === 'UL' || c.tagName === 'OL'))
        .filter((t) => t !== '');
      if (items.length) out.paragraphs.push({ el: block, text: items.join('\n') });
    } else if (type === 'core/image') {
      const image = blockImage(block, doc);
      if (image) out.images.push({ el: block, ...image });
    }
  }
  for (const a of qa(root, 'a[href]')) out.links.push({ el: a, text: richText(a), href: a.getAttribute('href') ?? '' });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Classic editor readers
// ---------------------------------------------------------------------------------------------------------------

/** The classic editor's content: TinyMCE's body on the Visual tab, the textarea's HTML (parsed, inert) on Text. */
function classicBody(doc: Document): Element | null {
  const wrap = doc.querySelector(WP.classicWrap);
  const textMode = wrap?.classList.contains('html-active') ?? false;
  if (!textMode) {
    const body = frameDocument(doc.querySelector(WP.tinymceFrame))?.body;
    if (body) return body;
  }
  const area = doc.querySelector<HTMLTextAreaElement>(WP.classicTextarea);
  if (!area) return null;
  // DOMParser builds an inert document: no script runs, nothing loads. The learner's own post, read only.
  return new DOMParser().parseFromString(`<body>${area.value}</body>`, 'text/html').body;
}

function readClassic(doc: Document): Blocks {
  const out: Blocks = { paragraphs: [], headings: [], images: [], links: [] };
  const title = doc.querySelector<HTMLInputElement>(WP.classicTitle);
  if (title) out.title = title.value.trim();
  const body = classicBody(doc);
  if (!body) return out;
  const blocks = qa(body, 'p, h1, h2, h3, h4, h5, h6, ul, ol').filter((el) => !el.parentElement?.closest('ul, ol'));
  for (const el of blocks) {
    if (/^H[1-6]$/.test(el.tagName)) out.headings.push({ el, level: Number(el.tagName[1]), text: richText(el) });
    else if (el.tagName === 'P') {
      const text = richText(el);
      if (text !== '') out.paragraphs.push({ el, text });
    } else {
      const items = qa(el, 'li').map((li) => richText(li, (c) => c.tagName === 'UL' || c.tagName === 'OL')).filter(Boolean);
      if (items.length) out.paragraphs.push({ el, text: items.join('\n') });
    }
  }
  // The Text tab has no <p>: WordPress adds them on display, from blank lines.
  if (out.paragraphs.length === 0 && out.headings.length === 0) {
    for (const text of richText(body).split(/\n\s*\n/)) if (text.trim()) out.paragraphs.push({ el: body, text: text.trim() });
  }
  for (const img of qa(body, 'img')) {
    const src = img.getAttribute('src') ?? '';
    out.images.push({ el: img, src, alt: altOrNull(img.getAttribute('alt')) });
  }
  for (const a of qa(body, 'a[href]')) out.links.push({ el: a, text: richText(a), href: a.getAttribute('href') ?? '' });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Media: the wp.media modal and the attachment edit screen
// ---------------------------------------------------------------------------------------------------------------

function openMediaModal(doc: Document): Element | null {
  return shown(qa(doc, WP.mediaModal));
}

function modalAltField(doc: Document): HTMLTextAreaElement | null {
  const modal = openMediaModal(doc);
  return modal ? shown(qa<HTMLTextAreaElement>(modal, WP.modalAltField)) : null;
}

/** The attachment whose details are on screen (modal or edit screen), with its alt field's value. */
function attachmentOnScreen(doc: Document): { field: HTMLTextAreaElement; src: string } | null {
  const modalField = modalAltField(doc);
  if (modalField) {
    const details = modalField.closest(WP.attachmentDetails) ?? openMediaModal(doc);
    const thumb = details?.querySelector(WP.attachmentThumb) ?? details?.querySelector('img');
    return { field: modalField, src: thumb?.getAttribute('src') ?? '' };
  }
  const field = doc.querySelector<HTMLTextAreaElement>(WP.attachmentAlt);
  if (field && !isHidden(field)) return { field, src: doc.querySelector(WP.attachmentImage)?.getAttribute('src') ?? '' };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Finders
// ---------------------------------------------------------------------------------------------------------------

type Reader = (doc: Document) => Blocks;

function isClassicPage(doc: Document): boolean {
  return !blockTitleElement(doc) && !!doc.querySelector(`${WP.classicTitle}, ${WP.tinymceFrame}, ${WP.classicTextarea}`);
}

function contentOf(doc: Document): Blocks {
  return isClassicPage(doc) ? readClassic(doc) : readBlocks(doc);
}

const LINK_PROBLEMS = new Set(['vague', 'url-as-text', 'empty']);

function linkHasProblem(text: string, href: string): boolean {
  return checkLinkText(text, href).problems.some((p) => LINK_PROBLEMS.has(p));
}

function problemHeading(c: Blocks): Element | null {
  if (c.headings.length === 0) return null;
  const report = checkHeadings(c.headings);
  const bad = report.skipped[0]?.index ?? report.empty[0];
  if (bad !== undefined) return c.headings[bad]?.el ?? null;
  return c.headings.find((h) => h.el.classList.contains('is-selected'))?.el ?? c.headings[0]?.el ?? null;
}

function publishButton(doc: Document): Element | null {
  // With the pre-publish panel open, the panel's own Publish button is the one that publishes.
  const panel = doc.querySelector(WP.prePublish);
  if (panel) {
    const confirm = doc.querySelector(WP.prePublishConfirm);
    if (confirm) return confirm;
  }
  return (
    doc.querySelector(WP.publishToggle) ??
    doc.querySelector(`.editor-header__settings ${WP.saveButton}, .edit-post-header__settings ${WP.saveButton}`) ??
    doc.querySelector(WP.saveButton) ??
    doc.querySelector(WP.classicPublish)
  );
}

/**
 * The names of the taxonomies' panels, in the site's language, from the admin menu: its "Categories" / "Tags"
 * links (`edit-tags.php?taxonomy=…`) carry the same label (`labels.menu_name`) the block editor titles the panel
 * with. The menu is in the page even while the editor is full screen.
 */
function taxonomyMenuNames(doc: Document): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of qa<HTMLAnchorElement>(doc, WP.taxonomyMenuLink)) {
    let taxonomy: string | null = null;
    try {
      taxonomy = new URL(a.getAttribute('href') ?? '', 'http://x.invalid/wp-admin/').searchParams.get('taxonomy');
    } catch {
      taxonomy = null;
    }
    const label = (a.textContent ?? '').trim();
    if (taxonomy && label && !names.has(taxonomy)) names.set(taxonomy, label);
  }
  return names;
}

const panelTitle = (panel: Element): string => (panel.querySelector(WP.panelToggle)?.textContent ?? '').trim();

/** The sidebar's taxonomy panels (open or collapsed), found by the admin menu's names for them. */
function taxonomyPanels(doc: Document): Map<string, Element> {
  const byLabel = new Map<string, string>();
  for (const [taxonomy, label] of taxonomyMenuNames(doc)) byLabel.set(label, taxonomy);
  const out = new Map<string, Element>();
  for (const panel of qa(doc, WP.panelBody)) {
    const taxonomy = byLabel.get(panelTitle(panel));
    if (taxonomy && !out.has(taxonomy) && !isHidden(panel)) out.set(taxonomy, panel);
  }
  return out;
}

function categoriesPanel(doc: Document): Element | null {
  const list = shown(qa(doc, WP.categoriesList));
  if (list) return list.closest(WP.panelBody) ?? list;
  // A collapsed panel shows only its title: the admin menu's name for categories, in the site's language.
  const collapsed = taxonomyPanels(doc).get('category');
  if (collapsed) return collapsed;
  // Last resort, English: "Categories".
  return sidebarPanelByTitle(doc, ENGLISH.categoriesPanel) ?? doc.querySelector(WP.classicCategories);
}

/**
 * 6.5's collapsed "Featured image" panel: edit-post renders the Post tab's panels in a fixed order (status, plugin
 * slot, revisions, taxonomies, featured image, excerpt, discussion), so it is the panel right after the last
 * taxonomy panel, and still collapsed (open, it would hold `.editor-post-featured-image`). A theme without featured
 * images would put the excerpt there; that is the cost of not reading words.
 */
function featuredPanelAfterTaxonomies(doc: Document): Element | null {
  const taxonomies = Array.from(taxonomyPanels(doc).values());
  const last = taxonomies[taxonomies.length - 1];
  if (!last) return null;
  let next = last.nextElementSibling;
  while (next && !next.matches(WP.panelBody)) next = next.nextElementSibling;
  if (!next || isHidden(next) || next.querySelector(WP.panelToggle)?.getAttribute('aria-expanded') !== 'false') return null;
  return next;
}

function featuredImagePanel(doc: Document): Element | null {
  const box = shown(qa(doc, WP.featuredImage));
  if (box) return box.closest(WP.panelBody) ?? box;
  const classic = doc.querySelector(WP.classicFeatured);
  if (classic) return classic;
  // Last resort, English: "Featured image".
  return featuredPanelAfterTaxonomies(doc) ?? sidebarPanelByTitle(doc, ENGLISH.featuredImagePanel);
}

function editorCanvas(doc: Document): Element | null {
  return (
    doc.querySelector(WP.canvasFrame) ??
    doc.querySelector(WP.inlineCanvas) ??
    doc.querySelector('#wp-content-editor-container') ??
    doc.querySelector(WP.classicEditor)
  );
}

function contentArea(doc: Document): Element | null {
  const blocks = rootBlockList(doc);
  if (blocks) return blocks;
  const wrap = doc.querySelector(WP.classicWrap);
  if (wrap?.classList.contains('html-active')) return doc.querySelector(WP.classicTextarea);
  return doc.querySelector(WP.tinymceFrame) ?? doc.querySelector(WP.classicTextarea);
}

function imageAltField(doc: Document): Element | null {
  // The media modal sits above the editor when open, so its field is the one the learner sees.
  return modalAltField(doc) ?? blockAltField(doc) ?? attachmentOnScreen(doc)?.field ?? null;
}

/**
 * Named elements of wp-admin. Null when the screen does not have it (or WordPress hides it right now). While the
 * media modal is open it covers the whole screen, so only what is inside it is on screen: a tip anchored to the
 * editor underneath would float over the modal and cover the library (seen on 6.5's classic editor).
 */
export function findWordPress(name: ElementName, doc: Document, read: Reader = contentOf): Element | null {
  const found = findOnScreen(name, doc, read);
  const modal = found ? openMediaModal(doc) : null;
  return modal && found && !modal.contains(found) ? null : found;
}

function findOnScreen(name: ElementName, doc: Document, read: Reader): Element | null {
  switch (name) {
    case 'titleField':
      return blockTitleElement(doc) ?? doc.querySelector(WP.classicTitle);
    case 'editorCanvas':
      return editorCanvas(doc);
    case 'contentArea':
      return contentArea(doc);
    case 'imageAltField':
      return imageAltField(doc);
    case 'publishButton':
      return publishButton(doc);
    case 'prePublishPanel':
      return shown(qa(doc, WP.prePublish));
    case 'categoriesPanel':
      return categoriesPanel(doc);
    case 'featuredImagePanel':
      return featuredImagePanel(doc);
    case 'headingBlock':
      return problemHeading(read(doc));
    case 'linkBlock': {
      const links = read(doc).links;
      return (links.find((l) => linkHasProblem(l.text, l.href)) ?? links[0])?.el ?? null;
    }
    case 'longParagraph':
      return read(doc).paragraphs.find((p) => countWords(p.text) > YOAST_PARAGRAPH_GOOD_MAX)?.el ?? null;
    case 'longSentence':
      return read(doc).paragraphs.find((p) => checkSentences(p.text).longestWords > GOVUK_SENTENCE_MAX_WORDS)?.el ?? null;
    case 'commentList':
      return doc.querySelector(WP.commentList);
    case 'commentReplyBox': {
      const row = doc.querySelector(WP.replyRow);
      return row && !isHidden(row) ? doc.querySelector(WP.replyContent) : null;
    }
    case 'pendingComment':
      return shown(qa(doc, WP.commentRow).filter((r) => r.classList.contains('unapproved')));
    case 'adminMenu':
      // The block editor's full-screen mode hides the admin menu.
      return bodyHas(doc, 'is-fullscreen-mode') ? null : doc.querySelector(WP.adminMenu);
    default:
      // Social composers' names: not on WordPress.
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshot
// ---------------------------------------------------------------------------------------------------------------

function postIdOf(doc: Document): number | undefined {
  const input = doc.querySelector<HTMLInputElement>(WP.postIdInput);
  const fromInput = Number.parseInt(input?.value ?? '', 10);
  if (Number.isFinite(fromInput) && fromInput > 0) return fromInput;
  try {
    const fromUrl = Number.parseInt(new URL(doc.URL).searchParams.get('post') ?? '', 10);
    return Number.isFinite(fromUrl) && fromUrl > 0 ? fromUrl : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Is the post live (or scheduled)? The block editor's header shows the "Publish" toggle until then and the
 * save button ("Update" / "Save") after; the classic editor keeps the status in a hidden field. Undefined while
 * the editor has not rendered either.
 */
export function isPostPublished(doc: Document): boolean | undefined {
  if (isClassicPage(doc)) {
    // The block editor's page carries this field too, frozen at load ("auto-draft"): only the classic form keeps it.
    const status = doc.querySelector<HTMLInputElement>(WP.classicStatus)?.value;
    return status ? status === 'publish' || status === 'future' || status === 'private' : undefined;
  }
  if (doc.querySelector(WP.publishToggle)) return false;
  // With the pre-publish checks off, "Publish" is the same save button as "Update": the draft controls beside it
  // tell an unpublished post.
  if (doc.querySelector(WP.headerSettings)?.querySelector(WP.draftState)) return false;
  if (doc.querySelector(WP.saveButton)) return true;
  return undefined;
}

/**
 * Live or only scheduled, from the block editor's header: once a post is live the header gets a link to it (an
 * icon beside Preview, 6.5.5 and 6.7-alpha); a scheduled post has none. Only trusted when the editor offers links
 * to this kind of post at all (its save notice carries one): undefined otherwise.
 */
export function headerSaysScheduled(doc: Document): boolean | undefined {
  const header = doc.querySelector(WP.headerSettings);
  if (!header || !doc.querySelector(`${WP.snackbar} a[href]`)) return undefined;
  const live = qa(header, 'a[href]').some((a) => !a.matches(WP.previewButton) && !/[?&]preview=true\b/.test(a.getAttribute('href') ?? ''));
  return !live;
}

interface CheckedCategory {
  name: string;
  /** The term id, where the page shows it (the classic editor's `value`); the block editor's boxes all say "1". */
  termId?: string;
}

function checkedCategoryBoxes(doc: Document): CheckedCategory[] | undefined {
  const list = shown(qa(doc, WP.categoriesList)) ?? doc.querySelector(WP.classicChecklist);
  if (!list) return undefined;
  const classic = list.matches(WP.classicChecklist);
  return qa<HTMLInputElement>(list, 'input[type="checkbox"]')
    .filter((box) => box.checked)
    .map((box) => {
      const label = box.closest('label') ?? (box.id ? list.querySelector(`label[for="${CSS_escape(box.id)}"]`) : null);
      const name = (label?.textContent ?? '').trim();
      return classic ? { name, termId: box.value } : { name };
    })
    .filter((c) => c.name !== '');
}

function checkedCategories(doc: Document): string[] | undefined {
  return checkedCategoryBoxes(doc)?.map((c) => c.name);
}

/**
 * The name WordPress gives its default category when it installs in a language ("Uncategorized" translated),
 * taken from WordPress's own language packs as Debian ships them (wordpress-l10n 6.1.9). Keyed by the admin's
 * `<html lang>`, because some are ordinary words elsewhere ("General" is Catalan's default, and a real category
 * on an English site).
 */
export const DEFAULT_CATEGORY_NAMES: Record<string, string> = {
  ar: 'غير مصنف', bg: 'Без категория', bs: 'Nekategorisano', ca: 'General', cs: 'Nezařazené', cy: 'Heb Gategori',
  da: 'Ikke kategoriseret', de: 'Allgemein', el: 'Χωρίς κατηγορία', eo: 'Senkategoria', es: 'Sin categoría',
  et: 'Määratlemata', eu: 'Sailkatugabeak', fa: 'دسته‌بندی نشده', fi: 'Yleinen', fr: 'Non classé', gd: 'Gun roinn-seòrsa',
  gl: 'Sen categorizar', he: 'כללי', hr: 'Nekategorizirano', hu: 'Egyéb', id: 'Tak Berkategori', it: 'Senza categoria',
  ja: '未分類', ko: '미분류', lv: 'Bez tēmas', mk: 'Некатегоризирано', nb: 'Ukategorisert', nl: 'Geen categorie',
  pl: 'Bez kategorii', pt: 'Sem categoria', ro: 'Fără categorie', ru: 'Без рубрики', sk: 'Nezaradené', sl: 'Neuvrščeni',
  sq: 'I pakategorizuar', sr: 'Некатегоризовано', sv: 'Okategoriserade', tr: 'Genel', uk: 'Без категорії', vi: 'Khác',
  zh: '未分类',
};

/** "Uncategorized" in English, or the default category's name in the admin's own language (`lang`: "cy", "de-DE"). */
export function isDefaultCategoryName(name: string, lang = ''): boolean {
  const n = name.trim();
  if (UNCATEGORISED.test(n)) return true;
  const local = DEFAULT_CATEGORY_NAMES[lang.toLowerCase().split(/[-_]/)[0] ?? ''];
  return local !== undefined && n.toLocaleLowerCase() === local.toLocaleLowerCase();
}

/**
 * Is the post left in the default category only (or none ticked)? The classic editor shows term ids: term 1 is the
 * category every install creates as the default. The block editor shows only names, read in the admin's language.
 * Undefined when the categories are not on screen.
 */
export function onlyDefaultCategory(doc: Document): boolean | undefined {
  const checked = checkedCategoryBoxes(doc);
  if (!checked) return undefined;
  return checked.every(isDefaultCategoryIn(doc));
}

function isDefaultCategoryIn(doc: Document): (c: CheckedCategory) => boolean {
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  return (c) => c.termId === '1' || isDefaultCategoryName(c.name, lang);
}

const EMPTY: ContentSnapshot = { text: '', paragraphs: [], headings: [], images: [], links: [] };

function fromBlocks(c: Blocks): ContentSnapshot {
  const paragraphs = c.paragraphs.map((p) => p.text);
  return {
    title: c.title,
    text: paragraphs.join('\n\n'),
    paragraphs,
    headings: c.headings.map(({ level, text }) => ({ level, text })),
    images: c.images.map(({ alt, src }) => ({ alt, src })),
    links: c.links.map(({ text, href }) => ({ text, href })),
  };
}

/** What the learner is writing on this screen. Read only; empty for screens with nothing written. */
export function snapshotWordPress(doc: Document, context: string): ContentSnapshot {
  const attachment = attachmentOnScreen(doc);
  const attachmentImage = attachment ? [{ src: attachment.src, alt: altOrNull(attachment.field.value) }] : [];
  switch (context) {
    case 'wp.block-editor':
    case 'wp.classic-editor': {
      const classic = context === 'wp.classic-editor' || isClassicPage(doc);
      const snap = fromBlocks(classic ? readClassic(doc) : readBlocks(doc));
      // While the media modal is open its image is what the learner is describing.
      snap.images.push(...attachmentImage);
      const categories = checkedCategories(doc);
      if (categories) snap.categories = categories;
      const extra: Record<string, number | boolean | string> = {
        mediaModalOpen: !!openMediaModal(doc),
        // The learner is about to publish: the moment for "did you choose a category?" on an empty-looking post.
        prePublishOpen: !!shown(qa(doc, WP.prePublish)),
      };
      const uncategorized = onlyDefaultCategory(doc);
      if (uncategorized !== undefined) extra.uncategorized = uncategorized;
      const id = postIdOf(doc);
      if (id !== undefined) extra.postId = id;
      const published = isPostPublished(doc);
      if (published !== undefined) extra.published = published;
      const status = classic ? doc.querySelector<HTMLInputElement>(WP.classicStatus)?.value : undefined;
      if (status && /^[a-z-]{1,20}$/.test(status)) extra.postStatus = status;
      snap.extra = extra;
      return snap;
    }
    case 'wp.media':
      return { ...EMPTY, images: attachmentImage, extra: { mediaModalOpen: !!openMediaModal(doc) } };
    case 'wp.comments':
    case 'wp.dashboard': {
      const rows = qa(doc, WP.commentRow).filter((r) => !isHidden(r));
      const extra = { pendingComments: rows.filter((r) => r.classList.contains('unapproved')).length, replyOpen: false };
      const row = doc.querySelector(WP.replyRow);
      if (!row || isHidden(row)) return { ...EMPTY, extra };
      const text = valueOf(doc.querySelector(WP.replyContent)).trim();
      const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      return { ...EMPTY, text: paragraphs.join('\n\n'), paragraphs, isReply: true, extra: { ...extra, replyOpen: true } };
    }
    default:
      return { ...EMPTY };
  }
}

/** The fields whose input should re-run the rules. */
export function watchedFieldsWordPress(doc: Document): Element[] {
  const found = [
    blockTitleElement(doc),
    rootBlockList(doc),
    blockAltField(doc),
    modalAltField(doc),
    doc.querySelector(WP.attachmentAlt),
    doc.querySelector(WP.classicTitle),
    doc.querySelector(WP.classicTextarea),
    frameDocument(doc.querySelector(WP.tinymceFrame))?.body ?? null,
    doc.querySelector(WP.replyContent),
    shown(qa(doc, WP.categoriesList)) ?? doc.querySelector(WP.classicChecklist),
  ];
  return found.filter((el): el is Element => el !== null);
}

// ---------------------------------------------------------------------------------------------------------------
// Metrics: numbers and booleans only
// ---------------------------------------------------------------------------------------------------------------

export type PostMetrics = (snapshot: ContentSnapshot) => Record<string, number | boolean>;

const UNCATEGORISED = /^uncategori[sz]ed$/i;

/**
 * Every English word the adapter still reads, each a last resort after the screen's structure (tests prove a
 * translated wp-admin works without them: tests/unit/sites/wordpress-localised.test.ts).
 */
export const ENGLISH = {
  /** A collapsed panel's title when the admin menu has no taxonomy links (WordPress.com's editor frame). */
  categoriesPanel: /^categories$/i,
  featuredImagePanel: /^featured image$/i,
  /** The image block's alt field when its help link is gone; the image block's inspector has one textarea anyway. */
  altLabel: /\balt(ernative)?\b/i,
  uncategorised: UNCATEGORISED,
} as const;

/** What the log keeps about a post when it is published or updated (the same names as the workshop sandbox's). */
export const defaultPostMetrics: PostMetrics = (s) => {
  const sentences = checkSentences(s.paragraphs.join('\n'));
  // The adapter knows the default category by its term id or in the admin's language; names alone are English.
  const known = s.extra?.uncategorized;
  const realCategories = typeof known === 'boolean' ? (known ? [] : (s.categories ?? [])) : (s.categories ?? []).filter((c) => !UNCATEGORISED.test(c));
  return {
    hasTitle: (s.title ?? '').trim() !== '',
    titleWords: countWords(s.title ?? ''),
    wordCount: countWords(s.text),
    paragraphCount: s.paragraphs.length,
    headingCount: s.headings.length,
    imageCount: s.images.length,
    imagesMissingAlt: s.images.filter((i) => !i.alt).length,
    linkCount: s.links.length,
    categorySet: realCategories.length > 0,
    longestSentence: sentences.longestWords,
    longSentences: sentences.overGovUk.length,
  };
};

function postSkills(m: Record<string, number | boolean>): string[] {
  const skills = ['publishing'];
  if (m.headingCount) skills.push('headings');
  if (m.categorySet) skills.push('categories');
  if (m.imageCount && m.imagesMissingAlt === 0) skills.push('alt-text');
  if (m.wordCount && m.longSentences === 0) skills.push('plain-english');
  return skills;
}

// ---------------------------------------------------------------------------------------------------------------
// Watching for practice
// ---------------------------------------------------------------------------------------------------------------

export interface WordPressWatchOptions {
  /** Turns the post as written into the metrics logged with post.* actions. Default: `defaultPostMetrics`. */
  metrics?: PostMetrics;
  /**
   * How long a typed value must stay before it counts (alt text written in the canvas toolbar, a new heading, a
   * reworded link): never log half a word. Default 1500 ms.
   */
  settleMs?: number;
  /** How often to look for a new canvas / TinyMCE document (the block editor may rebuild its iframe). Default 1000 ms. */
  frameCheckMs?: number;
}

/**
 * Published or scheduled, from the post-publish panel's shape: a scheduled post is not live yet, so the panel
 * offers no "View Post" link to it, only "Add New Post" (editor.js `PostPublishPanelPostpublish`, `!isScheduled &&`
 * around the view button; seen in 6.5.5 and 6.7-alpha). Undefined when the panel has no buttons row yet.
 */
export function panelSaysScheduled(panel: Element): boolean | undefined {
  const buttons = panel.querySelector(WP.postPublishButtons);
  if (!buttons) return undefined;
  const links = qa(buttons, 'a[href]').map((a) => a.getAttribute('href') ?? '');
  if (links.length === 0) return undefined;
  return !links.some((href) => !/(?:^|\/)post-new\.php(?:[?#]|$)/.test(href));
}

/**
 * English notices, used only where the screen's shape cannot tell: "scheduled" when publishing skipped the
 * post-publish panel, and "updated" as a fallback to the save button's busy state. A site in another language
 * still logs, as published / by the busy state.
 */
const SCHEDULED_TEXT = ENGLISH_NOTICES.scheduled;
const UPDATED_TEXT = ENGLISH_NOTICES.updated;
/** Classic editor's notice codes (`message=` in edit-form-advanced.php): 6 published, 9 scheduled, 1/4 updated. */
const CLASSIC_MESSAGES: Record<string, 'post.published' | 'post.scheduled' | 'post.updated'> = {
  '1': 'post.updated',
  '4': 'post.updated',
  '6': 'post.published',
  '9': 'post.scheduled',
};

/**
 * What a reply to a comment practises: answering comments (the `comments` tips) and replying to people (the tone
 * reminder `conduct.reply-tone`, skill `replying`, which a social reply also counts for). Mastery fades a tip by
 * its skill, so without `replying` a learner who answers comments every day would keep seeing the tone reminder.
 */
export const COMMENT_REPLY_SKILLS = ['comments', 'replying'] as const;

function hostOf(doc: Document): string {
  try {
    return new URL(doc.URL).host || 'local';
  } catch {
    return 'local';
  }
}

function commentIdOf(el: Element): string | null {
  return /^comment-(\d+)$/.exec(el.id)?.[1] ?? null;
}

/**
 * Detect practice in wp-admin from what the screen shows:
 * - post.published / post.scheduled: the post-publish panel appears, or the header's Publish toggle gives way to
 *   the save button (publishing without pre-publish checks); classic editor: its notice after the reload.
 * - post.updated: a save of an already-published post (the save button's busy state, then a notice).
 * - image.alt-added: an image's alt goes from empty to written and stays (sidebar, media modal, attachment screen,
 *   or the canvas image itself); once per image. The words are never logged, only their length.
 * - heading.added, link.text-improved, category.set, featured-image.set.
 * - comment.replied / approved / spammed: the comment list's rows.
 *
 * Two passes: a quick one after each burst of DOM changes (panels, notices, rows, "this alt is empty now"), and a
 * settled one once the page has been still for `settleMs` (what was typed: alt text, headings, link text).
 * Everything stops when `signal` aborts.
 */
export function watchWordPress(opts: WatchOptions, options: WordPressWatchOptions = {}): void {
  const { doc, signal, emit } = opts;
  if (signal.aborted) return;
  const metricsOf = options.metrics ?? defaultPostMetrics;
  const settleMs = options.settleMs ?? 1500;
  const host = hostOf(doc);
  const seen = new Set<string>();
  const once = (action: DetectedAction): void => {
    if (seen.has(action.key)) return;
    seen.add(action.key);
    emit(action);
  };
  const postKey = () => String(postIdOf(doc) ?? 'new');
  const editorContext = () => (isClassicPage(doc) ? 'wp.classic-editor' : 'wp.block-editor');

  const emitPost = (type: 'post.published' | 'post.scheduled' | 'post.updated'): void => {
    const metrics = metricsOf(snapshotWordPress(doc, editorContext()));
    // Each update is its own action, but two seen within the same minute are one save seen twice.
    const suffix = type === 'post.updated' ? `:${Math.floor(Date.now() / 60_000)}` : '';
    once({ type, skills: postSkills(metrics), metrics, key: `${type}:${host}:${postKey()}${suffix}` });
  };

  // --- publishing (block editor) -----------------------------------------------------------------------------
  const panelsSeen = new WeakSet<Element>(qa(doc, WP.postPublish));
  // A notice is new when its element is, or when its words change: the editor reuses one snackbar for every save
  // notice (same notice id), so "Post published." turns into "Post updated." in place.
  const snackbarText = new WeakMap<Element, string>(qa(doc, WP.snackbar).map((e) => [e, e.textContent ?? '']));
  let published = isPostPublished(doc);
  let lastBusyAt = Number.NEGATIVE_INFINITY;
  let publishedBeforeSave = published;

  const publishKind = (panel?: Element): 'post.published' | 'post.scheduled' => {
    const byStructure = panel ? panelSaysScheduled(panel) : headerSaysScheduled(doc);
    if (byStructure !== undefined) return byStructure ? 'post.scheduled' : 'post.published';
    // Last resort, English only: the notices say "scheduled" in words.
    const texts = [
      ...qa(doc, WP.postPublishHeader).map((e) => e.textContent ?? ''),
      ...qa(doc, WP.snackbar).map((e) => e.textContent ?? ''),
      ...qa(doc, WP.statusButton).map((e) => `${e.textContent ?? ''} ${e.getAttribute('aria-label') ?? ''}`),
    ];
    return texts.some((t) => SCHEDULED_TEXT.test(t)) ? 'post.scheduled' : 'post.published';
  };

  const checkPublishing = (): void => {
    const was = published;
    const now = isPostPublished(doc);
    const newPanel = qa(doc, WP.postPublish).find((p) => !panelsSeen.has(p));
    if (newPanel) {
      panelsSeen.add(newPanel);
      emitPost(publishKind(newPanel));
    } else if (was === false && now === true) {
      // Published without the pre-publish panel (the learner turned the checks off).
      emitPost(publishKind());
    }
    const savedRecently = Date.now() - lastBusyAt < 15_000;
    const before = savedRecently ? publishedBeforeSave : was;
    for (const bar of qa(doc, WP.snackbar)) {
      const raw = bar.textContent ?? '';
      if (snackbarText.get(bar) === raw) continue;
      snackbarText.set(bar, raw);
      const text = raw.trim();
      if (!newPanel && before === true && now === true && (savedRecently || UPDATED_TEXT.test(text))) emitPost('post.updated');
    }
    if (now !== undefined) published = now;
  };

  /** The save button is `is-busy` while saving (6.5, 6.7): remember whether the post was live when it started. */
  const onSaveButtonClass = (target: Element, oldValue: string | null): void => {
    const busyNow = target.classList.contains('is-busy');
    const busyBefore = /\bis-busy\b/.test(oldValue ?? '');
    if (busyNow && !busyBefore) publishedBeforeSave = published;
    if (busyNow || busyBefore) lastBusyAt = Date.now();
  };

  // --- publishing (classic editor): the notice after the reload -----------------------------------------------
  const classicNotice = (): void => {
    const notice = doc.querySelector(WP.classicMessage);
    if (!notice || isHidden(notice) || !isClassicPage(doc)) return;
    let code: string | null = null;
    try {
      code = new URL(doc.URL).searchParams.get('message');
    } catch {
      code = null;
    }
    // wp-admin drops `message=` from the address bar (its canonical URL); the referer field keeps the request.
    if (!code) code = /[?&]message=(\d+)/.exec(doc.querySelector<HTMLInputElement>(WP.referer)?.value ?? '')?.[1] ?? null;
    const type = code ? CLASSIC_MESSAGES[code] : undefined;
    if (type) emitPost(type);
  };

  // --- alt text ---------------------------------------------------------------------------------------------
  /** Per image (its source): was it seen without alt text? Only those can have alt "added". */
  const altWasEmpty = new Map<string, boolean>();
  const noteAlt = (src: string, alt: string | null): void => {
    if (src !== '' && !altWasEmpty.has(src)) altWasEmpty.set(src, alt === null);
  };
  const altAdded = (src: string, alt: string | null): void => {
    if (alt === null || altWasEmpty.get(src) !== true) return;
    const a = alt.trim();
    once({
      type: 'image.alt-added',
      skills: ['alt-text'],
      metrics: { altLength: [...a].length, altWords: countWords(a) },
      key: `image.alt-added:${host}:${imageKey(src)}`,
    });
  };
  /** The alt fields on screen now, each with the image it describes. */
  const altFields = (): { field: HTMLTextAreaElement; src: string }[] => {
    const out: { field: HTMLTextAreaElement; src: string }[] = [];
    const field = blockAltField(doc);
    const src = selectedCanvasBlock(doc)?.querySelector('img')?.getAttribute('src');
    if (field && src) out.push({ field, src });
    const attachment = attachmentOnScreen(doc);
    if (attachment && attachment.src) out.push(attachment);
    return out;
  };

  const onFieldEvent = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target || target.nodeType !== 1) return;
    if (target.tagName === 'TEXTAREA') {
      const hit = altFields().find((f) => f.field === target);
      if (hit && event.type === 'focusin') noteAlt(hit.src, altOrNull(hit.field.value));
      // A field commits on blur (`change`), as the sidebar and the media modal save then.
      if (hit && event.type === 'change') altAdded(hit.src, altOrNull(hit.field.value));
    }
    if (event.type === 'change' && target.matches('input[type="checkbox"]')) onCategoryChange(target as HTMLInputElement);
    if (event.type === 'input') scheduleSettled();
  };

  // --- headings and links in the content ----------------------------------------------------------------------
  let initialHeadings: Set<Element> | null = null;
  let classicHeadingMax = 0;
  const badLinks = new Set<string>();

  const noteContent = (content: Blocks): void => {
    if (!initialHeadings) {
      initialHeadings = new Set(content.headings.map((h) => h.el));
      classicHeadingMax = content.headings.filter((h) => h.text !== '').length;
    }
    for (const image of content.images) noteAlt(image.src, image.alt);
    for (const link of content.links) if (linkHasProblem(link.text, link.href)) badLinks.add(link.href);
  };

  /** After typing has stopped: what was written and stayed. */
  const settledScan = (): void => {
    const content = contentOf(doc);
    noteContent(content);
    for (const { field, src } of altFields()) altAdded(src, altOrNull(field.value));
    for (const image of content.images) altAdded(image.src, image.alt);

    const written = content.headings.filter((h) => h.text !== '');
    if (isClassicPage(doc)) {
      // TinyMCE rebuilds its elements; a new heading shows as one more.
      if (written.length > classicHeadingMax) {
        classicHeadingMax = written.length;
        const level = written[written.length - 1]?.level ?? 2;
        once({ type: 'heading.added', skills: ['headings'], metrics: { level }, key: `heading.added:${host}:${postKey()}:c${written.length}` });
      }
    } else {
      for (const h of written) {
        if (initialHeadings?.has(h.el)) continue;
        const id = h.el.getAttribute('data-block') ?? shortHash(h.text);
        once({ type: 'heading.added', skills: ['headings'], metrics: { level: h.level }, key: `heading.added:${host}:${postKey()}:${id}` });
      }
    }

    for (const href of Array.from(badLinks)) {
      const same = content.links.filter((l) => l.href === href);
      if (same.length === 0 || same.some((l) => linkHasProblem(l.text, l.href))) continue;
      badLinks.delete(href);
      once({ type: 'link.text-improved', skills: ['link-text'], metrics: {}, key: `link.text-improved:${host}:${postKey()}:${shortHash(href)}` });
    }
  };

  // --- categories, featured image ------------------------------------------------------------------------------
  function onCategoryChange(box: HTMLInputElement): void {
    if (!box.checked || !box.closest(`${WP.categoriesList}, ${WP.classicChecklist}`)) return;
    const checked = checkedCategoryBoxes(doc) ?? [];
    const isDefault = isDefaultCategoryIn(doc);
    const defaults = checked.filter(isDefault).length;
    if (checked.length === defaults) return;
    once({
      type: 'category.set',
      skills: ['categories'],
      metrics: { categoryCount: checked.length, uncategorized: defaults > 0 },
      key: `category.set:${host}:${postKey()}`,
    });
  }

  let featuredMissingSeen = false;
  const featuredIsSet = (): boolean | undefined => {
    const classicId = doc.querySelector<HTMLInputElement>(WP.classicThumbnailId);
    if (classicId) return classicId.value !== '' && classicId.value !== '-1';
    const box = shown(qa(doc, WP.featuredImage));
    return box ? !!box.querySelector('img') : undefined;
  };
  const checkFeatured = (): void => {
    const set = featuredIsSet();
    if (set === false) featuredMissingSeen = true;
    else if (set === true && featuredMissingSeen) {
      once({ type: 'featured-image.set', skills: ['featured-image'], metrics: {}, key: `featured-image.set:${host}:${postKey()}` });
    }
  };

  // --- comments ---------------------------------------------------------------------------------------------
  const knownComments = new Set(qa(doc, WP.commentRow).map((r) => r.id));
  let replyOpenAt = Number.NEGATIVE_INFINITY;
  const replyRowOpen = (): boolean => {
    const row = doc.querySelector(WP.replyRow);
    return !!row && !isHidden(row) && doc.querySelector<HTMLInputElement>(WP.replyAction)?.value === 'replyto-comment';
  };

  const onCommentRowAdded = (row: Element): void => {
    const id = commentIdOf(row);
    if (!id || knownComments.has(row.id)) return;
    knownComments.add(row.id);
    const parent = doc.querySelector<HTMLInputElement>(WP.replyParent)?.value ?? '';
    // Yours (byuser), answering the comment the reply row was opened under, within the last ten minutes. Rows
    // wp-admin adds to refill a page after a spam or trash are none of these.
    const answersParent = /^\d+$/.test(parent) && !!row.querySelector(`a[href$="#comment-${parent}"]`);
    if (!answersParent || !row.classList.contains('byuser') || Date.now() - replyOpenAt > 10 * 60_000) return;
    const body = qa(row, 'td.comment p, .dashboard-comment-wrap blockquote p, .dashboard-comment-wrap > p')
      .filter((p) => !p.closest('.row-actions, .hidden, .comment-author, .comment-meta'))
      .map((p) => richText(p))
      .join('\n\n');
    once({
      type: 'comment.replied',
      skills: [...COMMENT_REPLY_SKILLS],
      metrics: { wordCount: countWords(body), longestSentence: checkSentences(body).longestWords },
      key: `comment.replied:${host}:${id}`,
    });
  };

  const onSpamUndo = (el: Element): void => {
    const id = /^undo-(\d+)$/.exec(el.closest('[id^="undo-"]')?.id ?? '')?.[1];
    if (id) once({ type: 'comment.spammed', skills: ['comments'], metrics: {}, key: `comment.spammed:${host}:${id}` });
  };

  const onCommentClass = (row: Element, oldValue: string | null): void => {
    const id = commentIdOf(row);
    if (!id || !/\bunapproved\b/.test(oldValue ?? '') || row.classList.contains('unapproved')) return;
    once({ type: 'comment.approved', skills: ['comments'], metrics: {}, key: `comment.approved:${host}:${id}` });
  };

  /** Bulk actions reload edit-comments.php saying what they did: ?approved=2&ids=5,6 / ?spammed=1&ids=4. */
  const bulkCommentResult = (): void => {
    let url: URL;
    try {
      url = new URL(doc.URL);
    } catch {
      return;
    }
    if (!/edit-comments\.php$/.test(url.pathname)) return;
    const ids = (url.searchParams.get('ids') ?? '').split(',').filter((s) => /^\d+$/.test(s));
    const done = [
      ['approved', 'comment.approved'],
      ['spammed', 'comment.spammed'],
    ] as const;
    for (const [param, type] of done) {
      if (!Number(url.searchParams.get(param))) continue;
      for (const id of ids) once({ type, skills: ['comments'], metrics: {}, key: `${type}:${host}:${id}` });
    }
  };

  // --- wiring -------------------------------------------------------------------------------------------------
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number): ReturnType<typeof setTimeout> => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(t);
    return t;
  };

  const quickScan = (): void => {
    quickTimer = null;
    checkPublishing();
    for (const { field, src } of altFields()) noteAlt(src, altOrNull(field.value));
    noteContent(contentOf(doc));
    checkFeatured();
    if (replyRowOpen()) replyOpenAt = Date.now();
  };
  let quickTimer: ReturnType<typeof setTimeout> | null = null;
  // One quick scan per burst of mutations: a React render touches hundreds of nodes at once.
  const scheduleQuick = (): void => {
    if (quickTimer === null) quickTimer = later(quickScan, 50);
  };
  let settledTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleSettled(): void {
    if (settledTimer !== null) {
      clearTimeout(settledTimer);
      timers.delete(settledTimer);
    }
    settledTimer = later(() => {
      settledTimer = null;
      settledScan();
    }, settleMs);
  }

  const onMutations = (records: MutationRecord[]): void => {
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'class') {
        const target = r.target as Element;
        if (target.id?.startsWith('comment-')) onCommentClass(target, r.oldValue);
        else if (target.matches(`${WP.saveButton}, ${WP.publishToggle}`)) onSaveButtonClass(target, r.oldValue);
      } else if (r.type === 'childList') {
        for (const node of Array.from(r.addedNodes)) {
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          const rows = el.matches('[id^="comment-"]') ? [el] : qa(el, '[id^="comment-"].comment, [id^="comment-"].comment-item');
          rows.forEach(onCommentRowAdded);
          const undos = el.matches(WP.spamUndo) ? [el] : qa(el, WP.spamUndo);
          undos.forEach(onSpamUndo);
        }
      }
    }
    scheduleQuick();
    scheduleSettled();
  };

  const observe = (target: Node): MutationObserver => {
    const mo = new MutationObserver(onMutations);
    mo.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['class', 'style', 'alt', 'hidden', 'src'],
    });
    return mo;
  };
  const listen = (target: Document): void => {
    for (const type of ['change', 'input', 'focusin']) target.addEventListener(type, onFieldEvent, { capture: true, passive: true, signal });
  };
  const mainObserver = observe(doc);
  listen(doc);

  // The canvas and TinyMCE documents: observed too, and found again when the editor rebuilds its iframe.
  const frames = new Map<Document, MutationObserver>();
  const attachFrames = (): void => {
    for (const frame of [canvasDocument(doc), frameDocument(doc.querySelector(WP.tinymceFrame))]) {
      if (!frame || frames.has(frame)) continue;
      frames.set(frame, observe(frame));
      listen(frame);
      scheduleQuick();
    }
  };
  attachFrames();
  const frameTimer = setInterval(attachFrames, options.frameCheckMs ?? 1000);

  signal.addEventListener(
    'abort',
    () => {
      mainObserver.disconnect();
      frames.forEach((o) => o.disconnect());
      clearInterval(frameTimer);
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
    },
    { once: true },
  );

  // What the page already shows when we start: the classic editor's notice, a bulk comment action's result.
  if (replyRowOpen()) replyOpenAt = Date.now();
  classicNotice();
  bulkCommentResult();
  quickScan();
}
