/**
 * Starting the tutor in a content script: find which site this is (the adapter whose `detect` says yes, waiting a
 * little for sites recognised by their DOM, which single-page apps render late), then start the runtime with the
 * extension's settings, message client and outbox — or, for a site another of our scripts serves, hand over to it.
 * Each content-script entrypoint is a few lines around this.
 */
import { send } from '../messaging/client';
import type { TutorScript } from '../messaging/protocol';
import { createOutbox } from '../messaging/outbox';
import type { SiteAdapter } from '../sites/types';
import type { MountOverlay } from '../overlay/types';
import { lazyOverlay } from '../overlay/lazy';
import { takeOverlayUi, type OverlayUi } from '../overlay/registry';
import { waitFor } from '../dom/wait-for';
import { measure, timed } from '../dom/timing';
import { storageSettings } from './storage-settings';
import { startTutor, type Tutor } from './start';

export interface BootOptions {
  /** The adapters this content script serves; the first whose `detect` passes is used. */
  adapters: readonly SiteAdapter[];
  /** The content script's lifetime (WXT `ctx.signal`). */
  signal: AbortSignal;
  /** Draws the overlay. Default: {@link contentOverlay} (the drawing code injected by the background on first need). */
  mount?: MountOverlay;
  /** Registers a listener for single-page navigation (WXT: `ctx.addEventListener(window, 'wxt:locationchange', cb)`). */
  onLocationChange: (listener: () => void) => void;
  /**
   * Sites this script recognises but leaves to another of our scripts (see {@link handOverTo}); looked for together
   * with `adapters`, after them.
   */
  handOver?: readonly HandOver[];
  /** How long to wait for a site recognised by its DOM, ms. Default 0 (decide now). */
  detectWaitMs?: number;
  doc?: Document;
}

/** A site recognised here and served by another of our content scripts, which `start` brings into this frame. */
export interface HandOver {
  id: string;
  detect: SiteAdapter['detect'];
  start(): Promise<unknown>;
}

/** A hand-over to one of our scripts: the background runs it in this frame (`tutor.inject`). */
export function handOverTo(script: TutorScript, detect: SiteAdapter['detect']): HandOver {
  return { id: script, detect, start: () => send('tutor.inject', { script }) };
}

/** Which adapter recognises this document now, if any (a throwing `detect` counts as no). */
export function pickAdapter<A extends Pick<SiteAdapter, 'detect'>>(adapters: readonly A[], doc: Document): A | null {
  const url = new URL(doc.location.href);
  return (
    adapters.find((a) => {
      try {
        return a.detect(doc, url);
      } catch {
        return false;
      }
    }) ?? null
  );
}

/**
 * The overlay of a content script: the empty shadow host at once, the drawing code (Preact, Floating UI, the
 * components) only when a state first needs it. The background then injects /overlay.js into this frame
 * (`tutor.inject`), which leaves its drawing function in this isolated world (lib/overlay/registry).
 */
export function contentOverlay(doc: Document = document, signal?: AbortSignal): MountOverlay {
  return lazyOverlay({
    doc,
    // Most tips come while the learner writes: once they focus a field they can write in, fetch the drawing code,
    // so the first tip does not wait for the round trip to the background.
    prefetchOn: (prefetch) =>
      doc.addEventListener('focusin', timed('focus', (e: Event) => isWritable(e.composedPath()[0]) && prefetch()), { capture: true, passive: true, signal }),
    async load(): Promise<OverlayUi> {
      await send('tutor.inject', { script: 'overlay' });
      const ui = takeOverlayUi();
      if (!ui) throw new Error('The overlay script ran but left no drawing code in this frame.');
      return ui;
    },
  });
}

/** A text field or an editor the learner can type in (a contenteditable region, as X's and WordPress's are). */
function isWritable(target: EventTarget | undefined): boolean {
  const el = target as HTMLElement | undefined;
  if (!el || el.nodeType !== 1) return false;
  if (el.isContentEditable) return true;
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && /^(?:text|search|url|email|)$/i.test((el as HTMLInputElement).type));
}

/** Starts the tutor if this page is one of `adapters`' sites; resolves with it (or undefined: not ours). */
export async function bootTutor(o: BootOptions): Promise<Tutor | undefined> {
  const doc = o.doc ?? document;
  const candidates: readonly (SiteAdapter | HandOver)[] = [...o.adapters, ...(o.handOver ?? [])];
  let found = measure('boot', () => pickAdapter(candidates, doc));
  if (!found && o.detectWaitMs) {
    found = await waitFor(doc, () => pickAdapter(candidates, doc), { signal: o.signal, timeoutMs: o.detectWaitMs }).catch(() => null);
  }
  if (!found || o.signal.aborted) return undefined;
  if (o.handOver?.includes(found as HandOver)) {
    await (found as HandOver).start().catch((e) => console.warn(`[Social Web Tutor] could not start the ${found.id} script:`, e));
    return undefined;
  }
  const adapter = found as SiteAdapter;

  const settings = storageSettings();
  let recordPath = false;
  const outbox = createOutbox({ signal: o.signal, recordPath: () => recordPath });
  const stop = settings.watch((v) => (recordPath = v.recordPath));
  o.signal.addEventListener('abort', stop, { once: true });
  void settings.get().then((v) => (recordPath = v.recordPath), () => undefined);

  const tutor = startTutor({
    adapter,
    doc,
    mount: o.mount ?? contentOverlay(doc, o.signal),
    send,
    record: (d) => outbox.record(d),
    settings,
    signal: o.signal,
  });
  o.onLocationChange(() => tutor.navigate());
  return tutor;
}
