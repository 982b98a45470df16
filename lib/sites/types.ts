/**
 * What a site adapter offers the rest of the extension. A tip rule never holds a site's CSS selector: it asks
 * the adapter for a named element or for a read-only snapshot of what the learner is writing.
 */
import type { DomChange } from '../dom/observe';
import type { ActionType, SiteKind } from '../practice/schema';

/** Every element a rule may anchor to. An adapter implements the ones its site has. */
export const ELEMENT_NAMES = [
  // WordPress
  'titleField',
  'editorCanvas',
  'contentArea',
  'imageAltField',
  'publishButton',
  'prePublishPanel',
  'categoriesPanel',
  'featuredImagePanel',
  'headingBlock',
  'linkBlock',
  'longParagraph',
  'longSentence',
  'commentList',
  'commentReplyBox',
  'pendingComment',
  'adminMenu',
  // social composers
  'composeBox',
  'postButton',
  'replyBox',
  'altTextButton',
  'charCounter',
  'hashtags',
] as const;
export type ElementName = (typeof ELEMENT_NAMES)[number];

/** A read-only picture of what the learner is writing now. Never stored: checks turn it into numbers. */
export interface ContentSnapshot {
  title?: string;
  /** The body text, paragraphs joined by blank lines. */
  text: string;
  paragraphs: string[];
  headings: { level: number; text: string }[];
  /** alt: null when the image has no alt attribute/field at all, '' when it is marked decorative or empty. */
  images: { alt: string | null; src: string }[];
  links: { text: string; href: string }[];
  categories?: string[];
  /** True when the learner is replying rather than posting. */
  isReply?: boolean;
  /** The platform's length limit in characters (graphemes on Bluesky), when it has one. */
  limit?: number;
  /** Anything else a site knows (post status, comment counts…), numbers/booleans/ids only. */
  extra?: Record<string, number | boolean | string>;
}

/** A practice action a detector saw in the page, before the client adds id, time and site. */
export interface DetectedAction {
  type: ActionType;
  skills: string[];
  metrics?: Record<string, number | boolean>;
  /** Same user action → same key (e.g. `post.published:<post id>`), so retries and re-detections store once. */
  key: string;
}

export interface ContextSpec {
  /** Example URLs of this screen, tested against every other context's predicate. */
  examples: string[];
  /** Pure: decides from the URL and, when given, the document (DOM-detected sites need it). */
  test: (url: URL, doc?: Document) => boolean;
}

export interface WatchOptions {
  doc: Document;
  context: string;
  /** Stops the detector: the screen changed or the tutor ends. */
  signal: AbortSignal;
  /**
   * Ends even what the detector had already seen started (a post pressed but not yet confirmed by the site), which
   * otherwise outlives `signal` until confirmed or given up: the screen can change in the very second a post is
   * made. Default: `signal`.
   */
  end?: AbortSignal;
  emit: (action: DetectedAction) => void;
}

export interface SiteAdapter {
  /** Same as the file name in lib/sites/. */
  id: string;
  kind: SiteKind;
  /** Fixed match patterns, for sites granted at install; empty for sites turned on per origin at runtime. */
  matches: string[];
  /** Is this document this site? Pure; DOM-based for self-hosted WordPress and Mastodon. */
  detect: (doc: Document, url: URL) => boolean;
  /** Screens, keyed by context id (e.g. "wp.block-editor"). */
  contexts: Record<string, ContextSpec>;
  /** Human name of each context for the popup ("WordPress block editor"): an i18n message key. */
  contextLabels?: Record<string, string>;
  /** Named element finders; reach into same-origin iframes and open shadow roots. */
  find: (name: ElementName, doc: Document) => Element | null;
  /** The elements whose input should re-run the rules (debounced). */
  watchedFields?: (doc: Document) => Element[];
  /** Read what the learner is writing. Read only: never write to the host page. */
  snapshot: (doc: Document, context: string) => ContentSnapshot;
  /** Start detecting practice actions from what the UI shows; stop when signal aborts. */
  watch?: (opts: WatchOptions) => void;
  /**
   * Could this page change alter what `find` and `snapshot` return? When it says no, the rules do not run again
   * (a busy feed far from the composer). An adapter that answers may keep what it found until it says yes. The
   * runtime calls it once at start with an overflowing change (anything may have changed; from now on every change
   * is reported). Default: every change concerns it.
   */
  concerns?: (change: DomChange, doc: Document) => boolean;
  /** Elements that may be given an open shadow root after the page has loaded (lib/dom/observe `shadowHosts`). */
  shadowHosts?: string;
}

/** Declared by one call, so every adapter file has the same shape. */
export function defineSite(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}

/** Which context the URL/document is, or undefined. */
export function contextOf(adapter: SiteAdapter, url: URL, doc?: Document): string | undefined {
  for (const [id, spec] of Object.entries(adapter.contexts)) if (spec.test(url, doc)) return id;
  return undefined;
}
