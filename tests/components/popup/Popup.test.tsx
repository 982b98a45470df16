// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { recognisedLabel } from '../../../components/popup/SiteSection';
import type { Locale } from '../../../lib/settings/items';
import { feedbackUnread, pausedHosts, pausedUntil, profile, tipLevel } from '../../../lib/settings/items';
import { I18nProvider } from '../../../lib/i18n/preact';
import { popupHarness } from './harness';

afterEach(cleanup);

const BLOG = 'https://blog.example.gov.uk';

function show(api: Parameters<typeof Popup>[0]['api'], locale: Locale = 'en') {
  return render(
    <I18nProvider locale={locale}>
      <Popup api={api} />
    </I18nProvider>,
  );
}

describe('popup: turning the tutor on and off for a site', () => {
  it('grants: asks the browser for exactly this origin, then the background registers and starts the tutor', async () => {
    const h = popupHarness({ tabs: { 1: `${BLOG}/wp-admin/post-new.php` } });
    show(h.api);
    expect(await screen.findByText(`Off for blog.example.gov.uk.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use Social Web Tutor on this site' }));

    expect(h.request).toHaveBeenCalledWith({ origins: [`${BLOG}/*`] });
    await screen.findByText('Turned on. Reload the page if no tips appear.');
    expect(h.sent.find((m) => m.type === 'site.enable')?.payload).toEqual({ origin: BLOG, tabId: 1 });
    expect([...h.fake.scripts.keys()]).toEqual([`swt-site:${BLOG}/*`]);
    expect(h.fake.injected).toEqual([{ tabId: 1, files: ['content-scripts/site.js'] }]);
    // The status re-read shows it on.
    expect(await screen.findByText('On for blog.example.gov.uk.')).toBeTruthy();
  });

  it('denied: says so and registers nothing', async () => {
    const h = popupHarness({ tabs: { 1: `${BLOG}/wp-admin/` }, answer: false });
    show(h.api);
    fireEvent.click(await screen.findByRole('button', { name: 'Use Social Web Tutor on this site' }));
    await screen.findByText('Your browser did not allow it, so the tutor stays off here.');
    expect(h.sent.some((m) => m.type === 'site.enable')).toBe(false);
    expect(h.fake.scripts.size).toBe(0);
    expect(screen.getByText('Off for blog.example.gov.uk.')).toBeTruthy();
  });

  it('revokes: unregisters the script and withdraws the permission', async () => {
    const h = popupHarness({ tabs: { 1: `${BLOG}/wp-admin/` }, granted: [`${BLOG}/*`] });
    await h.access.reconcile();
    await h.access.recognised(1, `${BLOG}/wp-admin/`, 'wordpress', 'wp.dashboard');
    show(h.api);
    expect(await screen.findByText('Recognised: WordPress dashboard')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop on this site' }));
    await screen.findByText('Turned off for blog.example.gov.uk.');
    expect(h.fake.scripts.size).toBe(0);
    expect(h.fake.granted.has(`${BLOG}/*`)).toBe(false);
    expect(await screen.findByText('Off for blog.example.gov.uk.')).toBeTruthy();
  });

  it('a fixed site is always on: no "stop" button, a pause for this site instead', async () => {
    const h = popupHarness({ tabs: { 1: 'https://x.com/compose/post' } });
    await h.access.recognised(1, 'https://x.com/compose/post', 'x', 'x.compose');
    show(h.api);
    expect(await screen.findByText('Always on for x.com: the tutor knows this site.')).toBeTruthy();
    expect(screen.getByText('Recognised: X post composer')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop on this site' })).toBeNull();
    const pause = screen.getByRole('button', { name: 'Pause on this site' });
    expect(pause.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pause);
    await waitFor(async () => expect(Object.keys(await pausedHosts.getValue())).toEqual(['x.com']));
    const resume = await screen.findByRole('button', { name: 'Resume on this site' });
    expect(resume.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Tips are paused on x.com.')).toBeTruthy();
    fireEvent.click(resume);
    await waitFor(async () => expect(await pausedHosts.getValue()).toEqual({}));
  });

  it('a page the tutor cannot run on says what to do', async () => {
    const h = popupHarness({ tabs: { 1: 'chrome://extensions/' } });
    show(h.api);
    expect(await screen.findByText(/The tutor works on web pages/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use Social Web Tutor on this site' })).toBeNull();
  });

  it('a granted site with nothing recognised asks for a reload', async () => {
    const h = popupHarness({ tabs: { 1: `${BLOG}/` }, granted: [`${BLOG}/*`] });
    show(h.api);
    expect(await screen.findByText(/Nothing recognised on this page yet/)).toBeTruthy();
  });
});

describe('popup: tips, practice, feedback, pages', () => {
  it('pauses tips for an hour and resumes them', async () => {
    const h = popupHarness({ tabs: { 1: 'https://x.com/' } });
    show(h.api);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for an hour' }));
    await waitFor(async () => expect(await pausedUntil.getValue()).toBe(h.api.now() + 3_600_000));
    expect(await screen.findByText(/Tips are paused until \d\d:\d\d\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume tips' }));
    expect(await screen.findByRole('button', { name: 'Pause for an hour' })).toBeTruthy();
  });

  it('says tips are off when the tip level is off', async () => {
    await tipLevel.setValue('off');
    show(popupHarness({ tabs: { 1: 'https://x.com/' } }).api);
    expect(await screen.findByText(/Tips are turned off/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause for an hour' })).toBeNull();
  });

  it('shows today’s practice and the streak, with plurals', async () => {
    show(popupHarness({ tabs: { 1: 'https://x.com/' }, stats: async () => ({ today: 1, streak: 5 }) }).api);
    expect(await screen.findByText('1 action practised today')).toBeTruthy();
    expect(screen.getByText('5 days in a row')).toBeTruthy();
  });

  it('says when the practice log cannot be read', async () => {
    show(popupHarness({ tabs: { 1: 'https://x.com/' }, stats: () => Promise.reject(new Error('asleep')) }).api);
    expect(await screen.findByText('Your practice log is not available right now.')).toBeTruthy();
  });

  it('shows new mentor feedback, and hides it once read elsewhere (live)', async () => {
    await feedbackUnread.setValue(1);
    const h = popupHarness({ tabs: { 1: 'https://x.com/' } });
    show(h.api);
    fireEvent.click(await screen.findByRole('link', { name: 'Read feedback' }));
    expect(h.opened).toEqual(['feedback']);
    await feedbackUnread.setValue(0);
    await waitFor(() => expect(screen.queryByText('New feedback from your mentor')).toBeNull());
  });

  it('counts the new feedback files, in English and Welsh', async () => {
    await feedbackUnread.setValue(2);
    show(popupHarness({ tabs: { 1: 'https://x.com/' } }).api);
    expect(await screen.findByRole('heading', { name: '2 new feedback files from your mentor' })).toBeTruthy();
    cleanup();
    await feedbackUnread.setValue(3);
    show(popupHarness({ tabs: { 1: 'https://x.com/' } }).api, 'cy');
    expect(await screen.findByRole('heading', { name: '3 ffeil adborth newydd gan eich mentor' })).toBeTruthy();
  });

  it('puts the role’s page first', async () => {
    const h = popupHarness({ tabs: { 1: 'https://x.com/' } });
    show(h.api);
    const nav = await screen.findByRole('navigation');
    await waitFor(() => expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['My practice', 'Workshop', 'Mentor dashboard', 'Settings']));
    await profile.setValue({ learnerId: 'x', displayName: '', mentorName: '', role: 'trainer' });
    await waitFor(() => expect(within(nav).getAllByRole('link')[0]!.textContent).toBe('Workshop'));
    fireEvent.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(h.opened).toEqual(['settings']);
  });
});

describe('popup in Welsh', () => {
  it('shows every part in Welsh', async () => {
    const h = popupHarness({ tabs: { 1: `${BLOG}/` } });
    show(h.api, 'cy');
    expect(await screen.findByText('I ffwrdd ar blog.example.gov.uk.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Defnyddio Tiwtor y We Gymdeithasol ar y wefan hon' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Saib am awr' })).toBeTruthy();
    expect(await screen.findByText('3 gweithgaredd ymarfer heddiw')).toBeTruthy();
    expect(screen.getByText('2 ddiwrnod yn olynol')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gosodiadau' })).toBeTruthy();
    // The language switch names the other language in that language.
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
  });

  it('the language switch saves the choice', async () => {
    const h = popupHarness({ tabs: { 1: 'https://x.com/' } });
    show(h.api);
    fireEvent.click(await screen.findByRole('button', { name: 'Cymraeg' }));
    const { locale } = await import('../../../lib/settings/items');
    await waitFor(async () => expect(await locale.getValue()).toBe('cy'));
  });

  it('names recognised screens, falling back to the site name', () => {
    expect(recognisedLabel('cy', 'wordpress', 'wp.block-editor')).toBe('Golygydd blociau WordPress');
    expect(recognisedLabel('en', 'mastodon', 'mastodon.unknown-screen')).toBe('Mastodon');
    expect(recognisedLabel('en', 'nowhere', null)).toBeNull();
  });
});
