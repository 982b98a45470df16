// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/dashboard/App';
import { EntryDetails } from '../../../components/dashboard/EntryDetails';
import { FilterBar } from '../../../components/dashboard/FilterBar';
import { MentorView } from '../../../components/dashboard/MentorView';
import { MyPracticeView } from '../../../components/dashboard/MyPracticeView';
import { ReportView } from '../../../components/dashboard/ReportView';
import type { DashboardRoute } from '../../../lib/dashboard/filters';
import { action, fakeApi, memorySource } from './fake-api';

afterEach(cleanup);

const entries = () => Array.from({ length: 40 }, (_, i) => action(i));
const file = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });

describe('FilterBar', () => {
  it('applies each choice as it changes, shows problems next to the field, and counts the matches', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <FilterBar value={{}} options={{ sites: ['x', 'mastodon'], skills: ['alt-text'], types: ['post.published'] }} problems={[]} matching={1234} onChange={onChange} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Showing 1,234 actions.');
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'mastodon' } });
    expect(onChange).toHaveBeenLastCalledWith({ site: 'mastodon' });
    expect((screen.getByRole('button', { name: 'Clear filters' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(
      <FilterBar
        value={{ from: '2026-12-01', to: '2026-11-01' }}
        options={{ sites: [], skills: [], types: [] }}
        problems={[{ field: 'to', message: 'dashboard.filters.errorOrder' }]}
        matching={0}
        onChange={onChange}
      />,
    );
    const to = screen.getByLabelText('To');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(to.getAttribute('aria-describedby')!)!.textContent).toBe('The end date is before the start date.');
    expect(screen.getByRole('status').textContent).toBe('No actions match.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });
});

describe('EntryDetails', () => {
  it('learner: saves a reflection and shows the mentor’s comments as text, never as HTML', async () => {
    const onSave = vi.fn(async () => {});
    const a = action(1, { reflection: 'first try' });
    const { container } = render(
      <EntryDetails entry={a} mode="learner" comments={[{ mentor: 'Sam', text: '<img src=x onerror=alert(1)> nice', at: 1 }]} onSaveReflection={onSave} />,
    );
    expect(screen.getByRole('heading', { name: 'Added alt text to an image' })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)> nice')).toBeTruthy();
    const box = screen.getByLabelText('Your reflection') as HTMLTextAreaElement;
    expect(box.value).toBe('first try');
    fireEvent.input(box, { target: { value: 'second try' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await screen.findByText('Reflection saved.');
    expect(onSave).toHaveBeenCalledWith(a, 'second try');
    // The entry's measures, in words.
    expect(screen.getByRole('rowheader', { name: 'had alt text' })).toBeTruthy();
  });

  it('mentor: reads the learner’s reflection, writes a comment; a failure is said plainly', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('A comment is at most 2000 characters.');
    });
    render(<EntryDetails entry={action(2, { reflection: 'I used two hashtags' })} mode="mentor" draftComment="" onSaveComment={onSave} />);
    expect(screen.getByText('I used two hashtags')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Your comment for the learner'), { target: { value: 'Good' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    await screen.findByText('Something went wrong: A comment is at most 2000 characters.');
  });
});

describe('MentorView', () => {
  it('imports several files one by one, with progress and a plain result for each', async () => {
    const api = fakeApi([]);
    render(<MentorView api={api} filter={{}} onFilterChange={() => {}} onOpenLearner={() => {}} onReport={() => {}} confirm={() => true} />);
    await screen.findByText('No learners yet. Import a practice file to start.');
    const input = document.getElementById('sw-import-files') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('alex.practice.json'), file('broken.practice.json', 'bad'), file('notes.txt')], configurable: true });
    fireEvent.change(input);
    await screen.findByText('alex.practice.json: added 12 actions for Alex.');
    await screen.findByText('broken.practice.json was not imported: entries[3].type: Invalid type');
    expect(screen.getByText('notes.txt is not a .json file.')).toBeTruthy();
    expect(api.calls.filter((c) => c.startsWith('import:'))).toEqual(['import:alex.practice.json', 'import:broken.practice.json']);
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });

  it('lists learners with last activity and totals; open and remove call back', async () => {
    const api = fakeApi([], { learners: { l1: entries().slice(0, 12) } });
    const onOpen = vi.fn();
    const confirm = vi.fn((_question: string) => true);
    render(<MentorView api={api} filter={{}} onFilterChange={() => {}} onOpenLearner={onOpen} onReport={() => {}} confirm={confirm} />);
    const row = (await screen.findByRole('button', { name: 'Open Learner l1' })).closest('tr')!;
    expect(within(row).getByText('12')).toBeTruthy();
    expect(within(row).getByText('27 Nov 2026')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Open Learner l1' }));
    expect(onOpen).toHaveBeenCalledWith('l1');
    fireEvent.click(within(row).getByRole('button', { name: 'Remove Learner l1' }));
    await waitFor(() => expect(api.calls).toContain('remove:l1'));
    expect(confirm.mock.calls[0]![0]).toMatch(/Your own log is not touched/);
  });

  it('a learner’s page: totals, timeline, a comment and the feedback file', { timeout: 30_000 }, async () => {
    const list = entries();
    const api = fakeApi([], { learners: { l1: list } });
    render(<MentorView api={api} learnerId="l1" filter={{}} onFilterChange={() => {}} onOpenLearner={() => {}} onReport={() => {}} confirm={() => true} />);
    await screen.findByRole('heading', { name: 'Practice of Learner l1' });
    await waitFor(() => expect(document.querySelector('.sw-summary__item[data-key="total"] dd')!.textContent).toBe('40'));
    fireEvent.click(screen.getByRole('button', { name: 'Export feedback file' }));
    await screen.findByText('Write a comment or an overall note first: there is no feedback to export yet.');
    const first = await waitFor(() => document.querySelector<HTMLButtonElement>(`.sw-row__button[data-entry="${list[0]!.id}"]`)!);
    fireEvent.click(first);
    fireEvent.input(screen.getByLabelText('Your comment for the learner'), { target: { value: 'Well done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save comment' }));
    await screen.findByText('1 comment on an action.');
    await waitFor(() => expect(first.textContent).toContain('Your comment'));
    fireEvent.click(screen.getByRole('button', { name: 'Export feedback file' }));
    await screen.findByText('Downloaded feedback-for-l1.feedback.json. Send it to Learner l1.');
    expect(api.downloads.map((d) => d.filename)).toEqual(['feedback-for-l1.feedback.json']);
  });
});

describe('MyPracticeView', () => {
  it('shares the log, imports feedback (a bad file said plainly) and clears the notice when read', async () => {
    const api = fakeApi(entries(), {
      unread: 1,
      inbox: [{ id: 'c', mentor: 'Sam', createdAt: '2026-11-28T10:00:00.000Z', importedAt: 1, note: 'Keep going', comments: [{ entryId: action(0).id, text: 'Nice', at: 1 }] }],
    });
    render(<MyPracticeView api={api} filter={{}} onFilterChange={() => {}} onReport={() => {}} />);
    await screen.findByText('New feedback from your mentor');
    expect(screen.getByText('Keep going')).toBeTruthy();
    await waitFor(() => expect(document.querySelector(`.sw-row__button[data-entry="${action(0).id}"]`)?.textContent).toContain('1 comment from your mentor'));

    fireEvent.click(screen.getByRole('button', { name: /Spreadsheet/ }));
    await screen.findByText('Downloaded alex.csv.');

    const input = document.getElementById('sw-feedback-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('x.feedback.json', 'bad')], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe('This feedback file was changed after the mentor exported it.');
    Object.defineProperty(input, 'files', { value: [file('y.feedback.json')], configurable: true });
    fireEvent.change(input);
    await screen.findByText('Imported 2 new comments from Sam.');

    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(screen.queryByText('New feedback from your mentor')).toBeNull());
    expect(api.unreadFlag.value).toBe(0);
  });
});

describe('App and the report', () => {
  it('navigates between the views through the route', async () => {
    const api = fakeApi(entries());
    const onNavigate = vi.fn();
    const route: DashboardRoute = { view: 'mine', filter: {} };
    render(<App api={api} route={route} onNavigate={onNavigate} onPrint={() => {}} confirm={() => true} now={new Date(2026, 10, 28).getTime()} />);
    const nav = screen.getByRole('navigation', { name: 'Dashboard views' });
    expect(within(nav).getByRole('link', { name: 'My practice' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(nav).getByRole('link', { name: 'Mentor view' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'mentor', filter: {} });
    fireEvent.click(await screen.findByRole('button', { name: 'Printable report' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'mine', filter: {}, report: '2026-11' });
  });

  it('the report lists the month’s practice (tips seen left out) with reflections and comments', async () => {
    const list = entries().map((a, i) => (i === 0 ? { ...a, reflection: 'Shorter this time' } : a));
    const onPrint = vi.fn();
    render(
      <ReportView
        source={memorySource(list)}
        name="Alex"
        month="2026-11"
        commentsFor={(id) => (id === list[0]!.id ? [{ mentor: 'Sam', text: 'Good', at: 1 }] : [])}
        tipTitle={() => undefined}
        onMonthChange={() => {}}
        onPrint={onPrint}
        onClose={() => {}}
        now={new Date(2026, 10, 28).getTime()}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Practice report: Alex, November 2026');
    await screen.findByRole('heading', { name: 'Actions this month' });
    const rows = document.querySelectorAll('.sw-report__entries tbody tr');
    expect(rows).toHaveLength(list.filter((a) => a.type !== 'tip.dismissed').length);
    expect(screen.getByText('Reflection: Shorter this time')).toBeTruthy();
    expect(screen.getByText('Sam: Good')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(onPrint).toHaveBeenCalled();
  });
});
