// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Overlay } from '../../../components/overlay/Overlay';
import { mountIsolatedOverlay } from '../../../components/overlay/isolated';
import { tutorAssets } from '../../../lib/tutor/assets';
import type { OverlayCallbacks, OverlayState, OverlayTip } from '../../../lib/overlay/types';
import type { Tip } from '../../../lib/tips/types';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  document.querySelectorAll('social-web-tutor').forEach((e) => e.remove());
});

const strings = tutorAssets({ locale: 'en' }).strings;
const tip = (id: string, title: string): Tip => ({
  id,
  title,
  body: `About ${title}.`,
  skill: 'plain-english',
  level: 'beginner',
  source: { name: 'GOV.UK', url: 'https://www.gov.uk/' },
  locale: 'en',
});
const callbacks = (): OverlayCallbacks => ({
  dismiss: vi.fn(),
  snooze: vi.fn(),
  never: vi.fn(),
  restore: vi.fn(),
  openPanel: vi.fn(),
  closePanel: vi.fn(),
  pauseSite: vi.fn(),
  resumeSite: vi.fn(),
});
const state = (tips: OverlayTip[], over: Partial<OverlayState> = {}): OverlayState => ({
  tips,
  panelOpen: false,
  paused: false,
  locale: 'en',
  strings,
  shortcutLabel: 'Alt+Shift+K',
  ...over,
});

describe('Overlay', () => {
  it('sits in one labelled region, in the learner’s language', () => {
    render(<Overlay state={state([])} callbacks={callbacks()} />);
    const region = screen.getByRole('region', { name: 'Social Web Tutor tips' });
    expect(region.getAttribute('lang')).toBe('en-GB');
  });

  it('draws a card for each tip shown, announces it politely, and never moves focus', async () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    const { rerender } = render(<Overlay state={state([])} callbacks={callbacks()} />);
    rerender(<Overlay state={state([{ key: 'a', tip: tip('a.tip', 'Shorten this sentence'), anchor: field, status: 'card' }])} callbacks={callbacks()} />);
    // Queried directly: Floating UI keeps the card hidden until it has a position, and happy-dom has no layout.
    const card = document.querySelector('[role="group"]')!;
    expect(document.getElementById(card.getAttribute('aria-labelledby')!)!.textContent).toBe('Shorten this sentence');
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(live.textContent).toBe('New tip: Shorten this sentence'));
    expect(document.activeElement).toBe(field);
  });

  it('lists tips that are not cards only behind the launcher, which opens the panel', () => {
    const cb = callbacks();
    render(<Overlay state={state([{ key: 'w', tip: tip('w.tip', 'Add alt text'), anchor: null, status: 'waiting' }])} callbacks={cb} />);
    expect(screen.queryByRole('group')).toBeNull();
    const launcher = screen.getByRole('button', { name: /Open the coach panel/ });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(launcher);
    expect(cb.openPanel).toHaveBeenCalled();
  });

  it('works out the panel’s check lines from the snapshot the runtime sends while the panel is open', () => {
    const text = 'The council has agreed that the new recycling centre on the east side of the city will open in the spring after a long consultation with residents and local businesses.';
    const content = { text, paragraphs: [text], headings: [], images: [], links: [] };
    render(<Overlay state={state([], { panelOpen: true, summary: { site: 'wordpress', content } })} callbacks={callbacks()} />);
    expect(screen.getByText('30 words')).toBeTruthy();
    expect(screen.getByText('Longest sentence: 30 words (aim for 25 or fewer)')).toBeTruthy();
    cleanup();
    // No snapshot, no check lines (the panel still lists the tips).
    render(<Overlay state={state([], { panelOpen: true })} callbacks={callbacks()} />);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.queryByText(/words$/)).toBeNull();
  });

  it('mounts in its own shadow root on an extension page, and unmounts completely', () => {
    const view = mountIsolatedOverlay(document, callbacks());
    const host = document.querySelector('social-web-tutor')!;
    expect(host.shadowRoot).toBeTruthy();
    view.render(state([], { panelOpen: true }));
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).toBeTruthy();
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain(':host{all:initial !important;}');
    view.destroy();
    expect(document.querySelector('social-web-tutor')).toBeNull();
  });
});
