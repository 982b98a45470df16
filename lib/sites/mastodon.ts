/**
 * Mastodon, on any instance. There is no fixed host: the page is recognised by the web client's own markup
 * (div#mastodon, the initial-state script, the compose form) and the learner turns the tutor on per instance at
 * runtime, the same way as for a self-hosted WordPress.
 * Fixture: tests/fixtures/html/mastodon/compose.html (modelled on mastodon/mastodon's compose components).
 */
import { mastodonLength, PLATFORM_LIMITS } from '../checks';
import { defineSite, type ContentSnapshot, type ElementName } from './types';
import { isMastodonDocument } from './mastodon-shared';
import {
  ALT_TEXT_NOT_READ,
  composerFinder,
  composerSite,
  imageSource,
  postSnapshot,
  readEditableText,
  recalledAlt,
  rememberOpenAlts,
  watchComposers,
} from './social-shared';

const COMPOSE = 'form.compose-form textarea.autosuggest-textarea__textarea';
/** `.compose-form__publish` is the pre-4.3 wrapper of the same button. */
const POST_BUTTON = '.compose-form__submit button[type="submit"], .compose-form__publish button[type="submit"]';
/** The alt-text modal (4.3+) and the older focal-point modal. */
const ALT_FIELD = '.modal-root textarea#description, .modal-root textarea#upload-modal__description-input';
const UPLOAD = '.compose-form__upload';

// Recognising Mastodon lives in its own small module, which the runtime site script imports alone.
export { isMastodonDocument };

const HOME = /^\/(?:deck\/)?home\/?$/;
const COMPOSE_PATH = /^\/(?:deck\/)?publish\/?$|^\/statuses\/new\/?$/;
/** /@user/123, /@user@other.host/123, and the same under /deck. */
const STATUS = /^\/(?:deck\/)?@[\w.-]+(?:@[\w.-]+)?\/\d+\/?$/;

const onMastodon = (doc?: Document) => !!doc && isMastodonDocument(doc);

function form(box: Element): Element {
  return box.closest('form.compose-form') ?? box;
}

const finder = composerFinder({
  selector: COMPOSE,
  regionOf: form,
  // Checked on every added node of a busy timeline: plain tests, a wider net than the finders' own selectors.
  entry: 'textarea, form.compose-form',
});
const composer = (doc: Document) => finder.composer(doc);
const altField = (doc: Document) => finder.memo(doc, 'alt', () => doc.querySelector(ALT_FIELD));

/**
 * The upload whose ALT/Edit button opened the modal. The modal shows the full-size file while the thumbnail shows
 * a preview, so the link between them is the click, remembered per document.
 */
const editingUpload = new WeakMap<Document, string>();

function altKey(doc: Document): string | null {
  return editingUpload.get(doc) ?? null;
}

function images(box: Element, doc: Document): ContentSnapshot['images'] {
  // The description being written in the open modal counts for its upload already: the learner is doing what
  // the tip asks. Until "Done" Mastodon still shows the upload as undescribed; Cancel closes the modal, and then
  // the upload's own mark decides again.
  const field = altField(doc);
  const typing = field ? readEditableText(field).trim() : '';
  const editing = field ? altKey(doc) : null;
  return Array.from(form(box).querySelectorAll(UPLOAD)).map((upload) => {
    const thumbnail = upload.querySelector('.compose-form__upload__thumbnail');
    const src = thumbnail ? imageSource(thumbnail) : '';
    // Mastodon marks an undescribed upload: the ALT button is "active" and carries a warning icon.
    const missing = upload.querySelector('.compose-form__upload__warning .active, .compose-form__upload__warning .icon-warning') !== null;
    if (missing) return { src, alt: editing === src && typing !== '' ? typing : null };
    const typed = recalledAlt(doc, src);
    return { src, alt: typed && typed !== '' ? typed : ALT_TEXT_NOT_READ };
  });
}

/** Mastodon's counter shows what is left; the instance's limit is that plus what is written. */
function limitOf(box: Element, text: string): number {
  const counter = form(box).querySelector('.character-counter');
  const remaining = Number.parseInt(counter?.textContent?.trim() ?? '', 10);
  return Number.isFinite(remaining) ? remaining + mastodonLength(text) : PLATFORM_LIMITS.mastodon;
}

function snapshotOf(box: Element, doc: Document): ContentSnapshot {
  const field = altField(doc);
  rememberOpenAlts(doc, field ? [field] : [], () => altKey(doc));
  const text = readEditableText(box);
  return postSnapshot(text, images(box, doc), form(box).querySelector('.reply-indicator') !== null, limitOf(box, text));
}

function find(name: ElementName, doc: Document): Element | null {
  const box = composer(doc);
  if (!box) return name === 'imageAltField' ? altField(doc) : null;
  switch (name) {
    case 'composeBox':
      return box;
    case 'replyBox':
      return form(box).querySelector('.reply-indicator') ? box : null;
    case 'postButton':
      return form(box).querySelector(POST_BUTTON);
    case 'charCounter':
      return form(box).querySelector('.compose-form__footer .character-counter, .character-counter__wrapper .character-counter, .character-counter');
    case 'altTextButton':
      // The first upload still missing its description, else the first upload's ALT button.
      return (
        form(box).querySelector(`${UPLOAD} .compose-form__upload__warning button.active`) ??
        form(box).querySelector(`${UPLOAD} .compose-form__upload__warning button`)
      );
    case 'imageAltField':
      return altField(doc);
    default:
      return null;
  }
}

export default defineSite({
  id: 'mastodon',
  kind: 'mastodon',
  matches: [],
  detect: (doc) => isMastodonDocument(doc),
  contexts: {
    'mastodon.home': {
      examples: ['https://mastodon.social/home', 'https://social.example.org/deck/home'],
      test: (url, doc) => onMastodon(doc) && HOME.test(url.pathname),
    },
    'mastodon.compose': {
      examples: ['https://mastodon.social/publish', 'https://social.example.org/deck/publish'],
      test: (url, doc) => onMastodon(doc) && COMPOSE_PATH.test(url.pathname),
    },
    'mastodon.status': {
      examples: ['https://mastodon.social/@library/109000000000000042', 'https://social.example.org/@news@other.example/110000000000000001'],
      test: (url, doc) => onMastodon(doc) && STATUS.test(url.pathname),
    },
    'mastodon.other': {
      examples: ['https://mastodon.social/notifications', 'https://social.example.org/explore', 'https://social.example.org/@library'],
      test: (url, doc) => onMastodon(doc) && !HOME.test(url.pathname) && !COMPOSE_PATH.test(url.pathname) && !STATUS.test(url.pathname),
    },
  },
  contextLabels: {
    'mastodon.home': 'context_mastodon_home',
    'mastodon.compose': 'context_mastodon_compose',
    'mastodon.status': 'context_mastodon_status',
    'mastodon.other': 'context_mastodon_other',
  },
  find,
  ...composerSite({
    site: 'mastodon',
    finder,
    composers: (doc) => Array.from(doc.querySelectorAll(COMPOSE)),
    altFields: (doc) => Array.from(doc.querySelectorAll(ALT_FIELD)),
    snapshotOf: (box, doc) => snapshotOf(box, doc),
  }),
  watch: (opts) => {
    const { doc, signal } = opts;
    // Remember which upload the learner is describing (read only: we only look at where the click landed).
    doc.addEventListener(
      'click',
      (event) => {
        const upload = event
          .composedPath()
          .find((n): n is Element => (n as Node).nodeType === 1 && (n as Element).matches(UPLOAD));
        const thumbnail = upload?.querySelector('.compose-form__upload__thumbnail');
        if (thumbnail) editingUpload.set(doc, imageSource(thumbnail));
      },
      { capture: true, passive: true, signal },
    );
    watchComposers(opts, {
      site: 'mastodon',
      postButtonSelector: POST_BUTTON,
      isEnabled: (b) => !b.hasAttribute('disabled'),
      composerForButton: (b) => b.closest('form.compose-form')?.querySelector('textarea.autosuggest-textarea__textarea') ?? null,
      composeSelector: COMPOSE,
      snapshotOf,
      // "Post published." comes with an "Open" action; error alerts have none. An emptied form confirms too.
      postedSignals: (d) => Array.from(d.querySelectorAll('.notification-bar')).filter((bar) => bar.querySelector('.notification-bar__action')),
      altFieldSelector: ALT_FIELD,
      imageKeyForAltField: (_field, d) => altKey(d),
    });
  },
});
