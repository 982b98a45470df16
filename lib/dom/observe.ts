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
  let structural = false;
  let editing = false;
  let overflow = false;
  let pending = false;
  let cancel: Cancel | undefined;
  const watched = new Set<Node>();

  const deliver = () => {
    cancel = undefined;
    if (!pending || signal.aborted) return;
    const change: DomChange = { added, removed, structural, editing, overflow };
    added = [];
    removed = [];
    structural = editing = overflow = pending = false;
    measure(label, () => onChange(change));
  };

  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (inEditable(r.target)) editing = true;
      else structural = true;
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
    },
    { once: true },
  );
  return observation;
}

/**
 * Observes a document and, as they appear, the documents of its same-origin iframes (re-attached on every load:
 * the block editor's canvas loads a new document into its iframe) and open shadow roots on added elements.
 * Returns the same Observation; `onFrame` is told about each frame document reached, e.g. to listen for input.
 */
export function observeDeep(
  doc: Document,
  onChange: (change: DomChange) => void,
  opts: ObserveOptions & { onFrame?: (frameDoc: Document) => void },
): Observation {
  const { signal } = opts;
  const frames = new WeakSet<HTMLIFrameElement>();
  let observation: Observation;

  const reach = (iframe: HTMLIFrameElement) => {
    if (frames.has(iframe)) return;
    frames.add(iframe);
    const attach = () => {
      const fd = frameDocument(iframe);
      if (!fd || signal.aborted) return;
      observation.observe(fd);
      opts.onFrame?.(fd);
      for (const inner of Array.from(fd.getElementsByTagName('iframe'))) reach(inner);
    };
    attach();
    iframe.addEventListener('load', () => measure(opts.label ?? 'observer', attach), { signal });
  };

  const scan = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'IFRAME') reach(el as HTMLIFrameElement);
    // getElementsByTagName is a live collection the engine keeps indexed: far cheaper than a selector query.
    else if (el.firstElementChild) for (const f of Array.from(el.getElementsByTagName('iframe'))) reach(f);
    if (el.shadowRoot) observation.observe(el.shadowRoot);
  };

  observation = observeMutations(
    doc,
    (change) => {
      for (const n of change.added) scan(n);
      if (change.overflow) for (const f of Array.from(doc.getElementsByTagName('iframe'))) reach(f);
      onChange(change);
    },
    opts,
  );
  for (const f of Array.from(doc.getElementsByTagName('iframe'))) reach(f);
  // Open shadow roots already in the page (LinkedIn renders its share dialog into one that exists from the start):
  // without this, what appears inside them (an alt-text editor) re-runs nothing, since focus moving within a shadow
  // root does not reach the document either. Found in slices, so a big page gets no long task.
  void findShadowRootsSliced(doc, { signal }).then((found) => {
    for (const sr of found) observation.observe(sr);
  });
  return observation;
}
