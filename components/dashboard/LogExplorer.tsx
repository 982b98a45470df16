/**
 * Filters + virtualised timeline + the selected entry, for one log (the learner's own or an imported one).
 * Pages of entries come from the log source as the timeline scrolls; nothing here holds every entry.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { PracticeAction } from '../../lib/practice/schema';
import type { EntryComment } from '../../lib/feedback/inbox';
import type { LogSource } from '../../lib/dashboard/api';
import { PageCache } from '../../lib/dashboard/page-cache';
import { filterProblems, toLogFilter, type DashboardFilter } from '../../lib/dashboard/filters';
import { useDashboardFormat } from './useDashboardFormat';
import { FilterBar, type FilterOptions } from './FilterBar';
import { Timeline, type RowBadges } from './Timeline';
import { EntryDetails } from './EntryDetails';

export interface LogExplorerProps {
  source: LogSource;
  filter: DashboardFilter;
  onFilterChange: (f: DashboardFilter) => void;
  options: FilterOptions;
  mode: 'learner' | 'mentor';
  badges?: (entry: PracticeAction) => RowBadges;
  commentsFor?: (entryId: string) => EntryComment[];
  draftFor?: (entryId: string) => string;
  onSaveReflection?: (entry: PracticeAction, text: string) => Promise<void>;
  onSaveComment?: (entry: PracticeAction, text: string) => Promise<void>;
  tipTitle?: (ref: string) => string | undefined;
  /** Entries per request to the background. Default 100. */
  pageSize?: number;
  /** Row height override (px), for tests. */
  rowHeight?: number;
  /** Called with the filter's key once its first page has arrived (the charts wait for it: see LogCharts). */
  onLoaded?: (filterKey: string) => void;
}

/** The key a filter is known by, between the timeline and the charts. */
export const filterKey = (filter: DashboardFilter) => JSON.stringify(toLogFilter(filter));

export function LogExplorer(props: LogExplorerProps) {
  const { t } = useDashboardFormat();
  const { source, filter, onFilterChange, options, mode, pageSize = 100 } = props;
  const problems = filterProblems(filter);
  const query = toLogFilter(filter);
  const queryKey = JSON.stringify(query);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<PracticeAction | null>(null);

  const cache = useMemo(
    () =>
      new PageCache<PracticeAction>({
        pageSize,
        maxPages: 30,
        fetchPage: (offset, limit) => source.query(JSON.parse(queryKey), { offset, limit, order: 'desc' }),
        onChange: () => setVersion((v) => v + 1),
        onError: (e) => setError(e instanceof Error ? e.message : String(e)),
      }),
    [source, queryKey, pageSize],
  );

  useEffect(() => {
    setError(null);
    void cache.ensure(0, pageSize).then(() => {
      if (cache.total !== null) props.onLoaded?.(queryKey);
    });
    return () => cache.reset();
  }, [cache]);

  const onRange = useCallback((start: number, end: number) => void cache.ensure(start, end), [cache]);
  const rowAt = useCallback((i: number) => cache.get(i), [cache, version]);

  const saveReflection = props.onSaveReflection
    ? async (entry: PracticeAction, text: string) => {
        await props.onSaveReflection!(entry, text);
        const next = { ...entry, reflection: text };
        cache.update((r) => r.id === entry.id, () => next);
        setSelected(next);
      }
    : undefined;

  return (
    <div class="sw-explorer">
      <FilterBar value={filter} options={options} problems={problems} matching={cache.total} onChange={onFilterChange} idPrefix={`f-${mode}`} />
      {error && (
        <p class="sw-status sw-status--error" role="alert">
          {t('dashboard.error', { message: error })}{' '}
          <button type="button" class="sw-button" onClick={() => { setError(null); void cache.ensure(0, pageSize); }}>
            {t('dashboard.retry')}
          </button>
        </p>
      )}
      <div class="sw-explorer__panes">
        <section class="sw-explorer__timeline" aria-labelledby={`sw-timeline-title-${mode}`}>
          <h3 id={`sw-timeline-title-${mode}`}>{t('dashboard.timeline.heading')}</h3>
          {cache.total === null ? (
            <p aria-busy="true">{t('dashboard.loading')}</p>
          ) : (
            <Timeline
              total={cache.total}
              rowAt={rowAt}
              onRange={onRange}
              version={version}
              selectedId={selected?.id}
              onSelect={(e) => setSelected(e)}
              badges={props.badges}
              rowHeight={props.rowHeight}
            />
          )}
        </section>
        <EntryDetails
          entry={selected}
          mode={mode}
          comments={selected ? props.commentsFor?.(selected.id) : undefined}
          draftComment={selected ? props.draftFor?.(selected.id) : undefined}
          onSaveReflection={saveReflection}
          onSaveComment={props.onSaveComment}
          tipTitle={props.tipTitle}
        />
      </div>
    </div>
  );
}
