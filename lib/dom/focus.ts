/**
 * Saving and restoring where the learner was: the focused element (possibly inside the block editor's canvas
 * iframe or a shadow root) and, for rich-text editors, the selection. Used when the coach panel opens on a
 * keyboard shortcut and closes again: the learner goes back to the exact caret they left.
 *
 * Restoring moves focus and selection only; it never touches the content.
 */
import { deepActiveElement } from './frames';

export interface SavedFocus {
  /** Puts focus (and the caret) back where it was, if that element is still in the page. Returns true if it did. */
  restore(): boolean;
  /** The element that had focus. */
  readonly element: Element | null;
}

function rangesOf(doc: Document): Range[] {
  const sel = doc.getSelection?.();
  if (!sel) return [];
  const out: Range[] = [];
  for (let i = 0; i < sel.rangeCount; i++) out.push(sel.getRangeAt(i).cloneRange());
  return out;
}

/** Remembers the focused element and its document's selection. */
export function saveFocus(doc: Document): SavedFocus {
  const element = deepActiveElement(doc);
  const ownerDoc = element?.ownerDocument ?? doc;
  const ranges = element && (element as HTMLElement).isContentEditable ? rangesOf(ownerDoc) : [];
  return {
    element,
    restore() {
      if (!element || !element.isConnected || typeof (element as HTMLElement).focus !== 'function') return false;
      // Focusing an element inside a frame needs the frame focused first, or the top document keeps focus.
      const frame = ownerDoc.defaultView?.frameElement as HTMLElement | null | undefined;
      if (frame && ownerDoc !== doc) frame.focus({ preventScroll: true });
      (element as HTMLElement).focus({ preventScroll: true });
      if (ranges.length) {
        const sel = ownerDoc.getSelection?.();
        const stillInside = ranges.every((r) => element.contains(r.startContainer) && element.contains(r.endContainer));
        if (sel && stillInside) {
          sel.removeAllRanges();
          for (const r of ranges) sel.addRange(r);
        }
      }
      return true;
    },
  };
}
