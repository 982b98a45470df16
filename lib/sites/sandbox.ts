/**
 * The workshop's practice sandbox (an extension page: workshop.html), read exactly like a real site: named element
 * finders over its DOM, a read-only snapshot, and practice detection from what the UI shows (notices, row status,
 * fields committed on blur). Rules never know they are in the sandbox; the workshop log gets what the same actions
 * would log on a real site, with site kind 'sandbox'.
 *
 * Screens (hash routes of workshop.html): #editor (a WordPress block editor look-alike), #social (a composer
 * modelled on Mastodon's web client) and #comments (wp-admin's comments screen).
 */
import { countWords } from '../checks/words';
import { checkSentences } from '../checks/sentences';
import { findUrls } from '../checks/urls';
import { linksFromText, paragraphsOf, watchComposers, type ComposerHooks } from './social-shared';
import { COMMENT_REPLY_SKILLS, defaultPostMetrics } from './wp-shared';
import { defineSite, type ContentSnapshot, type DetectedAction, type ElementName, type WatchOptions } from './types';

export const SANDBOX_PAGE = 'workshop.html';

/** Which screen each context id is, by its hash route and by the root element the screen renders. */
export const SANDBOX_SCREENS = {
  'sandbox.post-editor': { hash: '#editor', screen: 'post-editor' },
  'sandbox.social-composer': { hash: '#social', screen: 'social-composer' },
  'sandbox.comments': { hash: '#comments', screen: 'comments' },
} as const;
export type SandboxContextId = keyof typeof SANDBOX_SCREENS;

/**
 * The real screens each sandbox screen stands for, so the workshop can run the rules written for them
 * (see `emulatedSite`). Mastodon is the model of the composer; the block editor of the post editor.
 */
export const SANDBOX_EMULATES: Record<SandboxContextId, { site: 'wordpress' | 'mastodon'; context: string }> = {
  'sandbox.post-editor': { site: 'wordpress', context: 'wp.block-editor' },
  'sandbox.social-composer': { site: 'mastodon', context: 'mastodon.compose' },
  'sandbox.comments': { site: 'wordpress', context: 'wp.comments' },
};

/** The social composer's limit (Mastodon's default). */
export const SANDBOX_SOCIAL_LIMIT = 500;

/** Every selector of the sandbox, named (DESIGN.md style 3): the components render these hooks. */
export const SEL = {
  screen: (name: string) => `[data-sandbox-screen="${name}"]`,
  anyScreen: '[data-sandbox-screen]',
  // post editor
  editor: '[data-sandbox-screen="post-editor"]',
  title: '[data-sandbox-screen="post-editor"] .editor-post-title',
  canvas: '[data-sandbox-screen="post-editor"] .editor-canvas',
  block: '[data-block]',
  paragraphText: '[data-block="paragraph"] textarea',
  headingBlock: '[data-block="heading"]',
  imageBlock: '[data-block="image"]',
  altField: 'textarea[data-sw="image-alt"]',
  publishButton: '.editor-post-publish-button',
  prePublishPanel: '.editor-post-publish-panel',
  categories: '.editor-post-taxonomies',
  categoryBox: '.editor-post-taxonomies input[type="checkbox"]',
  snackbar: '.components-snackbar',
  // social composer
  composer: '[data-sandbox-screen="social-composer"] form.compose-form',
  composeBox: '[data-sandbox-screen="social-composer"] textarea.autosuggest-textarea__textarea',
  postButton: '[data-sandbox-screen="social-composer"] .compose-form__submit button',
  upload: '.compose-form__upload',
  altButton: '.compose-form__upload .alt-button',
  altDialogField: '.alt-text-modal textarea',
  counter: '[data-sandbox-screen="social-composer"] .character-counter',
  postedAlert: '[data-sandbox-screen="social-composer"] .notification-bar',
  // comments
  commentList: '#the-comment-list',
  comment: '#the-comment-list [data-comment-id]',
  pendingComment: '#the-comment-list li.unapproved:not(.reply)',
  replyField: '#replycontent',
  replyButton: '#the-comment-list li:not(.reply) .row-actions .reply',
  sandboxNav: 'nav[data-sw="sandbox-nav"]',
} as const;

function screenPresent(doc: Document | undefined, screen: string): boolean | undefined {
  return doc ? doc.querySelector(SEL.screen(screen)) !== null : undefined;
}

function isSandboxUrl(url: URL): boolean {
  return /^(chrome|moz|safari-web)-extension:$/.test(url.protocol) && url.pathname.endsWith(`/${SANDBOX_PAGE}`);
}

/** A screen is its hash route; with a document, the screen actually rendered decides (the hash may lag). */
function contextTest(id: SandboxContextId) {
  const { hash, screen } = SANDBOX_SCREENS[id];
  return (url: URL, doc?: Document) => {
    if (!isSandboxUrl(url)) return false;
    const rendered = screenPresent(doc, screen);
    if (rendered !== undefined) return rendered;
    return url.hash === hash || (id === 'sandbox.post-editor' && (url.hash === '' || url.hash === '#'));
  };
}

const q = <T extends Element = Element>(doc: Document, sel: string) => doc.querySelector<T>(sel);
const qa = <T extends Element = Element>(doc: Document, sel: string) => Array.from(doc.querySelectorAll<T>(sel));
const valueOf = (el: Element | null) => (el as HTMLTextAreaElement | null)?.value ?? '';
/** The element, unless it sits in a hidden panel (a tip or a spotlight cannot point at what is not on screen). */
const shown = (el: Element | null) => (el && !el.closest('[hidden]') ? el : null);

/** The paragraph block holding the most words, or the longest sentence, for anchoring "too long" tips. */
function paragraphBlockBy(doc: Document, score: (text: string) => number): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const field of qa<HTMLTextAreaElement>(doc, SEL.paragraphText)) {
    const s = score(field.value);
    if (s > bestScore) {
      bestScore = s;
      best = field.closest(SEL.block);
    }
  }
  return best;
}

function find(name: ElementName, doc: Document): Element | null {
  switch (name) {
    case 'titleField':
      return q(doc, SEL.title);
    case 'editorCanvas':
    case 'contentArea':
      return q(doc, SEL.canvas);
    case 'imageAltField':
      return shown(q(doc, SEL.altField));
    case 'publishButton':
      return q(doc, SEL.publishButton);
    case 'prePublishPanel':
      return q(doc, SEL.prePublishPanel);
    case 'categoriesPanel':
      return shown(q(doc, SEL.categories));
    case 'headingBlock':
      return q(doc, SEL.headingBlock);
    case 'linkBlock':
      return paragraphBlockBy(doc, (t) => findUrls(t).length);
    case 'longParagraph':
      return paragraphBlockBy(doc, countWords);
    case 'longSentence':
      return paragraphBlockBy(doc, (t) => checkSentences(t).longestWords);
    case 'commentList':
      return q(doc, SEL.commentList);
    case 'commentReplyBox':
      // The open reply field; before Reply is pressed, the Reply action of the comment waiting for an answer.
      return q(doc, SEL.replyField) ?? q(doc, `${SEL.pendingComment} .row-actions .reply`) ?? q(doc, SEL.replyButton);
    case 'pendingComment':
      return q(doc, SEL.pendingComment);
    case 'adminMenu':
      return q(doc, SEL.sandboxNav);
    case 'composeBox':
    case 'hashtags':
      return q(doc, SEL.composeBox);
    case 'postButton':
      return q(doc, SEL.postButton);
    case 'altTextButton':
      return q(doc, SEL.altDialogField) ?? q(doc, SEL.altButton);
    case 'charCounter':
      return q(doc, SEL.counter);
    case 'featuredImagePanel':
    case 'replyBox':
      return null;
  }
}

function editorSnapshot(doc: Document): ContentSnapshot {
  const paragraphs: string[] = [];
  const headings: ContentSnapshot['headings'] = [];
  const images: ContentSnapshot['images'] = [];
  for (const block of qa<HTMLElement>(doc, `${SEL.editor} ${SEL.block}`)) {
    const kind = block.dataset.block;
    if (kind === 'paragraph') {
      const t = valueOf(block.querySelector('textarea')).trim();
      if (t) paragraphs.push(t);
    } else if (kind === 'heading') {
      const t = valueOf(block.querySelector('textarea')).trim();
      if (t) headings.push({ level: Number(block.dataset.level) || 2, text: t });
    } else if (kind === 'image') {
      const img = block.querySelector('img');
      // The block editor has no "decorative" switch: an empty field means "not described yet".
      if (img) images.push({ alt: img.getAttribute('alt')?.trim() || null, src: img.src });
    }
  }
  const text = paragraphs.join('\n\n');
  return {
    title: valueOf(q(doc, SEL.title)).trim(),
    text,
    paragraphs,
    headings,
    images,
    links: paragraphs.flatMap((p) => findUrls(p).map((s) => ({ text: p.slice(s.start, s.end), href: p.slice(s.start, s.end) }))),
    categories: qa<HTMLInputElement>(doc, SEL.categoryBox)
      .filter((b) => b.checked)
      .map((b) => b.value),
    // The same extra facts the WordPress adapter gives, so WordPress rules read the sandbox alike.
    extra: {
      published: q<HTMLElement>(doc, SEL.editor)?.dataset.status === 'published',
      postStatus: q<HTMLElement>(doc, SEL.editor)?.dataset.status ?? 'draft',
      prePublishOpen: q(doc, SEL.prePublishPanel) !== null,
    },
  };
}

function composerSnapshot(doc: Document, composer: Element | null = q(doc, SEL.composer)): ContentSnapshot {
  const text = valueOf(composer?.querySelector('textarea.autosuggest-textarea__textarea') ?? null);
  const images = Array.from(composer?.querySelectorAll(`${SEL.upload} img`) ?? []).map((img) => ({
    alt: img.getAttribute('alt')?.trim() || null,
    src: (img as HTMLImageElement).src,
  }));
  return { text, paragraphs: paragraphsOf(text), headings: [], images, links: linksFromText(text), isReply: false, limit: SANDBOX_SOCIAL_LIMIT };
}

function commentsSnapshot(doc: Document): ContentSnapshot {
  const field = q(doc, SEL.replyField);
  const text = valueOf(field).trim();
  const extra = { pendingComments: qa(doc, SEL.pendingComment).length, replyOpen: field !== null };
  if (!field) return { text: '', paragraphs: [], headings: [], images: [], links: [], extra };
  const paragraphs = paragraphsOf(text);
  return { text: paragraphs.join('\n\n'), paragraphs, headings: [], images: [], links: linksFromText(text), isReply: true, extra };
}

function snapshot(doc: Document, context: string): ContentSnapshot {
  if (context === 'sandbox.social-composer') return composerSnapshot(doc);
  if (context === 'sandbox.comments') return commentsSnapshot(doc);
  return editorSnapshot(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Metrics: numbers and booleans only. The words are read, measured and dropped here.
// ---------------------------------------------------------------------------------------------------------------

const IMAGE_OF = /^\s*(an?\s+)?(image|picture|photo|photograph|graphic)\s+(of|showing)\b/i;
const FILE_NAME = /^\S+\.(jpe?g|png|gif|webp|svg|avif|heic|tiff?|bmp)$/i;

export function altMetrics(alt: string): Record<string, number | boolean> {
  const a = alt.trim();
  return { altLength: a.length, altWords: countWords(a), altStartsImageOf: IMAGE_OF.test(a), altIsFileName: FILE_NAME.test(a) || /^https?:\/\//i.test(a) };
}

/** The same post metrics the WordPress adapter logs, so a sandbox post and a real one compare. */
export const postMetrics = defaultPostMetrics;

function postSkills(m: Record<string, number | boolean>): string[] {
  const skills = ['publishing'];
  if (m.headingCount) skills.push('headings');
  if (m.categorySet) skills.push('categories');
  if (m.imageCount && m.imagesMissingAlt === 0) skills.push('alt-text');
  if (m.wordCount && m.longSentences === 0) skills.push('plain-english');
  return skills;
}

// ---------------------------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------------------------

/** The composer hooks: the sandbox composer is built on Mastodon's, so the shared social watcher reads it. */
const composerHooks: ComposerHooks = {
  site: 'mastodon',
  postButtonSelector: SEL.postButton,
  isEnabled: (b) => !(b as HTMLButtonElement).disabled,
  composerForButton: (b) => b.closest('form.compose-form'),
  composeSelector: SEL.composeBox,
  snapshotOf: (composer, doc) => composerSnapshot(doc, composer.closest('form.compose-form') ?? composer),
  postedSignals: (doc) => qa(doc, SEL.postedAlert),
  altFieldSelector: SEL.altDialogField,
  imageKeyForAltField: (_field, doc) => q<HTMLElement>(doc, SEL.upload)?.dataset.image ?? null,
};

function watch({ doc, context, signal, emit }: WatchOptions): void {
  const instanceOf = (el: Element | null) => el?.closest<HTMLElement>(SEL.anyScreen)?.dataset.instance ?? '0';
  const seen = new Set<string>();
  /** Each key once per page life: re-detections and re-renders never log twice. */
  const once = (action: DetectedAction) => {
    if (seen.has(action.key)) return;
    seen.add(action.key);
    emit(action);
  };
  const lastAlt = new Map<string, string>();
  const altCount = new Map<string, number>();

  // Fields commit on blur, as the block editor's sidebar controls do: read them then, never mid-word.
  const onChange = (event: Event) => {
    const el = event.target as Element | null;
    if (!el || el.nodeType !== 1) return;
    const inst = instanceOf(el);
    if (el.matches(SEL.altField)) {
      const alt = valueOf(el).trim();
      const block = (el as HTMLElement).dataset.blockId ?? 'image';
      if (alt === '' || lastAlt.get(block) === alt) return;
      lastAlt.set(block, alt);
      const n = (altCount.get(block) ?? 0) + 1;
      altCount.set(block, n);
      once({ type: 'image.alt-added', skills: ['alt-text'], metrics: altMetrics(alt), key: `image.alt-added:sandbox:${inst}:${block}:${n}` });
    } else if (el.matches(`${SEL.headingBlock} textarea`)) {
      const block = el.closest<HTMLElement>(SEL.block);
      if (!block || valueOf(el).trim() === '') return;
      once({ type: 'heading.added', skills: ['headings'], metrics: { level: Number(block.dataset.level) || 2 }, key: `heading.added:sandbox:${inst}:${block.dataset.blockId}` });
    } else if (el.matches(SEL.categoryBox)) {
      const box = el as HTMLInputElement;
      if (!box.checked || box.value === 'Uncategorized') return;
      const checked = qa<HTMLInputElement>(doc, SEL.categoryBox).filter((b) => b.checked);
      once({
        type: 'category.set',
        skills: ['categories'],
        metrics: { categoryCount: checked.length, uncategorized: checked.some((b) => b.value === 'Uncategorized') },
        key: `category.set:sandbox:${inst}:${box.value.toLowerCase().replace(/\W+/g, '-')}`,
      });
    }
  };

  const onNotice = (node: Element) => {
    const id = (node as HTMLElement).dataset.noticeId;
    const text = node.textContent?.trim() ?? '';
    const inst = instanceOf(node);
    if (node.matches(SEL.snackbar)) {
      if (text === 'Post published.' || text === 'Post updated.') {
        const metrics = postMetrics(editorSnapshot(doc));
        const type = text === 'Post published.' ? 'post.published' : 'post.updated';
        once({ type, skills: postSkills(metrics), metrics, key: `${type}:sandbox:${inst}:${id}` });
      }
    }
  };

  const onComment = (row: HTMLElement, oldStatus: string | null) => {
    const status = row.dataset.status;
    const id = row.dataset.commentId;
    const inst = instanceOf(row);
    if (oldStatus === status) return;
    if (oldStatus === 'pending' && status === 'approved')
      once({ type: 'comment.approved', skills: ['comments'], metrics: {}, key: `comment.approved:sandbox:${inst}:${id}` });
    if (status === 'spam') once({ type: 'comment.spammed', skills: ['comments'], metrics: {}, key: `comment.spammed:sandbox:${inst}:${id}` });
  };

  const onReplyRow = (row: HTMLElement) => {
    const text = row.querySelector('.comment__text')?.textContent ?? '';
    once({
      type: 'comment.replied',
      skills: [...COMMENT_REPLY_SKILLS],
      metrics: { wordCount: countWords(text), longestSentence: checkSentences(text).longestWords },
      key: `comment.replied:sandbox:${instanceOf(row)}:${row.dataset.commentId}`,
    });
  };

  const scanAdded = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const notices = el.matches(SEL.snackbar) ? [el] : Array.from(el.querySelectorAll(SEL.snackbar));
    notices.forEach(onNotice);
    const replies = el.matches('[data-reply-to]') ? [el] : Array.from(el.querySelectorAll<HTMLElement>('[data-reply-to]'));
    replies.forEach(onReplyRow);
    const rows = el.matches('[data-comment-id]') ? [el] : Array.from(el.querySelectorAll<HTMLElement>('[data-comment-id]'));
    // A row re-rendered as a new element (the spam row replaces the comment) still carries its status.
    for (const row of rows) if (row.dataset.status === 'spam') onComment(row, 'pending');
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') r.addedNodes.forEach(scanAdded);
      else if (r.type === 'attributes' && r.attributeName === 'data-status' && (r.target as Element).matches('[data-comment-id]'))
        onComment(r.target as HTMLElement, r.oldValue);
      else if (r.type === 'characterData' && r.target.parentElement?.matches(SEL.snackbar)) onNotice(r.target.parentElement);
    }
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['data-status'],
    characterData: true,
  });
  doc.addEventListener('change', onChange, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  // Posting and image descriptions in the composer: the same watcher as X, Mastodon, Bluesky…
  watchComposers({ doc, context, signal, emit: once }, composerHooks);
}

export default defineSite({
  id: 'sandbox',
  kind: 'sandbox',
  // An extension page: nothing to match on the web.
  matches: [],
  detect: (doc, url) => isSandboxUrl(url) && doc.querySelector(SEL.anyScreen) !== null,
  contexts: {
    'sandbox.post-editor': {
      examples: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/workshop.html#editor', 'moz-extension://0b5c7a4e-1111-4c2b-9a55-3f0b1f2a9c11/workshop.html'],
      test: contextTest('sandbox.post-editor'),
    },
    'sandbox.social-composer': {
      examples: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/workshop.html#social', 'moz-extension://0b5c7a4e-1111-4c2b-9a55-3f0b1f2a9c11/workshop.html?lesson=consultation-post#social'],
      test: contextTest('sandbox.social-composer'),
    },
    'sandbox.comments': {
      examples: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/workshop.html?presenter=1#comments'],
      test: contextTest('sandbox.comments'),
    },
  },
  contextLabels: {
    'sandbox.post-editor': 'context.sandbox.post-editor',
    'sandbox.social-composer': 'context.sandbox.social-composer',
    'sandbox.comments': 'context.sandbox.comments',
  },
  find,
  watchedFields: (doc) => qa(doc, `${SEL.anyScreen} textarea, ${SEL.categoryBox}`),
  snapshot,
  watch,
});
