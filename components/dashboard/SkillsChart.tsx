/**
 * Practice per skill, week by week: a uPlot line chart (canvas, drawn only where a canvas exists) with its own
 * legend, and the same numbers as a table for screen readers and anyone who prefers one. The canvas is hidden from
 * assistive technology; its figure has a text summary, and the table is one click away for everyone.
 *
 * Colours come from the design tokens (--sw-chart-1…6) at draw time, so light, dark and forced colours all work;
 * each series also has its own dash pattern, so colour is never the only difference.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WeeklySeries } from '../../lib/dashboard/aggregate';
import { useDashboardFormat } from './useDashboardFormat';
import { startOfDay } from '../../lib/dashboard/dates';

/** Dash patterns per series, in the same order as the colours. */
export const DASHES: number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4], [6, 6], [2, 2]];

export interface SkillsChartProps {
  series: WeeklySeries;
  /** Heading level-3 text; default "Practice per skill, week by week". */
  title?: string;
  /** Height of the drawing in CSS px. Default 260. */
  height?: number;
  /** Show the table below the chart instead of behind a disclosure (the printed report). Default false. */
  alwaysShowTable?: boolean;
}

function canDraw(): boolean {
  try {
    return typeof HTMLCanvasElement !== 'undefined' && !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

function tokens(el: Element) {
  const css = getComputedStyle(el);
  const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: get('--sw-text', '#1b2426'),
    grid: get('--sw-surface-2', '#e6eeee'),
    axis: get('--sw-border', '#8a9a9c'),
    colours: [1, 2, 3, 4, 5, 6].map((i) => get(`--sw-chart-${i}`, '#1d5c63')),
    font: get('--sw-font', 'system-ui'),
  };
}

export function SkillsChart({ series, title: titleProp, height = 260, alwaysShowTable = false }: SkillsChartProps) {
  const { t, number: formatNumber, date: formatDate, skill: skillLabel, locale } = useDashboardFormat();
  const title = titleProp ?? t('dashboard.chart.heading');
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [scheme, setScheme] = useState(0);
  const empty = series.series.length === 0;

  // Redraw with the new colours when the colour scheme or forced colours change.
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
    const bump = () => setScheme((n) => n + 1);
    queries.forEach((q) => q.addEventListener?.('change', bump));
    return () => queries.forEach((q) => q.removeEventListener?.('change', bump));
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || empty || !canDraw()) {
      setDrawn(false);
      return;
    }
    const tk = tokens(el);
    const font = `14px ${tk.font}`;
    const axis = { stroke: tk.text, font, grid: { stroke: tk.grid, width: 1 }, ticks: { stroke: tk.axis, width: 1 } };
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth || 640),
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] } },
      axes: [
        {
          ...axis,
          // One tick per week (Mondays), thinned so labels never overlap on a narrow chart.
          splits: (u) => {
            const every = Math.max(1, Math.ceil((series.xs.length * 72) / Math.max(1, u.bbox.width / (globalThis.devicePixelRatio || 1))));
            return series.xs.filter((_, i) => i % every === 0);
          },
          values: (_u, splits) => splits.map((s) => formatDate(s * 1000, { day: 'numeric', month: 'short' })),
        },
        { ...axis, size: 48, values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? formatNumber(s) : '')) },
      ],
      series: [
        {},
        ...series.series.map((s, i) => ({
          label: skillLabel(s.skill),
          stroke: tk.colours[i % tk.colours.length],
          width: 2.5,
          dash: DASHES[i % DASHES.length],
          points: { size: 7, width: 2, fill: tk.colours[i % tk.colours.length] },
        })),
      ],
    };
    let plot: uPlot | undefined;
    try {
      plot = new uPlot(opts, [series.xs, ...series.series.map((s) => s.counts)], el);
      setDrawn(true);
    } catch {
      setDrawn(false);
      return;
    }
    const resize = typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => plot?.setSize({ width: Math.max(280, el.clientWidth), height }))
      : undefined;
    resize?.observe(el);
    return () => {
      resize?.disconnect();
      plot?.destroy();
    };
  }, [series, height, empty, scheme, locale]);

  const summary = useMemo(
    () =>
      t('dashboard.chart.summary', {
        weeks: series.weeks.length,
        totals: series.series.map((s) => `${skillLabel(s.skill)} ${formatNumber(s.total)}`).join(', '),
      }),
    [series, locale],
  );

  const table = (
      <div class="sw-table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.chart.tableLabel', { title })}>
        <table class="sw-table">
          <caption class="sw-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.chart.week')}</th>
              {series.series.map((s) => (
                <th scope="col" key={s.skill}>{skillLabel(s.skill)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.weeks.map((w, row) => (
              <tr key={w}>
                <th scope="row">{formatDate(startOfDay(w))}</th>
                {series.series.map((s) => (
                  <td key={s.skill} data-skill={s.skill}>{formatNumber(s.counts[row] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
  );

  return (
    <figure class="sw-chart" aria-labelledby="sw-chart-title">
      <figcaption>
        <h3 id="sw-chart-title">{title}</h3>
        {!empty && <p class="sw-chart__summary">{summary}</p>}
      </figcaption>
      {empty ? (
        <p>{t('dashboard.chart.empty')}</p>
      ) : (
        <>
          <ul class="sw-chart__legend" aria-hidden="true">
            {series.series.map((s, i) => (
              <li key={s.skill}>
                <svg width="36" height="12" viewBox="0 0 36 12" focusable="false">
                  <line
                    x1="2" y1="6" x2="34" y2="6"
                    stroke={`var(--sw-chart-${(i % 6) + 1})`}
                    stroke-width="3"
                    stroke-dasharray={DASHES[i % DASHES.length]!.join(' ') || undefined}
                  />
                </svg>
                {skillLabel(s.skill)}
              </li>
            ))}
          </ul>
          <div class="sw-chart__plot" ref={box} aria-hidden="true" data-drawn={drawn ? 'true' : 'false'} />
          {alwaysShowTable ? (
            table
          ) : (
            <details class="sw-chart__table" open={!drawn}>
              <summary>{t('dashboard.chart.table')}</summary>
              {table}
            </details>
          )}
        </>
      )}
    </figure>
  );
}
