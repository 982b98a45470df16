/** The timeline's filters: a date range and three single choices. Applies as it changes (no submit button). */
import type { DashboardFilter, FilterProblem } from '../../lib/dashboard/filters';
import { useDashboardFormat } from './useDashboardFormat';

export interface FilterOptions {
  sites: readonly string[];
  skills: readonly string[];
  types: readonly string[];
}

export interface FilterBarProps {
  value: DashboardFilter;
  options: FilterOptions;
  problems: FilterProblem[];
  /** Rows matching, or null while counting. */
  matching: number | null;
  onChange: (next: DashboardFilter) => void;
  /** Prefix for element ids (two bars on one page stay distinct). */
  idPrefix?: string;
}

export function FilterBar({ value, options, problems, matching, onChange, idPrefix = 'f' }: FilterBarProps) {
  const { t, number: formatNumber, action, site, skill: skillLabel } = useDashboardFormat();
  const id = (k: string) => `${idPrefix}-${k}`;
  const problem = (field: keyof DashboardFilter) => problems.find((p) => p.field === field);
  const set = (k: keyof DashboardFilter, v: string) => {
    const next = { ...value };
    if (v) next[k] = v;
    else delete next[k];
    onChange(next);
  };
  const date = (k: 'from' | 'to', label: string) => {
    const p = problem(k);
    return (
      <div class="sw-field">
        <label for={id(k)}>{label}</label>
        <input
          id={id(k)}
          type="date"
          value={value[k] ?? ''}
          aria-invalid={p ? 'true' : undefined}
          aria-describedby={p ? id(`${k}-problem`) : undefined}
          onChange={(e) => set(k, (e.currentTarget as HTMLInputElement).value)}
        />
        {p && <p class="sw-field__problem" id={id(`${k}-problem`)}>{t(p.message)}</p>}
      </div>
    );
  };
  const select = (k: 'site' | 'skill' | 'type', label: string, list: readonly string[], labelFor: (x: string) => string) => (
    <div class="sw-field">
      <label for={id(k)}>{label}</label>
      <select id={id(k)} value={value[k] ?? ''} onChange={(e) => set(k, (e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('dashboard.filters.any')}</option>
        {list.map((x) => (
          <option value={x} key={x}>{labelFor(x)}</option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="sw-filters">
      <legend>{t('dashboard.filters.heading')}</legend>
      <div class="sw-filters__fields">
        {date('from', t('dashboard.filters.from'))}
        {date('to', t('dashboard.filters.to'))}
        {select('site', t('dashboard.filters.site'), options.sites, (x) => site(x))}
        {select('skill', t('dashboard.filters.skill'), options.skills, skillLabel)}
        {select('type', t('dashboard.filters.type'), options.types, (x) => action(x))}
        <button type="button" class="sw-button" onClick={() => onChange({})} disabled={Object.keys(value).length === 0}>
          {t('dashboard.filters.clear')}
        </button>
      </div>
      <p class="sw-filters__count" role="status" aria-live="polite">
        {matching === null ? t('dashboard.loading') : t('dashboard.filters.showing', { count: matching, n: formatNumber(matching) })}
      </p>
    </fieldset>
  );
}
