// @vitest-environment happy-dom
/**
 * The lazily drawn overlay of content scripts: the shell goes in the page at mount, the drawing code is asked for
 * only when a state has something to show, exactly once, and the latest state is drawn when it arrives; a failed
 * load is retried by the next state that needs it; destroy removes everything, even while a load is under way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyOverlay, needsDrawing } from '../../../lib/overlay/lazy';
import { OVERLAY_UI_VERSION, provideOverlayUi, takeOverlayUi, type OverlayUi } from '../../../lib/overlay/registry';
import { addShellStyle, createOverlayShell, OVERLAY_HOST_NAME, type OverlayShell } from '../../../lib/overlay/host';
import type { OverlayCallbacks, OverlayState, OverlayTip } from '../../../lib/overlay/types';

const callbacks = (): OverlayCallbacks => ({
  dismiss: vi.fn(), snooze: vi.fn(), never: vi.fn(), restore: vi.fn(), openPanel: vi.fn(), closePanel: vi.fn(), pauseSite: vi.fn(), resumeSite: vi.fn(),
});
const tipOf = (status: OverlayTip['status']): OverlayTip => ({
  key: 'r',
  tip: { id: 't.id', title: 'T', body: 'B', skill: 's', level: 'beginner', source: { name: 'GOV.UK', url: 'https://www.gov.uk/' }, locale: 'en' },
  anchor: null,
  status,
});
const state = (patch: Partial<OverlayState> = {}): OverlayState => ({
  tips: [], panelOpen: false, paused: false, locale: 'en', strings: {}, shortcutLabel: 'Alt+Shift+K', ...patch,
});

/** A drawing code that records what it was asked to draw, and where. */
function fakeUi() {
  const drawn: OverlayState[] = [];
  const shells: OverlayShell[] = [];
  let destroyed = 0;
  const ui: OverlayUi = {
    version: OVERLAY_UI_VERSION,
    draw(shell) {
      shells.push(shell);
      return { host: shell.host, render: (s) => drawn.push(s), hasFocus: () => true, destroy: () => destroyed++ };
    },
  };
  return { ui, drawn, shells, destroyed: () => destroyed };
}

afterEach(() => {
  document.documentElement.querySelectorAll(OVERLAY_HOST_NAME).forEach((e) => e.remove());
});

describe('needsDrawing', () => {
  it('is true for a card, any listed tip (the launcher) or the open panel, false for an empty screen', () => {
    expect(needsDrawing(state())).toBe(false);
    expect(needsDrawing(state({ paused: 'site' }))).toBe(false);
    expect(needsDrawing(state({ tips: [tipOf('card')] }))).toBe(true);
    expect(needsDrawing(state({ tips: [tipOf('waiting')] }))).toBe(true);
    expect(needsDrawing(state({ panelOpen: true }))).toBe(true);
  });
});

describe('lazyOverlay', () => {
  it('puts only the empty shell in the page until a state needs drawing, then loads once and draws the latest state', async () => {
    const f = fakeUi();
    let resolve!: (ui: OverlayUi) => void;
    const load = vi.fn(() => new Promise<OverlayUi>((r) => (resolve = r)));
    const view = await lazyOverlay({ load })(callbacks());

    const host = document.documentElement.lastElementChild!;
    expect(host.tagName.toLowerCase()).toBe(OVERLAY_HOST_NAME);
    expect(view.host).toBe(host);
    expect(host.shadowRoot!.querySelector('body')!.childElementCount).toBe(0);

    view.render(state());
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();

    view.render(state({ tips: [tipOf('waiting')] }));
    view.render(state({ tips: [tipOf('card')] }));
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(view.hasFocus?.()).toBe(false);
    resolve(f.ui);
    await vi.waitFor(() => expect(f.drawn).toHaveLength(1));
    // Only the latest state is drawn, into the shell already in the page.
    expect(f.drawn[0]!.tips[0]!.status).toBe('card');
    expect(f.shells[0]!.host).toBe(host);
    expect(view.hasFocus?.()).toBe(true);

    // From now on every state is drawn, even an empty one (cards must go away).
    view.render(state());
    expect(f.drawn).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);

    view.destroy();
    expect(f.destroyed()).toBe(1);
    expect(document.querySelector(OVERLAY_HOST_NAME)).toBeNull();
  });

  it('opening the panel alone loads the drawing code', async () => {
    const f = fakeUi();
    const view = await lazyOverlay({ load: async () => f.ui })(callbacks());
    view.render(state({ panelOpen: true }));
    await vi.waitFor(() => expect(f.drawn).toHaveLength(1));
    expect(f.drawn[0]!.panelOpen).toBe(true);
    view.destroy();
  });

  it('retries a failed load when the next state needs drawing, and says why it failed', async () => {
    const f = fakeUi();
    const onError = vi.fn();
    const load = vi.fn<() => Promise<OverlayUi>>().mockRejectedValueOnce(new Error('background asleep')).mockResolvedValue(f.ui);
    const view = await lazyOverlay({ load, onError })(callbacks());
    view.render(state({ tips: [tipOf('card')] }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'background asleep' })));
    expect(f.drawn).toHaveLength(0);
    view.render(state({ tips: [tipOf('card')], panelOpen: true }));
    await vi.waitFor(() => expect(f.drawn).toHaveLength(1));
    expect(load).toHaveBeenCalledTimes(2);
    view.destroy();
  });

  it('a load that throws at once is handled like a rejection', async () => {
    const onError = vi.fn();
    const view = await lazyOverlay({ load: () => { throw new Error('no scripting'); }, onError })(callbacks());
    view.render(state({ panelOpen: true }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    view.destroy();
  });

  it('prefetches when told to, draws nothing until a state needs it, then draws at once', async () => {
    const f = fakeUi();
    let prefetch!: () => void;
    const load = vi.fn(async () => f.ui);
    const view = await lazyOverlay({ load, prefetchOn: (p) => (prefetch = p) })(callbacks());
    view.render(state());
    prefetch();
    prefetch();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(f.shells).toHaveLength(0);
    // The code is here: the first state with something to show is drawn in the same call.
    view.render(state({ tips: [tipOf('card')] }));
    expect(f.drawn).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
    view.destroy();
  });

  it('a prefetch after destroy loads nothing', async () => {
    let prefetch!: () => void;
    const load = vi.fn(async () => fakeUi().ui);
    const view = await lazyOverlay({ load, prefetchOn: (p) => (prefetch = p) })(callbacks());
    view.destroy();
    prefetch();
    await new Promise((r) => setTimeout(r, 0));
    expect(load).not.toHaveBeenCalled();
  });

  it('never draws after destroy, even when the code arrives later', async () => {
    const f = fakeUi();
    let resolve!: (ui: OverlayUi) => void;
    const view = await lazyOverlay({ load: () => new Promise((r) => (resolve = r)) })(callbacks());
    view.render(state({ panelOpen: true }));
    await Promise.resolve();
    view.destroy();
    resolve(f.ui);
    await new Promise((r) => setTimeout(r, 0));
    expect(f.shells).toHaveLength(0);
    view.render(state({ panelOpen: true }));
    expect(f.drawn).toHaveLength(0);
    expect(document.querySelector(OVERLAY_HOST_NAME)).toBeNull();
  });
});

describe('the overlay shell', () => {
  it('is an open shadow root whose styles reset the host, and keeps key presses inside', () => {
    const shell = createOverlayShell(document);
    document.documentElement.append(shell.host);
    expect(shell.shadow.mode).toBe('open');
    expect(shell.head.querySelector('style')!.textContent).toBe(':host{all:initial !important;}');
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const button = document.createElement('button');
    shell.container.append(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);

    addShellStyle(shell, '.a{color:red}');
    addShellStyle(shell, '.a{color:red}');
    expect(shell.head.querySelectorAll('style')).toHaveLength(2);
  });
});

describe('the hand-over registry', () => {
  it('gives the content script what the overlay script left in the same world, and nothing before', () => {
    const world = {};
    expect(takeOverlayUi(world)).toBeUndefined();
    const f = fakeUi();
    provideOverlayUi(f.ui, world);
    expect(takeOverlayUi(world)).toBe(f.ui);
    // Another world (the page's, or another frame's) sees nothing.
    expect(takeOverlayUi({})).toBeUndefined();
  });

  it('refuses a hand-over of another shape with a message that says so', () => {
    const world = {};
    provideOverlayUi({ version: 99, draw: () => undefined } as unknown as OverlayUi, world);
    expect(() => takeOverlayUi(world)).toThrow(/version 99/);
  });
});
