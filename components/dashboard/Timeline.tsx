/**
 * The virtualised timeline: only the rows in view (plus a few) exist in the DOM, whatever the number of entries;
 * the parent fetches the pages those rows need (onRange) and hands rows back through rowAt.
 *
 * Keyboard: the list is one tab stop (roving tabindex); ↑/↓ move by one, Page Up/Down by a screenful, Home/End to
 * the ends; Enter or Space opens the entry. Each row carries aria-posinset/aria-setsize, so a screen reader says
 * "12 of 100,000" although only a handful of rows exist.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PracticeAction } from '../../lib/practice/schema';
import { scrollTopFor, visibleRange } from '../../lib/dashboard/windowing';
import { useDashboardFormat } from './useDashboardFormat';

export interface RowBadges {
  /** Comments from the mentor (learner view). */
  comments?: number;
  /** The mentor has written a comment on this entry (mentor view). */
  draft?: boolean;
}

export interface TimelineProps {
  /** Rows matching the current filter. */
  total: number;
  /** The row at an index, or undefined while it is being fetched. */
  rowAt: (index: number) => PracticeAction | undefined;
  /** Rows [start, end) are about to be drawn: fetch what is missing. */
  onRange: (start: number, end: number) => void;
  /** Changes whenever rows arrive, so the list redraws. */
  version: number;
  selectedId?: string | undefined;
  onSelect: (entry: PracticeAction, index: number) => void;
  badges?: (entry: PracticeAction) => RowBadges;
  /** Row height in CSS px. Default: 4.75rem at the page's root font size. */
  rowHeight?: number;
  /** Viewport height used before the list is measured (and in environments without layout). Default 560. */
  initialHeight?: number;
}

/** Small line icons drawn in the text colour (emoji fonts are missing on many machines; these never are). */
function BubbleIcon() {
  return (
    <svg class="sw-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.5 3v-3h0A1.5 1.5 0 0 1 2 9.5z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}

function PenIcon() {
  return (
    <svg class="sw-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M3 13l1-3.5L10.5 3 13 5.5 6.5 12z M9.5 4l2.5 2.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}

function remPx(): number {
  const size = typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(document.documentElement).fontSize) : NaN;
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export function Timeline(props: TimelineProps) {
  const { t, number: formatNumber, dateTime: formatDateTime, action, site, skill: skillLabel } = useDashboardFormat();
  const { total, rowAt, onRange, version, selectedId, onSelect, badges } = props;
  const [rowHeight] = useState(() => props.rowHeight ?? Math.round(4.75 * remPx()));
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(props.initialHeight ?? 560);
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef(false);
  const frame = useRef(0);

  const range = visibleRange({ scrollTop, viewportHeight: viewport, rowHeight, total });

  useEffect(() => {
    onRange(range.start, range.end);
  }, [range.start, range.end, total, onRange]);

  // A new filter (a new total) starts at the top.
  useEffect(() => {
    setActive(0);
    setScrollTop(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [total]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(() => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    // One state update per frame, however many scroll events arrive.
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (scroller.current) setScrollTop(scroller.current.scrollTop);
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const moveTo = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    focusAfterRender.current = true;
    const el = scroller.current;
    if (!el) return;
    const input = { viewportHeight: viewport, rowHeight, total };
    const top = scrollTopFor(next, input);
    const rowsInView = Math.max(1, Math.floor(viewport / rowHeight));
    const current = visibleRange({ ...input, scrollTop: el.scrollTop, overscan: 0 });
    // Scroll only when the row is outside the fully visible rows.
    if (next < current.start || next >= current.start + rowsInView) {
      const target = next < current.start ? top : scrollTopFor(next - rowsInView + 1, input);
      el.scrollTop = target;
      setScrollTop(el.scrollTop);
    }
  };

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (button) {
      button.focus({ preventScroll: true });
      focusAfterRender.current = false;
    }
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: total - 1,
    };
    if (e.key in keys) {
      e.preventDefault();
      moveTo(keys[e.key]!);
    }
  };

  if (total === 0) return <p class="sw-timeline__empty">{t('dashboard.timeline.empty')}</p>;

  const rows = [];
  for (let i = range.start; i < range.end; i++) {
    const entry = rowAt(i);
    const isActive = i === active;
    if (!entry) {
      rows.push(
        <li key={`loading-${i}`} class="sw-row sw-row--loading" style={{ height: `${rowHeight}px` }} aria-setsize={total} aria-posinset={i + 1} aria-busy="true">
          <span class="sw-row__main">{t('dashboard.timeline.loadingRow')}</span>
        </li>,
      );
      continue;
    }
    const b = badges?.(entry) ?? {};
    const selected = entry.id === selectedId;
    rows.push(
      <li key={entry.id} class="sw-row" style={{ height: `${rowHeight}px` }} aria-setsize={total} aria-posinset={i + 1}>
        <button
          type="button"
          class="sw-row__button"
          data-index={i}
          data-entry={entry.id}
          tabIndex={isActive ? 0 : -1}
          aria-pressed={selected}
          onClick={() => {
            setActive(i);
            onSelect(entry, i);
          }}
          onFocus={() => setActive(i)}
        >
          <span class="sw-row__line">
            <strong class="sw-row__type">{action(entry.type)}</strong>
            <span class="sw-row__site">
              {site(entry.site.kind)}
              {entry.site.host ? ` · ${entry.site.host}` : ''}
            </span>
            <time class="sw-row__time" dateTime={new Date(entry.time).toISOString()}>{formatDateTime(entry.time)}</time>
          </span>
          <span class="sw-row__line sw-row__meta">
            {entry.skills.map((s) => (
              <span class="sw-chip" key={s}>{skillLabel(s)}</span>
            ))}
            {entry.reflection ? <span class="sw-flag sw-flag--reflection"><PenIcon /> {t('dashboard.timeline.reflection')}</span> : null}
            {b.comments ? <span class="sw-flag sw-flag--comment"><BubbleIcon /> {t('dashboard.timeline.comments', { count: b.comments })}</span> : null}
            {b.draft ? <span class="sw-flag sw-flag--draft"><BubbleIcon /> {t('dashboard.timeline.draft')}</span> : null}
          </span>
        </button>
      </li>,
    );
  }

  return (
    <div class="sw-timeline">
      <p class="sw-visually-hidden" id="sw-timeline-help">{t('dashboard.timeline.label')}</p>
      <div class="sw-timeline__viewport" ref={scroller} onScroll={onScroll} data-total={total}>
        <div class="sw-timeline__spacer" style={{ height: `${range.spacerHeight}px` }}>
          <ol
            class="sw-timeline__rows"
            aria-describedby="sw-timeline-help"
            aria-label={`${t('dashboard.timeline.heading')} (${formatNumber(total)})`}
            style={{ transform: `translateY(${range.offsetTop}px)` }}
            onKeyDown={onKeyDown}
          >
            {rows}
          </ol>
        </div>
      </div>
    </div>
  );
}
