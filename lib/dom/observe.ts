/**
 * One MutationObserver for everything the tutor watches, with its records coalesced: whatever happens in the page
 * between two animation frames (or idle periods) reaches our callback once.
 *
 * Why: a busy page (a social feed adding 50 posts every 100 ms) produces thousands of mutation records a second.
 * Running our rules per record would cost seconds per second (issue 4 measured ~2.3 s per 3 s for 1,000 selector
 * queries per batch); running them once per frame, over a summary of what changed, costs almost nothing.
 *
 * Also here: reaching same-origin iframes (the WordPress block editor's canvas is a `blob:` iframe that a
 * top-frame content script can read through `contentDocument`, see shared/notes/real-wordpress.md) and open
 * shadow roots, which a document-level observer does not see into.
 */
import { findShadowRootsSliced, frameDocument } from './frames';
import { measure } from './timing';

/** What changed since the last flush, summarised. */
export interface DomChange {
  /** Top-level nodes added (as the records name them), at most MAX_KEPT. */
  added: Node[];
  /** Top-level nodes removed, at most MAX_KEPT. */
  removed: Node[];
  /**
   * Where things changed: the parents nodes were added to or removed from, and the elements or text nodes whose
   * watched attributes or text changed; each once, at most MAX_KEPT. Lets a reader tell a feed growing far away
   * from the composer from a change inside it without looking at every added node.
   */
  targets: Node[];
  /** Some change was outside editable content: elements may have appeared, moved or gone. */
  structural: boolean;
  /** Some change was inside editable content: the learner (or the editor) changed the text. */
  editing: boolean;
  /** More changed than we keep lists of: treat it as "anything may have changed". */
  overflow: boolean;
}

export type Schedule = 'frame' | 'idle';

export interface ObserveOptions {
  /** Stops observing and drops anything pending. */
  signal: AbortSignal;
  /** When to deliver: once per animation frame (default) or in the next idle period. */
  schedule?: Schedule;
  /** Upper bound on the wait for an idle period, ms. Default 200. */
  idleTimeoutMs?: number;
  /**
   * Attributes worth a re-check: ones that show or hide things. Not `class` or `style`: feeds toggle those
   * constantly and they rarely decide whether a field exists. Default: see DEFAULT_ATTRIBUTES.
   */
  attributeFilter?: string[];
  /** Label under which callbacks are timed (lib/dom/timing). Default "observer". */
  label?: string;
  /**
   * observeDeep only: the elements whose open shadow roots matter (a site's dialog outlet), as a selector list;
   * '' for none. When given, the first scan queries just these instead of visiting every element of the page
   * (in a content script's isolated world each element visited costs a wrapper object: ~40 ms for 20k elements);
   * a site whose finders look into no other roots loses nothing. Default: every element is visited (in slices).
   * Either way these hosts and custom elements (a hyphen in the tag name) seen without a root yet are re-checked
   * after every change and on a slow timer, since a script in the isolated world cannot see `attachShadow`.
   */
  shadowHosts?: string;
  /** observeDeep only: elements whose shadow roots are not the page's (the tutor's own overlay host). */
  ignore?: (el: Element) => boolean;
}

export interface Observation {
  /** Also watch this root (a same-origin frame's document, an open shadow root). Idempotent. */
  observe(root: Node): void;
  /** Deliver what is pending now, without waiting for the frame. */
  flush(): void;
}

export const DEFAULT_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-expanded', 'aria-selected', 'aria-disabled', 'open', 'disabled'];

/** Lists of changed nodes are capped: past this, `overflow` says "re-check everything". */
export const MAX_KEPT = 2000;

/**
 * Is this node inside content the user edits (contenteditable, a text field)? Read from attributes, not
 * `isContentEditable`: that one needs computed style, and asking for it inside a mutation callback forces the
 * browser to restyle what the page just added, in our time.
 */
export function inEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return true;
  const host = el.closest('[contenteditable]');
  return !!host && host.getAttribute('contenteditable') !== 'false';
}

type Cancel = () => void;

function scheduleFrame(win: Window, fn: () => void): Cancel {
  if (typeof win.requestAnimationFrame === 'function') {
    const id = win.requestAnimationFrame(() => fn());
    return () => win.cancelAnimationFrame(id);
  }
  const id = win.setTimeout(fn, 16);
  return () => win.clearTimeout(id);
}

function scheduleIdle(win: Window, fn: () => void, timeout: number): Cancel {
  const w = win as Window & {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (typeof w.requestIdleCallback === 'function') {
    const id = w.requestIdleCallback(() => fn(), { timeout });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = win.setTimeout(fn, Math.min(timeout, 50));
  return () => win.clearTimeout(id);
}

/**
 * Observes `roots` (documents, elements, shadow roots) with one MutationObserver and calls `onChange` at most once
 * per frame (or idle period) with a summary of what changed. `onChange` is timed (lib/dom/timing).
 */
export function observeMutations(roots: Node | Node[], onChange: (change: DomChange) => void, opts: ObserveOptions): Observation {
  const { signal } = opts;
  const label = opts.label ?? 'observer';
  const list = Array.isArray(roots) ? roots : [roots];
  const first = list[0];
  const win = (first && ((first as Document).defaultView ?? first.ownerDocument?.defaultView)) || globalThis.window;
  const init: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: opts.attributeFilter ?? DEFAULT_ATTRIBUTES,
  };

  let added: Node[] = [];
  let removed: Node[] = [];
  let targets = new Set<Node>();
  let structural = false;
  let editing = false;
  let overflow = false;
  let pending = false;
  let cancel: Cancel | undefined;
  const watched = new Set<Node>();

  const deliver = () => {
    cancel = undefined;
    if (!pending || signal.aborted) return;
    const change: DomChange = { added, removed, targets: [...targets], structural, editing, overflow };
    added = [];
    removed = [];
    targets = new Set();
    structural = editing = overflow = pending = false;
    measure(label, () => onChange(change));
  };

  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (inEditable(r.target)) editing = true;
      else structural = true;
      if (targets.size < MAX_KEPT) targets.add(r.target);
      else overflow = true;
      if (r.type !== 'childList') continue;
      if (added.length + r.addedNodes.length > MAX_KEPT || removed.length + r.removedNodes.length > MAX_KEPT) {
        overflow = true;
        continue;
      }
      for (const n of r.addedNodes) added.push(n);
      for (const n of r.removedNodes) removed.push(n);
    }
    if (!pending) {
      pending = true;
      cancel = opts.schedule === 'idle' ? scheduleIdle(win, deliver, opts.idleTimeoutMs ?? 200) : scheduleFrame(win, deliver);
    }
  };

  const mo = new MutationObserver((records) => measure(`${label}.records`, () => take(records)));
  const observation: Observation = {
    observe(root) {
      if (signal.aborted || watched.has(root)) return;
      watched.add(root);
      mo.observe(root, init);
    },
    flush() {
      const records = mo.takeRecords();
      if (records.length) take(records);
      cancel?.();
      deliver();
    },
  };
  for (const r of list) observation.observe(r);
  signal.addEventListener(
    'abort',
    () => {
      mo.disconnect();
      cancel?.();
      watched.clear();
      added = [];
      removed = [];
      targets = new Set();
    },
    { once: true },
  );
  return observation;
}

/** At most this many possible shadow hosts are kept for re-checking (each check is one property read). */
export const MAX_SHADOW_CANDIDATES = 200;
/** How often possible shadow hosts are re-checked when the page is otherwise quiet, ms. */
export const SHADOW_POLL_MS = 1000;

/**
 * Observes a document and, as they appear, the documents of its same-origin iframes (re-attached on every load:
 * the block editor's canvas loads a new document into its iframe) and open shadow roots. Returns the same
 * Observation; `onFrame` is told about each frame document reached, e.g. to listen for input.
 *
 * Shadow roots are reached four ways, since nothing tells an isolated world that `attachShadow` was called:
 * - the ones already in the page, by a first scan in slices of ≤ 5 ms (no long task on a big page);
 * - on added elements, and on hosts inside added subtrees that are custom elements not defined yet or match
 *   `shadowHosts`;
 * - on elements that had none when seen (custom elements, `shadowHosts`): re-checked after every change and every
 *   SHADOW_POLL_MS while any is left;
 * - any open root on the path of a focus event (the learner went into it).
 * A root reached late was filled without any record we could see, so its content is delivered as a change.
 */
export function observeDeep(
  doc: Document,
  onChange: (change: DomChange) => void,
  opts: ObserveOptions & { onFrame?: (frameDoc: Document) => void },
): Observation {
  const { signal } = opts;
  const label = opts.label ?? 'observer';
  const hosts = opts.shadowHosts;
  // Inside an added subtree, one native query finds what needs a closer look; custom elements not yet defined
  // get their shadow root when defined, after they were added.
  const inner = `iframe, :not(:defined)${hosts ? `, ${hosts}` : ''}`;
  const frames = new WeakSet<HTMLIFrameElement>();
  const roots = new WeakSet<ShadowRoot>();
  const candidates = new Set<Element>();
  let poll: ReturnType<typeof setTimeout> | undefined;
  let observation: Observation;

  const reach = (iframe: HTMLIFrameElement) => {
    if (frames.has(iframe)) return;
    frames.add(iframe);
    const attach = () => {
      const fd = frameDocument(iframe);
      if (!fd || signal.aborted) return;
      observation.observe(fd);
      opts.onFrame?.(fd);
      for (const f of Array.from(fd.getElementsByTagName('iframe'))) reach(f);
    };
    attach();
    iframe.addEventListener('load', () => measure(label, attach), { signal });
  };

  /** Start watching a shadow root; true when it is new to us. */
  const watchRoot = (sr: ShadowRoot): boolean => {
    if (roots.has(sr) || signal.aborted) return false;
    roots.add(sr);
    observation.observe(sr);
    return true;
  };

  const ours = (el: Element): boolean => opts.ignore?.(el) === true;
  const maybeHost = (el: Element): boolean => (el.tagName.includes('-') || (!!hosts && el.matches(hosts))) && !ours(el);

  /** A root found on an element: watch it, and what it holds (roots and frames of its own). True when new. */
  const adopt = (sr: ShadowRoot): boolean => {
    if (!watchRoot(sr)) return false;
    for (const el of Array.from(sr.querySelectorAll('*'))) {
      if (el.tagName === 'IFRAME') reach(el as HTMLIFrameElement);
      else if (el.shadowRoot) adopt(el.shadowRoot);
      else noteHost(el);
    }
    return true;
  };

  /** A root that was filled without any record we could see: adopt it and report its content as added. */
  const lateRoot = (sr: ShadowRoot) => {
    if (!adopt(sr) || sr.childElementCount === 0) return;
    onChange({ added: Array.from(sr.children), removed: [], targets: [sr.host], structural: true, editing: false, overflow: false });
  };

  const noteHost = (el: Element) => {
    if (candidates.size < MAX_SHADOW_CANDIDATES && maybeHost(el)) {
      candidates.add(el);
      schedulePoll();
    }
  };

  const consider = (el: Element) => {
    const sr = el.shadowRoot;
    if (sr && !ours(el)) lateRoot(sr);
    else if (!sr) noteHost(el);
  };

  const scan = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'IFRAME') return reach(el as HTMLIFrameElement);
    consider(el);
    if (!el.firstElementChild || !el.querySelector(inner)) return;
    for (const found of Array.from(el.querySelectorAll(inner))) {
      if (found.tagName === 'IFRAME') reach(found as HTMLIFrameElement);
      else consider(found);
    }
  };

  const recheck = () => {
    for (const el of candidates) {
      if (!el.isConnected) candidates.delete(el);
      else if (el.shadowRoot) {
        candidates.delete(el);
        lateRoot(el.shadowRoot);
      }
    }
  };

  function schedulePoll() {
    if (poll !== undefined || signal.aborted) return;
    poll = setTimeout(() => {
      poll = undefined;
      measure(label, recheck);
      if (candidates.size > 0) schedulePoll();
    }, SHADOW_POLL_MS);
  }

  observation = observeMutations(
    doc,
    (change) => {
      for (const n of change.added) scan(n);
      if (change.overflow) for (const f of Array.from(doc.getElementsByTagName('iframe'))) reach(f);
      recheck();
      onChange(change);
    },
    opts,
  );
  for (const f of Array.from(doc.getElementsByTagName('iframe'))) reach(f);

  // The learner moving into a shadow root we have not reached yet (focus events cross shadow boundaries).
  doc.addEventListener(
    'focusin',
    (event) =>
      measure(label, () => {
        for (const n of event.composedPath()) {
          const node = n as Node;
          const host = node.nodeType === 11 ? (node as ShadowRoot).host : undefined;
          if (host && !roots.has(node as ShadowRoot) && !ours(host)) lateRoot(node as ShadowRoot);
        }
      }),
    { capture: true, passive: true, signal },
  );

  // Open shadow roots already in the page (LinkedIn renders its share dialog into one that exists from the start):
  // without this, what appears inside them (an alt-text editor) re-runs nothing. Possible hosts without a root
  // yet are noted on the way.
  if (hosts) {
    measure(label, () => {
      // (Not every undefined custom element: `:not(:defined)` over a 30k-element page costs ~4 ms.)
      for (const el of Array.from(doc.querySelectorAll(hosts))) if (el.shadowRoot) adopt(el.shadowRoot); else noteHost(el);
    });
  } else if (hosts === undefined) {
    // Found in slices, so a big page gets no long task.
    void findShadowRootsSliced(doc, {
      signal,
      onElement: (el) => {
        if (!el.shadowRoot) noteHost(el);
      },
    }).then((found) => {
      if (signal.aborted) return;
      for (const sr of found) if (!ours(sr.host)) watchRoot(sr);
    });
  }
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(poll);
      candidates.clear();
    },
    { once: true },
  );
  return observation;
}
