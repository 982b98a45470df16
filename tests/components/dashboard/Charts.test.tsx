// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ActivityCalendar } from '../../../components/dashboard/ActivityCalendar';
import { SkillsChart } from '../../../components/dashboard/SkillsChart';
import { SkillProgressList, SummaryCards, TopTips } from '../../../components/dashboard/Overview';
import { calendarModel, skillProgress, weeklySkillSeries } from '../../../lib/dashboard/aggregate';

afterEach(cleanup);

describe('SkillsChart', () => {
  const series = weeklySkillSeries({ 'alt-text': { '2026-11-02': 3, '2026-11-10': 1 }, headings: { '2026-11-03': 2 } });

  it('gives the numbers as a table, open when no canvas can be drawn (as here)', () => {
    const { container } = render(<SkillsChart series={series} />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(true);
    const table = within(details).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Week starting', 'Alt text', 'Headings']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([['3', '2'], ['1', '0']]);
    expect(screen.getByText(/Line chart over 2 weeks\. Totals: Alt text 4, Headings 2\./)).toBeTruthy();
    // The canvas area is hidden from assistive technology; the legend too (the table carries the same facts).
    expect(container.querySelector('.sw-chart__plot')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('prints the table without a disclosure in the report, and says when there is nothing', () => {
    const { container } = render(<SkillsChart series={series} alwaysShowTable />);
    expect(container.querySelector('details')).toBeNull();
    expect(container.querySelector('table')).not.toBeNull();
    cleanup();
    render(<SkillsChart series={weeklySkillSeries({})} />);
    expect(screen.getByText('Nothing to chart yet for this selection.')).toBeTruthy();
  });
});

describe('ActivityCalendar', () => {
  it('is a table of weekdays by weeks; every day says its date and count', () => {
    const model = calendarModel({ '2026-11-02': 4, '2026-11-04': 1 }, '2026-11-01', '2026-11-14');
    const { container } = render(<ActivityCalendar model={model} from="2026-11-01" to="2026-11-14" />);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const monday = container.querySelector<HTMLElement>('[data-date="2026-11-02"]')!;
    expect(monday.dataset.level).toBe('4');
    expect(monday.textContent).toBe('Mon 2 Nov: 4 actions');
    expect(container.querySelector('[data-date="2026-11-04"]')!.textContent).toBe('Wed 4 Nov: 1 action');
    expect(container.querySelector('[data-date="2026-11-05"]')!.textContent).toBe('Thu 5 Nov: no practice');
    expect(container.querySelector('caption')!.textContent).toBe('Actions per day from 1 Nov 2026 to 14 Nov 2026: 5 actions on 2 days.');
  });
});

describe('overview panels', () => {
  it('summary, skills with progress, tips dismissed most (titles from the pack, else the id)', () => {
    render(<SummaryCards stats={{ total: 1234, today: 3, streak: 1, lastActivity: new Date(2026, 10, 27).getTime(), perSkill: { a: 1, b: 0 }, perType: {} }} />);
    expect(screen.getByText('1,234')).toBeTruthy();
    expect(screen.getByText('1 day')).toBeTruthy();
    expect(screen.getByText('27 Nov 2026')).toBeTruthy();
    cleanup();
    render(<SkillProgressList items={skillProgress({ headings: 12, 'alt-text': 4 })} target={10} />);
    expect(screen.getByText('Practised 12 times: a habit')).toBeTruthy();
    expect(screen.getByText('4 of 10 practices')).toBeTruthy();
    cleanup();
    render(<TopTips items={[{ ref: 'x.y', count: 5 }, { ref: 'known', count: 2 }]} tipTitle={(r) => (r === 'known' ? 'A known tip' : undefined)} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['x.y dismissed 5 times', 'A known tip dismissed 2 times']);
  });
});
