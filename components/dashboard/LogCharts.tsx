/**
 * The charts for one log under the current filter: practice per skill per week, the activity calendar and the tips
 * dismissed most. Built from the background's aggregates (counts per day), never from entries.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { LogSource } from '../../lib/dashboard/api';
import { calendarModel, weeklySkillSeries } from '../../lib/dashboard/aggregate';
import { addDays, dayKey, daysBetween } from '../../lib/dashboard/dates';
import { practiceFilter, toLogFilter, type DashboardFilter } from '../../lib/dashboard/filters';
import { useDashboardFormat } from './useDashboardFormat';
import { ActivityCalendar } from './ActivityCalendar';
import { TopTips } from './Overview';
import { SkillsChart } from './SkillsChart';
import { useAsync } from './useAsync';

export interface LogChartsProps {
  source: LogSource;
  filter: DashboardFilter;
  /** Last activity in the whole log (epoch ms): where the calendar ends when no date range is chosen. */
  lastActivity: number | null;
  tipTitle: (ref: string) => string | undefined;
  now?: number;
  /** Bumped when the log changes (an import, a reflection). */
  refresh?: number;
  /**
   * False until the timeline's first page for this filter has arrived. The background answers one message at a
   * time per worker thread: asking for the charts first would make the timeline wait behind them.
   */
  ready?: boolean;
}

interface ChartData {
  perSkillPerDay: Record<string, Record<string, number>>;
  perDay: Record<string, number>;
  tips: { ref: string; count: number }[];
}

/** Calendar span when no range is chosen, and at most: 26 weeks reads on a projector; a year does not. */
const DEFAULT_DAYS = 26 * 7 - 1;
const MAX_DAYS = 53 * 7 - 1;

export function calendarRange(filter: DashboardFilter, lastActivity: number | null, now: number): { from: string; to: string } {
  const to = filter.to ?? dayKey(lastActivity ?? now);
  let from = filter.from ?? addDays(to, -DEFAULT_DAYS);
  if (from > to) from = to;
  if (daysBetween(from, to) > MAX_DAYS) from = addDays(to, -MAX_DAYS);
  return { from, to };
}

export function LogCharts({ source, filter, lastActivity, tipTitle, now: nowProp, refresh = 0, ready = true }: LogChartsProps) {
  const { t } = useDashboardFormat();
  const [now] = useState(() => nowProp ?? Date.now());
  const key = JSON.stringify(filter);
  const data = useAsync(async () => {
    if (!ready) return null;
    const practice = practiceFilter(filter);
    const [perSkillPerDay, perDay, tips] = await Promise.all([
      // Under a skill filter the chart is that skill's line: its per-day counts are exactly that.
      filter.skill ? Promise.resolve(null) : source.perSkillPerDay(practice),
      source.perDay(practice),
      source.topRefs('tip.dismissed', { ...toLogFilter(filter), types: ['tip.dismissed'] }, 5),
    ]);
    return { perSkillPerDay: perSkillPerDay ?? { [filter.skill!]: perDay }, perDay, tips };
  }, [source, key, refresh, ready]);
  // While a new filter loads, keep showing the last charts (marked busy) rather than collapsing the page.
  const last = useRef<ChartData | null>(null);
  if (data.status === 'ok' && data.value) last.current = data.value;
  const shown = last.current;

  // Rebuilt only when the numbers change: a new series object redraws the canvas.
  const series = useMemo(() => weeklySkillSeries(shown?.perSkillPerDay ?? {}, { from: filter.from, to: filter.to }), [shown, filter.from, filter.to]);
  const calendar = useMemo(() => {
    const r = calendarRange(filter, lastActivity, now);
    return calendarModel(shown?.perDay ?? {}, r.from, r.to);
  }, [shown, filter.from, filter.to, lastActivity, now]);

  if (data.status === 'error') return <p role="alert" class="sw-status sw-status--error">{t('dashboard.error', { message: data.error })}</p>;
  if (!shown) return <p aria-busy="true">{t('dashboard.loading')}</p>;
  const busy = data.status === 'loading' || !data.value;
  const { tips } = shown;
  const range = calendarRange(filter, lastActivity, now);
  const filteredTips = filter.type && filter.type !== 'tip.dismissed' ? [] : tips;
  return (
    <div class="sw-charts" aria-busy={busy ? 'true' : undefined} data-busy={busy ? 'true' : 'false'}>
      <div class="sw-card sw-charts__chart">
        <SkillsChart series={series} />
      </div>
      <div class="sw-card sw-charts__calendar">
        <ActivityCalendar model={calendar} from={range.from} to={range.to} />
      </div>
      <div class="sw-card sw-charts__tips">
        <TopTips items={filteredTips} tipTitle={tipTitle} />
      </div>
    </div>
  );
}
