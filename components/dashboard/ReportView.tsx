/**
 * One month of one learner's practice, laid out to print (or save as PDF) cleanly: the print stylesheet hides the
 * controls, the chart's numbers are printed as a table under it, and rows never split across pages.
 */
import type { LogSource } from '../../lib/dashboard/api';
import type { PracticeAction } from '../../lib/practice/schema';
import type { EntryComment } from '../../lib/feedback/inbox';
import { calendarModel, skillProgress, weeklySkillSeries } from '../../lib/dashboard/aggregate';
import { monthRange, startOfDay } from '../../lib/dashboard/dates';
import { practiceFilter, toLogFilter } from '../../lib/dashboard/filters';
import { useDashboardFormat } from './useDashboardFormat';
import { ActivityCalendar } from './ActivityCalendar';
import { SkillProgressList, TopTips } from './Overview';
import { SkillsChart } from './SkillsChart';
import { useAsync } from './useAsync';

/** Entries listed in the report; past this the report says how many more there were (a month rarely has more). */
export const REPORT_MAX_ENTRIES = 1000;

export interface ReportViewProps {
  source: LogSource;
  name: string;
  /** `YYYY-MM`. */
  month: string;
  commentsFor?: (entryId: string) => EntryComment[];
  tipTitle: (ref: string) => string | undefined;
  onMonthChange: (month: string) => void;
  onPrint: () => void;
  onClose: () => void;
  now?: number;
}

export function ReportView({ source, name, month, commentsFor, tipTitle, onMonthChange, onPrint, onClose, now = Date.now() }: ReportViewProps) {
  const { t, number: formatNumber, date: formatDate } = useDashboardFormat();
  const range = monthRange(month);
  const data = useAsync(async () => {
    const all = toLogFilter(range);
    const practice = practiceFilter(range);
    const [stats, perSkillPerDay, perDay, tips, page] = await Promise.all([
      source.stats(practice),
      source.perSkillPerDay(practice),
      source.perDay(practice),
      source.topRefs('tip.dismissed', { ...all, types: ['tip.dismissed'] }, 5),
      source.query({ ...all, types: [...(practice.types ?? [])] }, { limit: REPORT_MAX_ENTRIES, order: 'asc' }),
    ]);
    return { stats, perSkillPerDay, perDay, tips, page };
  }, [source, month]);

  const monthName = formatDate(startOfDay(range.from), { month: 'long', year: 'numeric' });
  const title = t('dashboard.report.title', { name, month: monthName });

  return (
    <article class="sw-report" aria-labelledby="sw-report-title">
      <div class="sw-report__controls sw-noprint">
        <div class="sw-field">
          <label for="sw-report-month">{t('dashboard.report.month')}</label>
          <input id="sw-report-month" type="month" value={month} onChange={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            if (/^\d{4}-\d{2}$/.test(v)) onMonthChange(v);
          }} />
        </div>
        <button type="button" class="sw-button" data-variant="primary" onClick={onPrint}>{t('dashboard.report.print')}</button>
        <button type="button" class="sw-button" onClick={onClose}>{t('dashboard.report.close')}</button>
      </div>
      <h2 id="sw-report-title">{title}</h2>
      {data.status === 'loading' && <p aria-busy="true">{t('dashboard.loading')}</p>}
      {data.status === 'error' && <p role="alert" class="sw-status sw-status--error">{t('dashboard.error', { message: data.error })}</p>}
      {data.status === 'ok' && (() => {
        const { stats, perSkillPerDay, perDay, tips, page } = data.value;
        const calendar = calendarModel(perDay, range.from, range.to);
        const more = page.total - page.entries.length;
        return (
          <>
            <section class="sw-report__section" aria-labelledby="sw-report-summary">
              <h3 id="sw-report-summary">{t('dashboard.report.summary')}</h3>
              <dl class="sw-summary">
                <div class="sw-summary__item" data-key="total"><dt>{t('dashboard.summary.total')}</dt><dd>{formatNumber(stats.total)}</dd></div>
                <div class="sw-summary__item" data-key="days"><dt>{t('dashboard.report.activeDays')}</dt><dd>{formatNumber(calendar.activeDays)}</dd></div>
                <div class="sw-summary__item" data-key="skills"><dt>{t('dashboard.summary.skills')}</dt><dd>{formatNumber(Object.keys(stats.perSkill).length)}</dd></div>
              </dl>
            </section>
            <section class="sw-report__section" aria-labelledby="sw-report-skills">
              <h3 id="sw-report-skills">{t('dashboard.report.skillsHeading')}</h3>
              <SkillProgressList items={skillProgress(stats.perSkill)} target={10} />
            </section>
            <section class="sw-report__section sw-report__chart">
              <SkillsChart series={weeklySkillSeries(perSkillPerDay, range)} alwaysShowTable height={220} />
            </section>
            <section class="sw-report__section">
              <ActivityCalendar model={calendar} from={range.from} to={range.to} />
            </section>
            <section class="sw-report__section">
              <TopTips items={tips} tipTitle={tipTitle} />
            </section>
            <section class="sw-report__section" aria-labelledby="sw-report-entries">
              <h3 id="sw-report-entries">{t('dashboard.report.entries')}</h3>
              <ReportEntries entries={page.entries} commentsFor={commentsFor} />
              {more > 0 && <p>{t('dashboard.report.more', { count: more })}</p>}
            </section>
            <p class="sw-report__footer">{t('dashboard.report.generated', { date: formatDate(now) })}</p>
          </>
        );
      })()}
    </article>
  );
}

function ReportEntries({ entries, commentsFor }: { entries: PracticeAction[]; commentsFor?: (id: string) => EntryComment[] }) {
  const { t, dateTime: formatDateTime, action, site, skill: skillLabel } = useDashboardFormat();
  return (
    <table class="sw-table sw-report__entries">
      <thead>
        <tr>
          <th scope="col">{t('dashboard.report.col.when')}</th>
          <th scope="col">{t('dashboard.report.col.action')}</th>
          <th scope="col">{t('dashboard.report.col.where')}</th>
          <th scope="col">{t('dashboard.report.col.skills')}</th>
          <th scope="col">{t('dashboard.report.col.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const comments = commentsFor?.(e.id) ?? [];
          return (
            <tr key={e.id} data-entry={e.id}>
              <td>{formatDateTime(e.time)}</td>
              <td>{action(e.type)}</td>
              <td>{site(e.site.kind)}{e.site.host ? ` · ${e.site.host}` : ''}</td>
              <td>{e.skills.map(skillLabel).join(', ')}</td>
              <td>
                {e.reflection && <p>{t('dashboard.report.reflection', { text: e.reflection })}</p>}
                {comments.map((c, i) => (
                  <p key={i}>{t('dashboard.report.comment', { mentor: c.mentor, text: c.text })}</p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
