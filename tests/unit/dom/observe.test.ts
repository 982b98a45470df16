// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeDeep, observeMutations, inEditable, type DomChange } from '../../../lib/dom/observe';
import { perfTotals, resetPerf, measure, timed } from '../../../lib/dom/timing';

const stops: AbortController[] = [];
const controller = () => {
  const c = new AbortController();
  stops.push(c);
  return c;
};
afterEach(() => {
  stops.splice(0).forEach((c) => c.abort());
  document.body.replaceChildren();
});

describe('observeMutations', () => {
  it('delivers a burst of changes once, summarised', async () => {
    const changes: DomChange[] = [];
    observeMutations(document.body, (c) => changes.push(c), { signal: controller().signal });
    for (let i = 0; i < 100; i++) document.body.append(document.createElement('article'));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 40));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ structural: true, editing: false, overflow: false });
    expect(changes[0]!.added).toHaveLength(100);
  });

  it('tells typing in editable content from changes to the page', async () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.append(document.createTextNode('Hello'));
    document.body.append(box);
    const changes: DomChange[] = [];
    observeMutations(document.body, (c) => changes.push(c), { signal: controller().signal });
    (box.firstChild as Text).data = 'Hello there';
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toMatchObject({ structural: false, editing: true });
    expect(inEditable(box.firstChild!)).toBe(true);
    expect(inEditable(document.body)).toBe(false);
  });

  it('says "overflow" instead of keeping huge lists', async () => {
    const changes: DomChange[] = [];
    observeMutations(document.body, (c) => changes.push(c), { signal: controller().signal });
    for (let i = 0; i < 2100; i++) document.body.append(document.createElement('span'));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]!.overflow).toBe(true);
    expect(changes[0]!.added.length).toBeLessThanOrEqual(2000);
  });

  it('watches attributes that show and hide things, not class churn', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const changes: DomChange[] = [];
    observeMutations(document.body, (c) => changes.push(c), { signal: controller().signal });
    el.className = 'busy';
    await new Promise((r) => setTimeout(r, 40));
    expect(changes).toHaveLength(0);
    el.setAttribute('aria-hidden', 'true');
    await vi.waitFor(() => expect(changes).toHaveLength(1));
  });

  it('flushes on demand and stops when aborted', async () => {
    const c = controller();
    const changes: DomChange[] = [];
    const obs = observeMutations(document.body, (x) => changes.push(x), { signal: c.signal });
    document.body.append(document.createElement('p'));
    obs.flush();
    expect(changes).toHaveLength(1);
    c.abort();
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(changes).toHaveLength(1);
  });

  it('reaches into open shadow roots as they are added (observeDeep)', async () => {
    const changes: DomChange[] = [];
    observeDeep(document, (x) => changes.push(x), { signal: controller().signal });
    const host = document.createElement('x-composer');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    shadow.append(document.createElement('textarea'));
    await vi.waitFor(() => expect(changes).toHaveLength(2));
  });

  it('is timed: our callback time is added up under its label', async () => {
    resetPerf();
    observeMutations(document.body, () => undefined, { signal: controller().signal, label: 'test-observer' });
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(perfTotals().byLabel['test-observer']?.calls).toBe(1));
    expect(perfTotals().calls).toBeGreaterThanOrEqual(1);
  });
});

describe('timing', () => {
  it('counts nested measures once, and re-throws', () => {
    resetPerf();
    measure('outer', () => measure('inner', () => 1));
    expect(perfTotals().calls).toBe(1);
    expect(perfTotals().byLabel.inner).toBeUndefined();
    expect(() => timed('boom', () => { throw new Error('x'); })()).toThrow('x');
    expect(perfTotals().byLabel.boom!.calls).toBe(1);
  });
});
