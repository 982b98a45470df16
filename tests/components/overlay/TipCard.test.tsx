// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { TipCard, safeHttpUrl } from '../../../components/overlay/TipCard';
import { overlayT } from '../../../components/overlay/strings';
import { tutorAssets } from '../../../lib/tutor/assets';
import type { Tip } from '../../../lib/tips/types';

afterEach(cleanup);

const t = overlayT('en', tutorAssets({ locale: 'en' }).strings);
const tip: Tip = {
  id: 'alt-text.missing',
  title: 'Add alt text to this image',
  body: 'Alt text describes the image for people who cannot see it.',
  skill: 'alt-text',
  level: 'beginner',
  source: { name: 'GOV.UK: Images', url: 'https://www.gov.uk/guidance/content-design/images' },
  locale: 'en',
};

function setup(over: Partial<Tip> = {}, more = 0) {
  const on = { onDismiss: vi.fn(), onSnooze: vi.fn(), onNever: vi.fn(), onMore: vi.fn() };
  const r = render(<TipCard tip={{ ...tip, ...over }} t={t} idBase="tip-1" more={more} {...on} />);
  return { ...r, ...on };
}

describe('TipCard', () => {
  it('is a group named by its title and described by its body', () => {
    setup();
    const card = screen.getByRole('group', { name: 'Add alt text to this image' });
    expect(card.getAttribute('aria-describedby')).toBe('tip-1-body');
    expect(document.getElementById('tip-1-body')!.textContent).toBe(tip.body);
  });

  it('labels every control, and each does what it says', () => {
    const { onDismiss, onSnooze, onNever } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this tip' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide this tip for a day' }));
    fireEvent.click(screen.getByRole('button', { name: 'Don’t show this tip again' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onSnooze).toHaveBeenCalledTimes(1);
    expect(onNever).toHaveBeenCalledTimes(1);
    const link = screen.getByRole('link', { name: /Learn more from GOV\.UK: Images/ });
    expect(link.getAttribute('href')).toBe(tip.source.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('closes on Escape', () => {
    const { onDismiss } = setup();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Dismiss this tip' }), { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('keeps focus in the page’s field when a button is clicked with the mouse', () => {
    setup();
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    screen.getByRole('button', { name: 'Hide this tip for a day' }).dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });

  it('offers the coach panel when more tips wait', () => {
    const { onMore } = setup({}, 2);
    fireEvent.click(screen.getByRole('button', { name: /see 2 more tips/ }));
    expect(onMore).toHaveBeenCalled();
  });

  it('renders a hostile pack inert: markup shows as text, a javascript: source is no link', () => {
    const { container } = setup({
      title: '<img src=x onerror="window.__pwned=1">',
      body: '<script>window.__pwned = 1</script><b>bold?</b>',
      source: { name: '<a href="javascript:alert(1)">x</a>', url: 'javascript:alert(1)' },
    });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('group').textContent).toContain('<script>window.__pwned = 1</script>');
    expect(container.querySelector('a')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('https://www.gov.uk/')).toBe('https://www.gov.uk/');
  });
});
