/**
 * What the six social adapters share: reading composers without touching them, reaching into open shadow roots,
 * the metrics a post leaves in the practice log, and one watcher that turns "the learner pressed Post and the
 * site confirmed it" into a `social.posted` / `social.replied` action.
 *
 * Nothing here writes to the page or clicks anything. Listeners are passive (capture phase, read-only) and end
 * with the watcher's AbortSignal.
 */
import { checkHashtags, findUrls, measureLength, PLATFORM_LIMITS } from '../checks';
import type { SiteKind } from '../practice/schema';
import type { DomChange } from '../dom/observe';
import type { ContentSnapshot, DetectedAction, SiteAdapter, WatchOptions } from './types';

export type SocialSite = Extract<SiteKind, 'x' | 'linkedin' | 'facebook' | 'mastodon' | 'bluesky' | 'threads'>;

/**
 * The alt text stands in for images a site shows as described (e.g. Mastodon's ALT badge) when we never saw the
 * words typed. It passes every wording check, because we cannot judge words we did not read.
 */
export const ALT_TEXT_NOT_READ = '[alt text set]';

// ---------------------------------------------------------------------------------------------------------------
// Finding elements, including inside open shadow roots
// ---------------------------------------------------------------------------------------------------------------

/** The focused element, looking through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `closest()` that crosses shadow boundaries upwards. */
export function closestDeep(el: Element | null, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
  }
  return null;
}

/** Does `container` contain `node`, counting nodes inside shadow roots below it? */
export function containsDeep(container: Node, node: Node | null): boolean {
  let current: Node | null = node;
  while (current) {
    if (container.contains(current)) return true;
    const root = current.getRootNode();
    current = root && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}

/**
 * The smallest ancestor of `el` (crossing shadow boundaries) that also contains an element matching `selector`:
 * the "composer scope" holding a text box, its post button, its attachments and its counter.
 * One query per tree (document or shadow root) and a walk up: asking every ancestor in turn would scan the page
 * once per level when nothing matches.
 */
export function scopeOf(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const root = node.getRootNode() as Document | ShadowRoot | Element;
    const matches = Array.from(root.querySelectorAll(selector));
    if (matches.length > 0) {
      for (let n: Element | null = node; n; n = n.parentElement) {
        const at = n;
        if (matches.some((m) => m !== at && at.contains(m))) return at;
      }
    }
    node = 'host' in root && root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}

/**
 * Which of several composers the learner is using: the focused one, else the one in the top-most dialog, else
 * the first with content, else the first. X, for example, keeps the home composer while the reply dialog is open.
 */
export function pickComposer(doc: Document, candidates: Element[]): Element | null {
  if (candidates.length === 0) return null;
  const active = deepActiveElement(doc);
  const focused = candidates.find((c) => active && (c === active || containsDeep(c, active)));
  if (focused) return focused;
  const inDialog = candidates.filter((c) => closestDeep(c, '[role="dialog"], dialog'));
  if (inDialog.length > 0) return inDialog[inDialog.length - 1] ?? null;
  return candidates.find((c) => readEditableText(c).trim() !== '') ?? candidates[0] ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding cheaply on a busy page: found elements are kept until a change could concern them
// ---------------------------------------------------------------------------------------------------------------

/**
 * Past this long without a change that concerned the composer, the next change counts as one anyway: a safety net
 * for what the observer cannot see (a class that makes an element match, a shadow root filled in silence).
 */
export const REVALIDATE_MS = 5000;

export interface ComposerFinderSpec {
  /** Matches the compose boxes (a kept box must still match it). */
  selector: string;
  /** Every compose box on the page now, in document order. Default: `doc.querySelectorAll(selector)`. */
  candidates?: (doc: Document) => Element[];
  /** The part of the page a composer's finders and snapshot read (its dialog, form or scope). */
  regionOf: (box: Element) => Element;
  /**
   * Elements whose arrival or departure anywhere in the page can change what the finders return: compose boxes,
   * post buttons, description fields, dialogs.
   */
  entry: string;
}

export interface ComposerFinder {
  /** The composer the learner is using (pickComposer), kept while nothing that concerns it has changed. */
  composer(doc: Document): Element | null;
  /** `compute()`, kept like the composer; elements in the result are re-checked to still be in the page. */
  memo<T extends Element | Element[] | null>(doc: Document, key: string, compute: () => T): T;
  /** The same, for what is found from one element (a composer's scope): kept per element. */
  memoFor<T extends Element | Element[] | null>(el: Element, key: string, compute: () => T): T;
  /**
   * Could this page change alter what the finders return? (SiteAdapter.concerns.) A change far from the composer
   * that adds no compose box, dialog or description field (a feed growing) does not; anything else forgets what
   * was kept. The runtime calling this is also what turns keeping on: a document whose changes nobody reports is
   * read afresh every time.
   */
  concerns(change: DomChange, doc: Document): boolean;
}

interface FinderState {
  epoch: number;
  changedAt: number;
  kept?: { epoch: number; active: Element | null; box: Element | null; region: Element | null };
  memo: Map<string, { epoch: number; value: Element | Element[] | null }>;
}

const stillThere = (v: Element | Element[] | null): boolean =>
  v === null || (Array.isArray(v) ? v.every((e) => e.isConnected) : v.isConnected);

/** Does this added or removed node hold (or is it) one of the elements `entry` names? */
function holds(node: Node, entry: string): boolean {
  if (node.nodeType === 1) return (node as Element).matches(entry) || (node as Element).querySelector(entry) !== null;
  if (node.nodeType === 11) return (node as DocumentFragment).querySelector(entry) !== null;
  return false;
}

/** Keeps one site's found elements per document; see ComposerFinder. */
export function composerFinder(spec: ComposerFinderSpec): ComposerFinder {
  const states = new WeakMap<Document, FinderState>();
  const candidates = spec.candidates ?? ((doc: Document) => Array.from(doc.querySelectorAll(spec.selector)));
  const ids = new WeakMap<Element, number>();
  let nextId = 1;
  const idOf = (el: Element) => {
    let id = ids.get(el);
    if (!id) ids.set(el, (id = nextId++));
    return id;
  };

  const finder: ComposerFinder = {
    composer(doc) {
      const st = states.get(doc);
      if (!st) return pickComposer(doc, candidates(doc));
      // Which composer is "in use" follows focus, so a move of focus is a reason to look again.
      const active = deepActiveElement(doc);
      const k = st.kept;
      if (k && k.epoch === st.epoch && k.active === active && (k.box === null || (k.box.isConnected && k.box.matches(spec.selector)))) return k.box;
      const box = pickComposer(doc, candidates(doc));
      st.kept = { epoch: st.epoch, active, box, region: box ? spec.regionOf(box) : null };
      return box;
    },
    memo(doc, key, compute) {
      const st = states.get(doc);
      if (!st) return compute();
      const hit = st.memo.get(key);
      if (hit && hit.epoch === st.epoch && stillThere(hit.value)) return hit.value as ReturnType<typeof compute>;
      const value = compute();
      st.memo.set(key, { epoch: st.epoch, value });
      return value;
    },
    memoFor(el, key, compute) {
      return finder.memo(el.ownerDocument, `${key}#${idOf(el)}`, compute);
    },
    concerns(change, doc) {
      let st = states.get(doc);
      const now = performance.now();
      if (!st) states.set(doc, (st = { epoch: 0, changedAt: now, memo: new Map() }));
      const k = st.kept;
      const concerned =
        change.overflow ||
        now - st.changedAt > REVALIDATE_MS ||
        // Nothing kept yet: where the composer is is not known. (A kept one from an older epoch is still where to
        // look: a run is already due, and it will look again.)
        !k ||
        (k.box !== null && !k.box.isConnected) ||
        // Inside the composer's region (an attachment, the counter), or around it (a dialog shown or hidden).
        (k.region !== null && change.targets.some((t) => containsDeep(k.region!, t) || (t.nodeType === 1 && (t as Element).contains(k.region)))) ||
        change.added.some((n) => holds(n, spec.entry)) ||
        change.removed.some((n) => holds(n, spec.entry));
      if (concerned) {
        st.epoch++;
        st.changedAt = now;
        st.memo.clear();
      }
      return concerned;
    },
  };
  return finder;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading what the learner wrote (never writing)
// ---------------------------------------------------------------------------------------------------------------

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/**
 * The plain text of a textarea/input or a contenteditable editor (Draft.js, Lexical, ProseMirror, Quill), with
 * paragraphs joined by "\n". Placeholders and trailing editor line breaks are not text.
 */
export function readEditableText(el: Element): string {
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return (el as HTMLTextAreaElement).value ?? '';
  // Draft.js (X): one [data-block] per line, the text in [data-text] spans; an empty line holds a <br data-text>.
  const draftBlocks = el.querySelectorAll('[data-contents="true"] > [data-block="true"]');
  if (draftBlocks.length > 0) {
    return Array.from(draftBlocks)
      .map((block) =>
        Array.from(block.querySelectorAll('span[data-text="true"]'))
          .map((s) => s.textContent ?? '')
          .join(''),
      )
      .join('\n')
      .replace(/\n+$/, '');
  }
  const lines: string[] = [];
  let current = '';
  let open = false;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      open = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const childTag = child.tagName;
    if (childTag === 'SCRIPT' || childTag === 'STYLE' || child.getAttribute('aria-hidden') === 'true') return;
    if (childTag === 'BR') {
      // A <br> that ends its block only keeps an empty paragraph open (ProseMirror, Lexical, Quill).
      const parent = child.parentElement;
      if (parent && BLOCK_TAGS.has(parent.tagName) && !child.nextSibling) return;
      lines.push(current);
      current = '';
      open = false;
      return;
    }
    const isBlock = BLOCK_TAGS.has(childTag);
    if (isBlock && open) {
      lines.push(current);
      current = '';
      open = false;
    }
    child.childNodes.forEach(visit);
    if (isBlock) {
      lines.push(current);
      current = '';
      open = false;
    }
  };
  el.childNodes.forEach(visit);
  if (open) lines.push(current);
  return lines.join('\n').replace(/\n+$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Counting: lib/checks does it (hashtags, URLs, each platform's own length rules); this file only picks the numbers
// ---------------------------------------------------------------------------------------------------------------

/** The addresses written in the text, as written (lib/checks finds them, trailing punctuation excluded). */
export function urlsIn(text: string): string[] {
  // Nothing written yet (a page as it loads) must not compile the URL pattern.
  if (text.trim() === '') return [];
  return findUrls(text).map((span) => text.slice(span.start, span.end));
}

export interface SocialMetrics extends Record<string, number | boolean> {
  /** True when the post has images and every one has alt text. */
  hadAltText: boolean;
  imageCount: number;
  hashtagCount: number;
  /** True when the post has hashtags and every one passes lib/checks' CamelCase heuristic. */
  hashtagsCamelCase: boolean;
  linkCount: number;
  /** In the platform's own units (lib/checks measureLength). */
  length: number;
}

/** Numbers and booleans only: what the practice log keeps about a post. The words never leave this function. */
export function socialMetrics(site: SocialSite, snapshot: ContentSnapshot): SocialMetrics {
  const tags = checkHashtags(snapshot.text);
  // Distinct addresses: the same link written twice is still one link for the reader.
  const urls = new Set(urlsIn(snapshot.text).map((u) => u.toLowerCase()));
  for (const link of snapshot.links) if (link.href) urls.add(link.href.toLowerCase());
  const images = snapshot.images;
  return {
    hadAltText: images.length > 0 && images.every((i) => (i.alt ?? '').trim() !== ''),
    imageCount: images.length,
    hashtagCount: tags.count,
    hashtagsCamelCase: tags.count > 0 && tags.camelCaseOk,
    linkCount: urls.size,
    length: measureLength(snapshot.text, site).used,
  };
}

/**
 * Skills a post practised, for the log and for mastery. Mastery fades a tip by its pack skill, so a reply also
 * counts as "replying", the skill of the tone reminder (conduct.reply-tone): without it that tip would never fade.
 */
export function socialSkills(snapshot: ContentSnapshot, metrics: SocialMetrics): string[] {
  const skills = snapshot.isReply ? ['social-replying', 'replying'] : ['social-posting'];
  if (metrics.hadAltText) skills.push('alt-text');
  if (metrics.hashtagCount > 0) skills.push('hashtags');
  return skills;
}

/** Links written in the text, as snapshot links (href = the address as written). */
export function linksFromText(text: string): { text: string; href: string }[] {
  return urlsIn(text).map((u) => ({ text: u, href: u }));
}

/** Split text into paragraphs the way ContentSnapshot wants them. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A short, stable, non-reversible id for keys (FNV-1a), so keys never carry URLs or words. */
export function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

// ---------------------------------------------------------------------------------------------------------------
// Alt text the learner typed into a dialog that has since closed
// ---------------------------------------------------------------------------------------------------------------

/**
 * X and Bluesky keep an image's description in app state; their thumbnails do not show it. While the alt editor is
 * open we read it, and remember it per image (by its preview address) for the rest of the page's life. Memory
 * only: never stored, gone with the document.
 */
const altMemory = new WeakMap<Document, Map<string, string>>();

export function rememberAlt(doc: Document, imageKey: string, alt: string): void {
  let map = altMemory.get(doc);
  if (!map) altMemory.set(doc, (map = new Map()));
  map.set(imageKey, alt);
}

export function recalledAlt(doc: Document, imageKey: string): string | undefined {
  return altMemory.get(doc)?.get(imageKey);
}

/** The address of an <img>, or of a CSS background image (Mastodon's upload thumbnails). */
export function imageSource(el: Element): string {
  if (el.tagName === 'IMG') return el.getAttribute('src') ?? '';
  const style = el.getAttribute('style') ?? '';
  return style.match(/url\((['"]?)(.*?)\1\)/)?.[2] ?? '';
}

/** The image a description dialog shows (its preview address): X, Bluesky, Facebook and Threads edit alt text so. */
export function dialogImageKey(field: Element): string | null {
  const img = closestDeep(field, '[role="dialog"]')?.querySelector('img');
  return img ? imageSource(img) || null : null;
}

/** Remember what each open description field holds, for the image it describes (see rememberAlt). */
export function rememberOpenAlts(doc: Document, fields: readonly Element[], keyOf: (field: Element) => string | null): void {
  for (const field of fields) {
    const key = keyOf(field);
    if (key) rememberAlt(doc, key, readEditableText(field).trim());
  }
}

/** The composer's images with the descriptions remembered for them (null: none seen this page). */
export function imagesWithAlt(doc: Document, images: Iterable<Element>): ContentSnapshot['images'] {
  return Array.from(images, (img) => {
    const src = imageSource(img);
    const alt = recalledAlt(doc, src);
    return { src, alt: alt === undefined ? null : alt };
  });
}

/** A social post as a snapshot: the text, its paragraphs and links, the images, whether it replies, the limit. */
export function postSnapshot(text: string, images: ContentSnapshot['images'], isReply: boolean, limit: number): ContentSnapshot {
  return { text, paragraphs: paragraphsOf(text), headings: [], images, links: linksFromText(text), isReply, limit };
}

export interface ComposerSiteSpec {
  site: SocialSite;
  finder: ComposerFinder;
  /** Every compose box on the page (the fields whose input re-runs the rules). */
  composers: (doc: Document) => Element[];
  /** The open image description fields. */
  altFields: (doc: Document) => Element[];
  snapshotOf: (box: Element, doc: Document, context: string) => ContentSnapshot;
  /** Hosts of open shadow roots the finders look into (SiteAdapter.shadowHosts). Default '': none. */
  shadowHosts?: string;
}

/** The adapter members every composer-based site writes the same way: snapshot, watched fields, concerns. */
export function composerSite(spec: ComposerSiteSpec): Pick<SiteAdapter, 'snapshot' | 'watchedFields' | 'concerns' | 'shadowHosts'> {
  return {
    shadowHosts: spec.shadowHosts ?? '',
    watchedFields: (doc) => [...spec.composers(doc), ...spec.altFields(doc)],
    snapshot: (doc, context) => {
      const box = spec.finder.composer(doc);
      return box ? spec.snapshotOf(box, doc, context) : postSnapshot('', [], false, PLATFORM_LIMITS[spec.site]);
    },
    concerns: (change, doc) => spec.finder.concerns(change, doc),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The watcher: post button pressed → site confirms → one action with the metrics of what was posted
// ---------------------------------------------------------------------------------------------------------------

export interface ComposerHooks {
  site: SocialSite;
  /** Matches a post button (the click's composed path is searched, so shadow DOM works). */
  postButtonSelector: string;
  /** A disabled button posts nothing (X: aria-disabled; LinkedIn: disabled). */
  isEnabled: (button: Element) => boolean;
  /** The composer a post button submits. */
  composerForButton: (button: Element, doc: Document) => Element | null;
  /** Matches composer text boxes, for keyboard submission and for "the learner typed again". */
  composeSelector: string;
  /** Read what a composer holds, at the moment of posting. */
  snapshotOf: (composer: Element, doc: Document) => ContentSnapshot;
  /** Keys that submit from inside the composer. Default: Ctrl/Cmd+Enter. */
  isSubmitKey?: (event: KeyboardEvent, composer: Element) => boolean;
  /** The site's "posted" confirmations currently on screen (toasts, alerts). */
  postedSignals: (doc: Document) => Element[];
  /** Has the composer been emptied or closed? Default: gone from the page, or no text and no images. */
  isCleared?: (composer: Element, doc: Document) => boolean;
  /** Matches the image description field(s). */
  altFieldSelector: string;
  /** Which image an open description field describes (its preview address), when the page shows it. */
  imageKeyForAltField: (field: Element, doc: Document) => string | null;
}

/** How long after pressing Post we wait for the site to confirm. Posting with images can take a while. */
export const POST_CONFIRM_WINDOW_MS = 30_000;
const POLL_MS = 400;

interface Pending {
  at: number;
  composer: Element;
  snapshot: ContentSnapshot;
  hadContent: boolean;
  seenSignals: Set<Element>;
  /** Confirm now if the site shows the post as sent. */
  check: () => void;
  stop: () => void;
}

/**
 * The post pressed on a page and not yet confirmed: one per document, whichever watcher saw the press, since a
 * watcher stopped by a change of screen lets it finish (see watchComposers) and the next screen's watcher must
 * know about it (a second press replaces it, typing in its composer again cancels it).
 */
const pendingPosts = new WeakMap<Document, Pending>();

function hasContent(s: ContentSnapshot): boolean {
  return s.text.trim() !== '' || s.images.length > 0;
}

function defaultCleared(hooks: ComposerHooks, composer: Element, doc: Document): boolean {
  if (!composer.isConnected) return true;
  return !hasContent(hooks.snapshotOf(composer, doc));
}

/**
 * Watch one site's composers. Emits `social.posted` (or `social.replied`) once per press of Post that the site
 * confirms — by its own "posted" signal or by emptying/closing the composer — with metrics of the text as it was
 * when Post was pressed. Emits `social.alt-added` when an image description goes from empty to written.
 * When `signal` aborts (the screen changed) it takes a last look; a press not yet confirmed then goes on being
 * watched until confirmed, given up (POST_CONFIRM_WINDOW_MS) or `end` aborts: a post made in the second the address
 * changes (X's reply dialog closing) is not lost.
 */
export function watchComposers(opts: WatchOptions, hooks: ComposerHooks): void {
  const { doc, signal, emit } = opts;
  const end = opts.end ?? signal;
  const altEmitted = new Set<string>();
  const altWasEmpty = new WeakMap<Element, boolean>();

  const finish = (p: Pending | undefined = pendingPosts.get(doc)): void => {
    if (!p) return;
    p.stop();
    if (pendingPosts.get(doc) === p) pendingPosts.delete(doc);
  };

  const arm = (composer: Element): void => {
    finish();
    if (end.aborted) return;
    const snapshot = hooks.snapshotOf(composer, doc);
    const p: Pending = {
      at: Date.now(),
      composer,
      snapshot,
      hadContent: hasContent(snapshot),
      seenSignals: new Set(hooks.postedSignals(doc)),
      check: () => {
        if (pendingPosts.get(doc) !== p) return;
        if (Date.now() - p.at > POST_CONFIRM_WINDOW_MS) return finish(p);
        const confirmed =
          hooks.postedSignals(doc).some((el) => !p.seenSignals.has(el)) ||
          (p.hadContent && (hooks.isCleared ?? ((c, d) => defaultCleared(hooks, c, d)))(p.composer, doc));
        if (!confirmed) return;
        finish(p);
        const metrics = socialMetrics(hooks.site, p.snapshot);
        const type = p.snapshot.isReply ? 'social.replied' : 'social.posted';
        emit({ type, skills: socialSkills(p.snapshot, metrics), metrics, key: `${type}:${hooks.site}:${p.at}` });
      },
      stop: () => undefined,
    };
    // Watch the page only for the few seconds a post takes, so a busy feed costs nothing the rest of the time.
    const observer = new MutationObserver(() => p.check());
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const root = composer.getRootNode();
    if (root !== doc && 'host' in root) observer.observe(root, { childList: true, subtree: true, characterData: true });
    // A textarea's value changes without any DOM mutation (Mastodon), hence a slow poll too.
    const timer = setInterval(() => p.check(), POLL_MS);
    const onEnd = () => finish(p);
    end.addEventListener('abort', onEnd, { once: true });
    p.stop = () => {
      observer.disconnect();
      clearInterval(timer);
      end.removeEventListener('abort', onEnd);
    };
    pendingPosts.set(doc, p);
  };

  const onClick = (event: Event): void => {
    const path = event.composedPath().filter((n): n is Element => (n as Node).nodeType === 1);
    const button = path.find((el) => el.matches(hooks.postButtonSelector));
    if (!button || !hooks.isEnabled(button)) return;
    const composer = hooks.composerForButton(button, doc);
    if (!composer) return;
    if (!hasContent(hooks.snapshotOf(composer, doc))) return;
    arm(composer);
  };

  const onKeyDown = (event: Event): void => {
    const e = event as KeyboardEvent;
    if (e.key !== 'Enter') return;
    const origin = e.composedPath()[0] as Element | undefined;
    if (!origin || origin.nodeType !== 1) return;
    const composer = closestDeep(origin, hooks.composeSelector);
    if (!composer) return;
    const submits = hooks.isSubmitKey ? hooks.isSubmitKey(e, composer) : e.ctrlKey || e.metaKey;
    if (!submits || !hasContent(hooks.snapshotOf(composer, doc))) return;
    arm(composer);
  };

  const onInput = (event: Event): void => {
    const origin = event.composedPath()[0] as Element | undefined;
    if (!origin || origin.nodeType !== 1) return;
    // The learner typing in the composer again means the earlier press did not post (or they are writing anew).
    const pending = pendingPosts.get(doc);
    if (pending && (origin === pending.composer || containsDeep(pending.composer, origin))) finish(pending);

    const field = origin.matches(hooks.altFieldSelector) ? origin : closestDeep(origin, hooks.altFieldSelector);
    if (!field) return;
    const value = readEditableText(field).trim();
    const imageKey = hooks.imageKeyForAltField(field, doc);
    if (imageKey) rememberAlt(doc, imageKey, value);
    const wasEmpty = altWasEmpty.get(field) ?? value.length <= 1;
    altWasEmpty.set(field, value === '');
    if (!wasEmpty || value === '') return;
    const key = `social.alt-added:${hooks.site}:${shortHash(imageKey ?? 'image')}`;
    if (altEmitted.has(key)) return;
    altEmitted.add(key);
    emit({ type: 'social.alt-added', skills: ['alt-text'], metrics: {}, key });
  };

  // Whether a description field was empty before the learner's change: noted when it gets focus and, since focus
  // moving inside a shadow root (LinkedIn's dialog) never reaches the document, again just before each change
  // (beforeinput sees the old value), so a description pasted in one go still counts as added.
  const noteAltBefore = (event: Event): void => {
    const origin = event.composedPath()[0] as Element | undefined;
    if (!origin || origin.nodeType !== 1 || !origin.matches(hooks.altFieldSelector)) return;
    altWasEmpty.set(origin, readEditableText(origin).trim() === '');
  };

  const listen = { capture: true, passive: true, signal } as const;
  doc.addEventListener('click', onClick, listen);
  doc.addEventListener('keydown', onKeyDown, listen);
  doc.addEventListener('input', onInput, listen);
  doc.addEventListener('focusin', noteAltBefore, listen);
  doc.addEventListener('beforeinput', noteAltBefore, listen);
  // The tutor stops this watcher when the screen changes, and a screen can change in the very moment a post is
  // confirmed (X's reply dialog takes the address back from /compose/post as it closes). Take a last look first;
  // a press not yet confirmed is left to finish (or to end with `end`, which is this signal unless told otherwise).
  signal.addEventListener('abort', () => pendingPosts.get(doc)?.check(), { once: true });
}
