// @vitest-environment happy-dom
/**
 * The dashboard in Cymraeg: the words come from the Welsh catalogue, dates are written with Welsh month names, and
 * switching language re-renders the page without a reload (the provider follows the setting).
 */
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/dashboard/App';
import { MentorView } from '../../../components/dashboard/MentorView';
import { ReportView } from '../../../components/dashboard/ReportView';
import { disposeI18n, setLocale } from '../../../lib/i18n';
import { I18nProvider } from '../../../lib/i18n/preact';
import { action, fakeApi, memorySource } from './fake-api';

afterEach(() => {
  cleanup();
  disposeI18n();
});

const entries = () => Array.from({ length: 40 }, (_, i) => action(i));
const now = new Date(2026, 10, 28).getTime();

describe('dashboard in Welsh', () => {
  it('My practice: navigation, summary, filters and timeline in Welsh', async () => {
    render(
      <I18nProvider locale="cy">
        <App api={fakeApi(entries())} route={{ view: 'mine', filter: {} }} onNavigate={() => {}} onPrint={() => {}} confirm={() => true} now={now} />
      </I18nProvider>,
    );
    const nav = screen.getByRole('navigation', { name: 'Golygon y dangosfwrdd' });
    expect(within(nav).getByRole('link', { name: 'Fy ymarfer' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dangosfwrdd ymarfer');
    await screen.findByRole('heading', { name: 'Crynodeb' });
    expect(await screen.findByText('Gweithgareddau wedi’u cofnodi')).toBeTruthy();
    expect(await screen.findByRole('group', { name: 'Hidlo’r llinell amser' })).toBeTruthy();
    expect(screen.getByLabelText('Gwefan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Taenlen (CSV)' })).toBeTruthy();
    // No English left on the page's own chrome.
    expect(screen.queryByText('Summary')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Printable report' })).toBeNull();
  });

  it('Mentor view: the learners table with a Welsh date', async () => {
    render(
      <I18nProvider locale="cy">
        <MentorView api={fakeApi([], { learners: { l1: entries().slice(0, 12) } })} filter={{}} onFilterChange={() => {}} onOpenLearner={() => {}} onReport={() => {}} confirm={() => true} />
      </I18nProvider>,
    );
    const row = (await screen.findByRole('button', { name: 'Agor Learner l1' })).closest('tr')!;
    expect(within(row).getByText('27 Tach 2026')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Tynnu Learner l1' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Gweithgarwch diwethaf' })).toBeTruthy();
  });

  it('the printed report names the month in Welsh', async () => {
    render(
      <I18nProvider locale="cy">
        <ReportView source={memorySource(entries())} name="Alex" month="2026-11" tipTitle={() => undefined} onMonthChange={() => {}} onPrint={() => {}} onClose={() => {}} now={now} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Adroddiad ymarfer: Alex, Tachwedd 2026');
    await screen.findByRole('heading', { name: 'Gweithgareddau’r mis hwn' });
    expect(screen.getAllByRole('columnheader', { name: 'Gweithgaredd' }).length).toBeGreaterThan(0);
  });

  it('follows the language setting live', async () => {
    render(
      <I18nProvider>
        <App api={fakeApi(entries())} route={{ view: 'mine', filter: {} }} onNavigate={() => {}} onPrint={() => {}} confirm={() => true} now={now} />
      </I18nProvider>,
    );
    await screen.findByRole('button', { name: 'Printable report' });
    // Changed at once, before the provider has finished reading the stored setting: the change must still win.
    await act(() => setLocale('cy'));
    expect(await screen.findByRole('button', { name: 'Adroddiad i’w argraffu' })).toBeTruthy();
  });
});
