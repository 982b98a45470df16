// @vitest-environment happy-dom
/**
 * Shadow roots attached after the tutor started, onto elements already in the page. An isolated world cannot see
 * `attachShadow` being called, so observeDeep re-checks the elements that may get one (custom elements, the hosts a
 * site names) after every change and on a slow timer, and takes any root on the path of a focus event; the content
 * of a root found late is reported as added (it was filled without a record anyone could see).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeDeep, SHADOW_POLL_MS, type DomChange } from '../../../lib/dom/observe';

const stops: AbortController[] = [];
afterEach(() => {
  stops.splice(0).forEach((c) => c.abort());
  document.body.replaceChildren();
  vi.useRealTimers();
});

function watch(opts: { shadowHosts?: string } = {}) {
  const changes: DomChange[] = [];
  const stop = new AbortController();
  stops.push(stop);
  observeDeep(document, (c) => changes.push(c), { signal: stop.signal, ...opts });
  return changes;
}

const sawAdded = (changes: DomChange[], node: Node) => changes.some((c) => c.structural && c.added.includes(node));

describe('observeDeep and shadow roots attached later', () => {
  it('reaches a root attached later to a host the site named, with no other change in the page (slow re-check)', async () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const changes = watch({ shadowHosts: '#interop-outlet' });
    const root = document.querySelector('#interop-outlet')!.attachShadow({ mode: 'open' });
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    root.append(dialog);
    // Its content so far is reported as added once the host is re-checked…
    await vi.waitFor(() => expect(sawAdded(changes, dialog)).toBe(true), { timeout: SHADOW_POLL_MS * 3 });
    // …and from then on changes inside it arrive like any other.
    const field = document.createElement('textarea');
    dialog.append(field);
    await vi.waitFor(() => expect(sawAdded(changes, field)).toBe(true));
  });

  it('reaches a root attached later to a custom element at the next change anywhere', async () => {
    document.body.innerHTML = '<share-box></share-box>';
    // No hosts named: the first scan visits every element and notes the custom elements without a root.
    const changes = watch();
    await new Promise((r) => setTimeout(r, 20));
    const root = document.querySelector('share-box')!.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    root.append(editor);
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(sawAdded(changes, editor)).toBe(true));
  });

  it('reaches a root on a host added inside a bigger subtree, and a root the learner focuses into', async () => {
    const changes = watch({ shadowHosts: '.outlet' });
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><div class="outlet"></div></div>';
    document.body.append(wrapper);
    await vi.waitFor(() => expect(sawAdded(changes, wrapper)).toBe(true));
    const root = wrapper.querySelector('.outlet')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    await vi.waitFor(() => expect(sawAdded(changes, inner)).toBe(true), { timeout: SHADOW_POLL_MS * 3 });

    // A plain element no one named, given a root: reached when focus goes into it.
    const plain = document.createElement('div');
    document.body.append(plain);
    const r2 = plain.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    r2.append(input);
    input.focus();
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(sawAdded(changes, input)).toBe(true));
  });

  it('says where things changed (targets), once each', async () => {
    document.body.innerHTML = '<section id="feed"></section><div id="box"></div>';
    const changes = watch({ shadowHosts: '' });
    const feed = document.querySelector('#feed')!;
    for (let i = 0; i < 5; i++) feed.append(document.createElement('article'));
    document.querySelector('#box')!.setAttribute('aria-hidden', 'true');
    await vi.waitFor(() => expect(changes.length).toBeGreaterThan(0));
    const targets = changes.flatMap((c) => c.targets);
    expect(targets.filter((t) => t === feed)).toHaveLength(1);
    expect(targets).toContain(document.querySelector('#box'));
  });

  it('stops re-checking when its signal aborts', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<x-later></x-later>';
    const stop = new AbortController();
    const changes: DomChange[] = [];
    observeDeep(document, (c) => changes.push(c), { signal: stop.signal, shadowHosts: '' });
    stop.abort();
    document.querySelector('x-later')!.attachShadow({ mode: 'open' }).append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(SHADOW_POLL_MS * 3);
    expect(changes).toEqual([]);
  });
});
