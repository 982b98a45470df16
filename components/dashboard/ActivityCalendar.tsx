/**
 * The activity calendar (a heatmap of days): a real table — weekdays down, weeks across — so it is its own text
 * alternative: every cell says its date and count to a screen reader; the colour is a level, repeated in a pattern
 * for forced-colours mode and in a legend.
 */
import type { CalendarModel } from '../../lib/dashboard/aggregate';
import { startOfDay } from '../../lib/dashboard/dates';
import type { DashboardFormat } from '../../lib/dashboard/format';
import { useDashboardFormat } from './useDashboardFormat';

export interface ActivityCalendarProps {
  model: CalendarModel;
  from: string;
  to: string;
}

/**
 * A month's short name over the first week column holding its 1st, as wall calendars do; skipped when it would
 * crowd the previous label (a range starting on the 30th would print "MayJun").
 */
function labelMonths(model: CalendarModel, formatDate: DashboardFormat['date']): string[] {
  const labels: string[] = [];
  let lastAt = -Infinity;
  model.weeks.forEach((w, i) => {
    const first = w.days.find((d) => d !== null);
    const prev = model.weeks[i - 1]?.days.find((d) => d !== null);
    const starts = first && (!prev || prev.date.slice(0, 7) !== first.date.slice(0, 7));
    const startsLate = starts && i === 0 && Number(first.date.slice(8)) > 24;
    if (starts && !startsLate && i - lastAt >= 3) {
      labels[i] = formatDate(startOfDay(first.date), { month: 'short' });
      lastAt = i;
    }
  });
  return labels;
}

/** Rows Monday first (as UK calendars are); the catalogue's short weekday names count from Sunday = 0. */
const WEEKDAYS = ['date.weekdayShort.1', 'date.weekdayShort.2', 'date.weekdayShort.3', 'date.weekdayShort.4', 'date.weekdayShort.5', 'date.weekdayShort.6', 'date.weekdayShort.0'] as const;

export function ActivityCalendar({ model, from, to }: ActivityCalendarProps) {
  const { t, number: formatNumber, date: formatDate } = useDashboardFormat();
  const caption = t('dashboard.calendar.caption', {
    from: formatDate(startOfDay(from)),
    to: formatDate(startOfDay(to)),
    total: formatNumber(model.total),
    days: formatNumber(model.activeDays),
  });
  const monthLabels = labelMonths(model, formatDate);
  return (
    <section class="sw-calendar" aria-labelledby="sw-calendar-title">
      <h3 id="sw-calendar-title">{t('dashboard.calendar.heading')}</h3>
      {/* Seen on screen; screen readers get the same words as the table's caption (a narrow month's table would
          squeeze a visible caption into a column). */}
      <p class="sw-calendar__caption" aria-hidden="true">{caption}</p>
      <div class="sw-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table class="sw-calendar__grid">
          <caption class="sw-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              {model.weeks.map((w, i) => {
                const label = monthLabels[i] ?? '';
                return (
                  <th scope="col" key={w.start} abbr={formatDate(startOfDay(w.start))} class="sw-calendar__week">
                    <span aria-hidden="true" class="sw-calendar__month">{label}</span>
                    <span class="sw-visually-hidden">{formatDate(startOfDay(w.start))}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((key, row) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                {model.weeks.map((w) => {
                  const day = w.days[row];
                  if (!day) return <td key={w.start} class="sw-calendar__out" />;
                  const text = t('dashboard.calendar.day', { count: day.count, date: formatDate(startOfDay(day.date), { weekday: 'short', day: 'numeric', month: 'short' }) });
                  return (
                    <td key={w.start} class="sw-calendar__day" data-level={day.level} data-date={day.date} data-count={day.count} title={text}>
                      <span class="sw-visually-hidden">{text}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="sw-calendar__legend" aria-hidden="true">
        {t('dashboard.calendar.less')}
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} class="sw-calendar__swatch" data-level={l} />
        ))}
        {t('dashboard.calendar.more')}
      </p>
    </section>
  );
}
