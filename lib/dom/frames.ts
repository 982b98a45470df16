/**
 * Reaching the parts of a page a plain `document.querySelector` cannot: same-origin iframes (the WordPress block
 * editor's canvas, the classic editor's TinyMCE frame) and open shadow roots.
 *
 * Closed shadow roots and cross-origin frames stay out of reach on purpose: the browser keeps them private, and so
 * do we.
 */
import { account } from './timing';

/** The document inside an iframe when it is same-origin (blob: and about:blank frames inherit it), else null. */
export function frameDocument(iframe: HTMLIFrameElement): Document | null {
  try {
    // Reading contentDocument of a cross-origin frame returns null in browsers; some engines throw instead.
    return iframe.contentDocument ?? null;
  } catch {
    return null;
  }
}

/** Every same-origin frame document below `doc`, nested frames included, in document order. */
export function sameOriginFrames(doc: Document): Document[] {
  const out: Document[] = [];
  const visit = (d: Document, depth: number) => {
    if (depth > 5) return;
    for (const f of Array.from(d.getElementsByTagName('iframe'))) {
      const fd = frameDocument(f);
      if (fd) {
        out.push(fd);
        visit(fd, depth + 1);
      }
    }
  };
  visit(doc, 0);
  return out;
}

/**
 * The element that really has focus: through open shadow roots and into same-origin frames
 * (`document.activeElement` stops at the shadow host or at the iframe element).
 */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let i = 0; active && i < 20; i++) {
    if (active.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
      continue;
    }
    if (active.tagName === 'IFRAME') {
      const fd = frameDocument(active as HTMLIFrameElement);
      if (fd?.activeElement && fd.activeElement !== fd.body) {
        active = fd.activeElement;
        continue;
      }
    }
    break;
  }
  return active;
}

export interface DeepQueryOptions {
  /** Look into same-origin iframes. Default true. */
  frames?: boolean;
  /**
   * Look into open shadow roots. Default false: finding shadow hosts means visiting every element, O(nodes), so
   * a site that needs it (LinkedIn's dialogs) says so.
   */
  shadow?: boolean;
}

function* roots(doc: Document, o: DeepQueryOptions): Generator<ParentNode> {
  yield doc;
  if (o.frames !== false) yield* sameOriginFrames(doc);
}

function shadowRootsBelow(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      out.push(...shadowRootsBelow(el.shadowRoot));
    }
  }
  return out;
}

/** The first element matching `selector` in the document, its same-origin frames and (if asked) open shadow roots. */
export function querySelectorDeep(doc: Document, selector: string, o: DeepQueryOptions = {}): Element | null {
  for (const r of roots(doc, o)) {
    const hit = r.querySelector(selector);
    if (hit) return hit;
  }
  if (o.shadow) {
    for (const r of roots(doc, o)) {
      for (const sr of shadowRootsBelow(r)) {
        const hit = sr.querySelector(selector);
        if (hit) return hit;
      }
    }
  }
  return null;
}

/** Every element matching `selector`, same reach as querySelectorDeep. */
export function querySelectorAllDeep(doc: Document, selector: string, o: DeepQueryOptions = {}): Element[] {
  const out: Element[] = [];
  for (const r of roots(doc, o)) {
    out.push(...Array.from(r.querySelectorAll(selector)));
    if (o.shadow) for (const sr of shadowRootsBelow(r)) out.push(...Array.from(sr.querySelectorAll(selector)));
  }
  return out;
}

/** Gives the main thread back to the browser (input, rendering) before continuing. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Longest stretch of work before yielding, ms. Default 4, so slices stay under 5 ms (a long task is 50 ms; input stays responsive). */
  sliceMs?: number;
  /** Each slice's time is added under this label (lib/dom/timing), as our own work. Default "scan". */
  label?: string;
  /** Also called with every element visited (inside shadow roots too), e.g. to note possible shadow hosts. */
  onElement?: (el: Element) => void;
}

/**
 * Finds the open shadow roots (at any depth) under `root` without making a long task: the walk starts in a task of
 * its own, stops every `sliceMs` and yields to the main thread; every slice is timed as our own work. For the
 * first scan of a big page (issue 4: 20k elements, start-up ≤ 20 ms of main-thread work, in slices of ≤ 5 ms).
 */
export async function findShadowRootsSliced(root: Document | ShadowRoot, o: SliceOptions = {}): Promise<ShadowRoot[]> {
  // 4, not 5: a slice ends at the first clock check past the budget, so it overshoots a little; 5 ms is the ceiling.
  const sliceMs = o.sliceMs ?? 4;
  const label = o.label ?? 'scan';
  const found: ShadowRoot[] = [];
  const queue: (Document | ShadowRoot)[] = [root];
  // Not in the caller's task: whatever it is doing (starting up) is a slice of its own.
  await yieldToMain();
  let t0 = performance.now();
  const endSlice = () => account(label, performance.now() - t0);
  while (queue.length) {
    if (o.signal?.aborted) break;
    const current = queue.shift()!;
    const doc = current.nodeType === 9 ? (current as Document) : (current as ShadowRoot).ownerDocument;
    const walker = doc.createTreeWalker(current, 1 /* NodeFilter.SHOW_ELEMENT */);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const sr = (node as Element).shadowRoot;
      if (sr) {
        found.push(sr);
        queue.push(sr);
      }
      o.onElement?.(node as Element);
      // Checking the clock every 64 elements keeps its own cost negligible and a slice close to sliceMs.
      if ((++n & 63) === 0 && performance.now() - t0 > sliceMs) {
        endSlice();
        await yieldToMain();
        if (o.signal?.aborted) return found;
        t0 = performance.now();
      }
    }
  }
  endSlice();
  return found;
}
