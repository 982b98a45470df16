// @vitest-environment happy-dom
/**
 * Open shadow roots that exist before the tutor starts (LinkedIn renders its share dialog into #interop-outlet's):
 * what appears in them must re-run the rules like anything in the document does, or a tip stays on an element the
 * learner has moved past (the alt-text button) while the field it is about opens inside the dialog.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeDeep, type DomChange } from '../../../lib/dom/observe';

const stops: AbortController[] = [];
afterEach(() => {
  stops.splice(0).forEach((c) => c.abort());
  document.body.replaceChildren();
});

function shadowHost(depth: number): ShadowRoot {
  let parent: ParentNode = document.body;
  let root!: ShadowRoot;
  for (let i = 0; i < depth; i++) {
    const host = document.createElement('div');
    parent.append(host);
    root = host.attachShadow({ mode: 'open' });
    parent = root;
  }
  return root;
}

describe('observeDeep and shadow roots already in the page', () => {
  it.each([1, 2])('sees changes inside a shadow root %i level(s) deep that was there before it started', async (depth) => {
    const root = shadowHost(depth);
    const changes: DomChange[] = [];
    const stop = new AbortController();
    stops.push(stop);
    observeDeep(document, (c) => changes.push(c), { signal: stop.signal });
    // The first scan runs in slices: give it its turn, then change only the inside of the shadow root.
    await new Promise((r) => setTimeout(r, 20));
    const panel = document.createElement('textarea');
    root.append(panel);
    await vi.waitFor(() => expect(changes.some((c) => c.structural && c.added.includes(panel))).toBe(true));
  });

  it('stops watching them when its signal aborts', async () => {
    const root = shadowHost(1);
    const changes: DomChange[] = [];
    const stop = new AbortController();
    observeDeep(document, (c) => changes.push(c), { signal: stop.signal });
    await new Promise((r) => setTimeout(r, 20));
    stop.abort();
    root.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(changes).toEqual([]);
  });
});
