// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { CoachPanel } from '../../../components/overlay/CoachPanel';
import { overlayT } from '../../../components/overlay/strings';
import { tutorAssets } from '../../../lib/tutor/assets';
import type { OverlayTip } from '../../../lib/overlay/types';
import type { Tip } from '../../../lib/tips/types';

afterEach(cleanup);

const t = overlayT('en', tutorAssets({ locale: 'en' }).strings);
const tip = (id: string, title: string): Tip => ({
  id,
  title,
  body: `About ${title}.`,
  skill: 'plain-english',
  level: 'beginner',
  source: { name: 'GOV.UK', url: 'https://www.gov.uk/' },
  locale: 'en',
});
const tips: OverlayTip[] = [
  { key: 'a', tip: tip('a.tip', 'Shorten this sentence'), anchor: null, status: 'card' },
  { key: 'b', tip: tip('b.tip', 'Use plainer words'), anchor: null, status: 'never' },
  { key: 'c', tip: tip('c.tip', 'Add alt text'), anchor: null, status: 'waiting' },
];

function setup(paused: false | 'site' | 'global' | 'off' = false) {
  const on = { onClose: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn(), onPauseSite: vi.fn(), onResumeSite: vi.fn() };
  render(
    <CoachPanel
      state={{
        tips,
        paused,
        contextLabel: 'context.x.compose',
        shortcutLabel: 'Alt+Shift+K',
      }}
      checks={[
        { id: 'words', message: 'check.words', params: { count: 42 }, rating: 'info' },
        { id: 'longest-sentence', message: 'check.longestSentence', params: { words: 31, max: 25 }, rating: 'poor' },
      ]}
      t={t}
      {...on}
    />,
  );
  return on;
}

describe('CoachPanel', () => {
  it('is a non-modal dialog named by its heading, which takes focus on open', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: /Coach/ });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('lists every tip of the screen with its status, and the checks with words for their rating', () => {
    setup();
    expect(screen.getByText('Shorten this sentence')).toBeTruthy();
    expect(screen.getByText('Turned off')).toBeTruthy();
    expect(screen.getByText('Shows when its part of the page is on screen')).toBeTruthy();
    expect(screen.getByText('42 words')).toBeTruthy();
    expect(screen.getByText('Longest sentence: 31 words (aim for 25 or fewer)')).toBeTruthy();
    expect(screen.getByText('Needs attention')).toBeTruthy();
    expect(screen.getByText('Shortcut: Alt+Shift+K')).toBeTruthy();
  });

  it('restores a tip turned off, and dismisses a shown one', () => {
    const on = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Show this tip' }));
    expect(on.onRestore).toHaveBeenCalledWith('b');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(on.onDismiss).toHaveBeenCalledWith('a');
  });

  it('closes with Escape and with its labelled close button', () => {
    const on = setup();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the coach panel' }));
    expect(on.onClose).toHaveBeenCalledTimes(2);
  });

  it('pauses the site, or offers to resume when paused', () => {
    const on = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause tips on this site' }));
    expect(on.onPauseSite).toHaveBeenCalled();
    cleanup();
    const on2 = setup('site');
    expect(screen.getByText('Tips paused on this site.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume tips on this site' }));
    expect(on2.onResumeSite).toHaveBeenCalled();
  });
});
