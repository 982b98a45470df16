// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, findShadowRootsSliced, querySelectorAllDeep, querySelectorDeep } from '../../../lib/dom/frames';
import { saveFocus } from '../../../lib/dom/focus';
import { waitFor } from '../../../lib/dom/wait-for';

afterEach(() => document.body.replaceChildren());

function shadowHost(name: string, inner: string): HTMLElement {
  const host = document.createElement(name);
  const root = host.attachShadow({ mode: 'open' });
  const el = document.createElement(inner);
  root.append(el);
  return host;
}

describe('frames and shadow roots', () => {
  it('finds the focused element inside an open shadow root', () => {
    const host = shadowHost('x-editor', 'textarea');
    document.body.append(host);
    const field = host.shadowRoot!.querySelector('textarea')!;
    field.focus();
    expect(deepActiveElement(document)).toBe(field);
  });

  it('queries into open shadow roots only when asked', () => {
    const host = shadowHost('x-dialog', 'textarea');
    document.body.append(host);
    expect(querySelectorDeep(document, 'textarea')).toBeNull();
    expect(querySelectorDeep(document, 'textarea', { shadow: true })).toBe(host.shadowRoot!.querySelector('textarea'));
    expect(querySelectorAllDeep(document, 'textarea', { shadow: true })).toHaveLength(1);
  });

  it('finds nested shadow roots on a big page in slices', async () => {
    for (let i = 0; i < 3000; i++) document.body.append(document.createElement('div'));
    const outer = shadowHost('x-outer', 'div');
    outer.shadowRoot!.append(shadowHost('x-inner', 'p'));
    document.body.append(outer);
    const roots = await findShadowRootsSliced(document, { sliceMs: 1 });
    expect(roots).toHaveLength(2);
  });
});

describe('waitFor', () => {
  it('resolves when the element appears later', async () => {
    const found = waitFor(document, () => document.querySelector('#late'));
    const el = Object.assign(document.createElement('div'), { id: 'late' });
    setTimeout(() => document.body.append(el), 10);
    await expect(found).resolves.toBe(el);
  });

  it('resolves at once when it is already there, and rejects on timeout or abort', async () => {
    document.body.append(Object.assign(document.createElement('div'), { id: 'here' }));
    await expect(waitFor(document, () => document.querySelector('#here'))).resolves.toBeTruthy();
    await expect(waitFor(document, () => document.querySelector('#never'), { timeoutMs: 20 })).rejects.toThrow(/timed out/);
    const c = new AbortController();
    const p = waitFor(document, () => document.querySelector('#never'), { signal: c.signal });
    c.abort(new Error('stopped'));
    await expect(p).rejects.toThrow('stopped');
  });
});

describe('saveFocus', () => {
  it('puts focus and the caret back in a text field without changing it', () => {
    const field = document.createElement('textarea');
    field.value = 'Our new library opens';
    document.body.append(field);
    field.focus();
    field.setSelectionRange(4, 4);
    const saved = saveFocus(document);
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    expect(saved.restore()).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(4);
    expect(field.value).toBe('Our new library opens');
  });

  it('does nothing when the element has gone', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const saved = saveFocus(document);
    field.remove();
    expect(saved.restore()).toBe(false);
  });
});
